import { BadRequestException } from '@nestjs/common';
import { WebhookTarget } from '@sitrep/contracts';

/** Webhook secrets never leave the API: GET responses show that one is set, not what it is. */
export const MASK = '********';

export function maskWebhooks(webhooks: WebhookTarget[] | undefined): WebhookTarget[] | undefined {
  return webhooks?.map((w) => ({ url: w.url, secret: MASK, ...(w.format ? { format: w.format } : {}) }));
}

/**
 * A client that read a rule gets its secrets masked and may send them back as they were: a
 * masked secret in an update keeps the stored secret of the same URL (a new URL must bring its own).
 */
export function keepMaskedSecrets(next: WebhookTarget[] | undefined, stored: WebhookTarget[] | undefined): WebhookTarget[] | undefined {
  return next?.map((w) => {
    if (w.secret !== MASK) return w;
    const same = stored?.find((s) => s.url === w.url);
    if (!same) throw new BadRequestException(`channels.webhooks: a new webhook url needs its secret (${w.url})`);
    return { ...w, secret: same.secret };
  });
}
