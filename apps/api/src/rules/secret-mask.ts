import { WebhookTarget } from '@sitrep/contracts';

/** Webhook secrets never leave the API: GET responses show that one is set, not what it is. */
export const MASK = '********';

export function maskWebhooks(webhooks: WebhookTarget[] | undefined): WebhookTarget[] | undefined {
  return webhooks?.map((w) => ({ url: w.url, secret: MASK }));
}
