import { Inject, Injectable } from '@nestjs/common';
import { AlertEvent } from '@sitrep/contracts';
import { SITREP_CONFIG, SitrepConfig } from '@sitrep/config';
import { renderAlertEmail } from '@sitrep/rules';
import { Channel, DeliveryOutcome, DeliveryTarget } from './channel';
import { MailTransport } from './mail-transport';

/** Alert by email: HTML and text bodies with all article text escaped. */
@Injectable()
export class EmailChannel implements Channel {
  readonly kind = 'email' as const;

  constructor(private readonly transport: MailTransport, @Inject(SITREP_CONFIG) private readonly config: SitrepConfig) {}

  async send(alert: AlertEvent, target: DeliveryTarget, deliveryId: string): Promise<DeliveryOutcome> {
    const { subject, text, html } = renderAlertEmail({
      rule: { id: alert.ruleId, name: alert.ruleName },
      incident: alert.incident,
      reason: alert.reason,
      dashboardUrl: this.config.publicUrl,
    } as never);
    try {
      await this.transport.send({
        from: this.config.smtp.from,
        to: target.address,
        subject,
        text,
        html,
        headers: { 'Sitrep-Delivery-Id': deliveryId, 'Sitrep-Alert-Id': alert.alertId },
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
