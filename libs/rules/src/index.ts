export * from './matching/match-reason.types';
export { describeMatchReason } from './matching/match-reason.describe';
export { RuleIndex } from './matching/rule-index.matcher';
export { linearScanMatch } from './matching/linear-scan.matcher';
export { evaluateRule } from './matching/rule.predicate';
export { compileRule, type CompiledRule } from './matching/compiled-rule.model';
export { IncidentFacts } from './matching/incident-facts.model';
export { foldText, foldAdminName, normalizeSource } from './matching/text-fold.util';
export { signWebhook, verifyWebhookSignature, SIGNATURE_HEADER } from './delivery/webhook-signature.util';
export {
  decodeStandardSecret, signStandardWebhook, standardWebhookHeaders, standardWebhookKey, STANDARD_SECRET_PREFIX, STANDARD_WEBHOOK_HEADERS,
} from './delivery/standard-webhooks.util';
export { isPrivateAddress } from './delivery/private-address.util';
export { backoffDelay, parseRetryAfter, type BackoffOptions } from './delivery/backoff.util';
export { alertId } from './delivery/alert-id.util';
export { isInQuietHours, quietHoursEnd, nextSendTime } from './delivery/quiet-hours.util';
export { digestWindowEnd, digestBucketKey, type DigestMode } from './delivery/digest-window.util';
export { isValidTimeZone, wallTime, zonedToUtc } from './delivery/zoned-time.util';
export { renderAlertEmail, renderAlertSubject, placeLabel, type AlertEmailInput, type RenderedEmail } from './email/alert-email.renderer';
export { escapeHtml, oneLine, safeHttpUrl } from './email/email-text.util';
