import { Inject, Injectable } from '@nestjs/common';
import http from 'node:http';
import https from 'node:https';
import { SITREP_CONFIG, SitrepConfig } from '@sitrep/config';
import { parseRetryAfter, signWebhook } from '@sitrep/rules';
import { DeliveryUnit } from '../delivery/delivery-unit';
import { Channel, DeliveryOutcome, DeliveryTarget } from './channel';
import { webhookBody } from './webhook-body';
import { guardedLookup, RefusedTargetError, refuseLiteralPrivateHost } from './guarded-lookup';

/**
 * Alert by signed HTTP POST. 2xx is success; 5xx, 429 and network errors may be retried
 * (429/503 Retry-After honoured); any other 4xx is final; private targets are refused.
 */
@Injectable()
export class WebhookChannel implements Channel {
  readonly kind = 'webhook' as const;
  readonly timeoutMs: number;

  constructor(@Inject(SITREP_CONFIG) private readonly config: SitrepConfig) {
    this.timeoutMs = config.webhooks.timeoutMs;
  }

  send(unit: DeliveryUnit, target: DeliveryTarget, deliveryId: string): Promise<DeliveryOutcome> {
    let url: URL;
    try {
      url = new URL(target.address);
    } catch {
      return Promise.resolve({ ok: false, retryable: false, reason: 'invalid webhook url' });
    }
    const allowPrivate = this.config.webhooks.allowPrivateTargets;
    const refused = refuseLiteralPrivateHost(url.hostname, allowPrivate);
    if (refused) return Promise.resolve({ ok: false, retryable: false, refused: true, reason: refused });

    const body = webhookBody(unit);
    const signature = signWebhook(target.secret ?? '', body, Math.floor(Date.now() / 1000));
    const client = url.protocol === 'https:' ? https : http;
    return new Promise<DeliveryOutcome>((outer) => {
      // `timeout` below is the socket's idle time; this bounds the whole exchange as well.
      const deadline = setTimeout(() => req.destroy(new Error(`timed out after ${this.timeoutMs} ms`)), this.timeoutMs);
      const resolve = (o: DeliveryOutcome) => {
        clearTimeout(deadline);
        outer(o);
      };
      const req = client.request(
        url,
        {
          method: 'POST',
          lookup: guardedLookup(allowPrivate) as never,
          timeout: this.config.webhooks.timeoutMs,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            'user-agent': 'Sitrep-Webhook/1',
            'Sitrep-Delivery-Id': deliveryId,
            'Sitrep-Signature': signature,
          },
        },
        (res) => {
          res.resume();
          const status = res.statusCode ?? 0;
          if (status >= 200 && status < 300) return resolve({ ok: true });
          const retryAfter = parseRetryAfter(res.headers['retry-after'] as string | undefined);
          const retryable = status === 429 || status >= 500 || status === 408;
          resolve({ ok: false, retryable, reason: `http ${status}`, retryAfterMs: retryAfter ?? undefined });
        },
      );
      req.on('timeout', () => req.destroy(new Error(`timed out after ${this.config.webhooks.timeoutMs} ms`)));
      req.on('error', (e) => {
        if (e instanceof RefusedTargetError) return resolve({ ok: false, retryable: false, refused: true, reason: e.message });
        resolve({ ok: false, retryable: true, reason: `network: ${e.message}` });
      });
      req.end(body);
    });
  }
}
