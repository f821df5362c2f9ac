import { BadRequestException } from '@nestjs/common';
import { isIP } from 'node:net';
import { WebhookTarget } from '@sitrep/contracts';
import { isPrivateAddress } from '@sitrep/rules';

/**
 * Refuses webhook URLs whose host is a literal loopback, private, link-local or otherwise
 * internal address (unless WEBHOOK_ALLOW_PRIVATE_TARGETS=true), naming the field. Host names
 * are checked when the webhook is sent, on the address actually dialled (DNS can change).
 */
export function assertPublicWebhooks(webhooks: WebhookTarget[] | undefined, field: string, allowPrivate: boolean): void {
  if (allowPrivate || !webhooks) return;
  const errors: string[] = [];
  webhooks.forEach((w, i) => {
    let host: string;
    try {
      host = new URL(w.url).hostname.replace(/^\[|\]$/g, '');
    } catch {
      errors.push(`${field}.${i}.url must be an absolute http(s) URL`);
      return;
    }
    if (isIP(host) && isPrivateAddress(host)) {
      errors.push(`${field}.${i}.url is refused: ${host} is a loopback, private or link-local address (set WEBHOOK_ALLOW_PRIVATE_TARGETS=true to allow)`);
    }
  });
  if (errors.length) throw new BadRequestException(errors);
}
