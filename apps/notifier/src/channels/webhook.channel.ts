import { Inject, Injectable } from '@nestjs/common';
import http from 'node:http';
import https from 'node:https';
import { SITREP_CONFIG, SitrepConfig } from '@sitrep/config';
import { parseRetryAfter, signWebhook, standardWebhookHeaders } from '@sitrep/rules';
import { DeliveryUnit } from '../delivery/delivery-unit';
import { Channel, DeliveryOutcome, DeliveryTarget } from './channel';
import { webhookPayload } from './webhook-payload';
import { answerReason } from './webhook-answer';
import { guardedLookup, RefusedTargetError, refuseLiteralPrivateHost } from './guarded-lookup';

/**
 * Alert by signed HTTP POST. 2xx is success; 5xx, 429 and network errors may be retried
 * (429/503 Retry-After honoured); any other 4xx is final; private targets are refused. Slack and
 * Teams answer the same way (Slack: 429 + Retry-After, 4xx with an error word such as
 * `invalid_blocks`, which the failure reason quotes).
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

    const body = webhookPayload(unit, target.format, this.config.publicUrl);
    const now = Math.floor(Date.now() / 1000);
    const secret = target.secret ?? '';
    const signature = signWebhook(secret, body, now);
    // Standard Webhooks (v1.1): webhook-id is the delivery id, the same on every attempt.
    const standard = secret ? standardWebhookHeaders(secret, deliveryId, now, body) : {};
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
            ...standard,
          },
        },
        (res) => {
          const status = res.statusCode ?? 0;
          if (status >= 200 && status < 300) {
            res.resume();
            return resolve({ ok: true });
          }
          const retryAfter = parseRetryAfter(res.headers['retry-after'] as string | undefined);
          const retryable = status === 429 || status >= 500 || status === 408;
          const fail = (detail: string) => resolve({ ok: false, retryable, reason: answerReason(status, detail), retryAfterMs: retryAfter ?? undefined });
          if (!target.format || target.format === 'sitrep') {
            res.resume();
            return fail('');
          }
          readAnswer(res, fail);
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

/** The first bytes of an error answer (Slack's `invalid_blocks`, Teams' message), for the failure reason. */
function readAnswer(res: http.IncomingMessage, done: (detail: string) => void): void {
  const chunks: Buffer[] = [];
  let size = 0;
  let finished = false;
  const finish = () => {
    if (finished) return;
    finished = true;
    done(Buffer.concat(chunks).toString('utf8'));
  };
  res.on('data', (c: Buffer) => {
    chunks.push(c.subarray(0, 512 - size));
    size += c.length;
    // Enough to quote: an endpoint that keeps talking does not hold the send until its deadline.
    if (size >= 512) {
      finish();
      res.destroy();
    }
  });
  res.on('end', finish);
  res.on('error', finish);
  res.on('close', finish);
}
