import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { SITREP_CONFIG, SitrepConfig } from '@sitrep/config';
import { MatchReason, renderAlertEmail } from '@sitrep/rules';
import { DeliveryUnit } from '../delivery/delivery-unit';
import { Channel, DeliveryOutcome, DeliveryTarget } from './channel';
import { renderDigestEmail } from './digest-email.renderer';
import { withHistoryContext } from './history-context';
import { renderSignalEmail } from './signal-email.renderer';
import { MailTransport } from './mail-transport';

/** Alert by email: HTML and text bodies with all article text escaped, a one-line subject. */
@Injectable()
export class EmailChannel implements Channel {
  readonly kind = 'email' as const;
  /** nodemailer's connection, greeting and socket timeouts together bound one send. */
  readonly timeoutMs = 20_000;

  constructor(private readonly transport: MailTransport, @Inject(SITREP_CONFIG) private readonly config: SitrepConfig) {}

  async send(unit: DeliveryUnit, target: DeliveryTarget, deliveryId: string): Promise<DeliveryOutcome> {
    const alert = unit.alerts[0];
    const { subject, text, html } = unit.digest
      ? renderDigestEmail(unit, this.config.publicUrl)
      : alert.signal
      ? renderSignalEmail({ name: unit.ruleName }, alert.signal, this.config.publicUrl)
      : withHistoryContext(renderAlertEmail({
          rule: { id: unit.ruleId, name: unit.ruleName },
          incident: alert.incident,
          reason: alert.reason as unknown as MatchReason,
          dashboardUrl: this.config.publicUrl,
        }), alert.reason.context);
    try {
      await this.transport.send({
        from: this.config.smtp.from,
        to: target.address,
        subject,
        text,
        html,
        messageId: messageIdFor(deliveryId, this.config.smtp.from),
        headers: { 'Sitrep-Delivery-Id': deliveryId, 'Sitrep-Alert-Id': unit.id },
      });
      return { ok: true };
    } catch (e) {
      const err = e as { responseCode?: number; message?: string; code?: string };
      // 5xx from the relay is final (bad address); 4xx and connection failures may pass later.
      const permanent = typeof err.responseCode === 'number' && err.responseCode >= 500;
      return { ok: false, retryable: !permanent, reason: `smtp: ${err.responseCode ?? err.code ?? ''} ${err.message ?? e}`.trim() };
    }
  }
}

/**
 * The Message-ID of a delivery: derived from the delivery id, so a send resent after a crash
 * (at-least-once) carries the same id and mail clients show one message. A delivery id holds
 * ':' (not allowed in a Message-ID's left part, RFC 5322 dot-atom), hence the hash; the right
 * part is the sender's domain.
 */
export function messageIdFor(deliveryId: string, from: string): string {
  const domain = /@([A-Za-z0-9.-]+)>?\s*$/.exec(from)?.[1] ?? 'sitrep.local';
  return `<${createHash('sha256').update(deliveryId).digest('hex').slice(0, 32)}.sitrep@${domain}>`;
}
