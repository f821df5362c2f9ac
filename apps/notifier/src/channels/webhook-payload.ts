import { WebhookFormat } from '@sitrep/contracts';
import { DeliveryUnit } from '../delivery/delivery-unit';
import { chatAlertOf, chatDigestOf } from './chat-alert.model';
import { slackAlertMessage, slackDigestMessage } from './slack-message.builder';
import { teamsAlertMessage, teamsDigestMessage } from './teams-card.builder';
import { webhookBody } from './webhook-body';

/**
 * The raw body a webhook target receives, by its format (v1.1): `sitrep` the v1 JSON (default),
 * `slack` an incoming-webhook message, `teams` an Adaptive Card message. `publicUrl` is where the
 * dashboard is, for "Open in Sitrep" links.
 */
export function webhookPayload(unit: DeliveryUnit, format: WebhookFormat | undefined, publicUrl: string): string {
  if (format === 'slack' || format === 'teams') {
    const message = unit.digest
      ? (format === 'slack' ? slackDigestMessage : teamsDigestMessage)(chatDigestOf(unit, publicUrl))
      : (format === 'slack' ? slackAlertMessage : teamsAlertMessage)(chatAlertOf(unit.alerts[0], unit.ruleName, publicUrl));
    return JSON.stringify(message);
  }
  return webhookBody(unit);
}
