import { createHmac } from 'node:crypto';

/** Headers of the Standard Webhooks spec (https://www.standardwebhooks.com), v1.1 of our interface. */
export const STANDARD_WEBHOOK_HEADERS = { id: 'webhook-id', timestamp: 'webhook-timestamp', signature: 'webhook-signature' } as const;

/** The spec's secret prefix: what follows it is the key, base64-encoded. */
export const STANDARD_SECRET_PREFIX = 'whsec_';

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** The key bytes of a `whsec_<base64>` secret, or null when the secret is not one (or does not decode). */
export function decodeStandardSecret(secret: string): Buffer | null {
  if (!secret.startsWith(STANDARD_SECRET_PREFIX)) return null;
  const encoded = secret.slice(STANDARD_SECRET_PREFIX.length);
  if (!encoded || !BASE64.test(encoded)) return null;
  return Buffer.from(encoded, 'base64');
}

/**
 * The HMAC key for `webhook-signature`: a `whsec_…` secret is base64-decoded as the spec says; any
 * other secret is used as its UTF-8 bytes (a receiver verifies it with the `standardwebhooks`
 * package's `{ format: "raw" }`). `Sitrep-Signature` keeps keying with the secret text as given.
 */
export function standardWebhookKey(secret: string): Buffer {
  return decodeStandardSecret(secret) ?? Buffer.from(secret, 'utf8');
}

/**
 * `v1,<base64 HMAC-SHA256(key, "<id>.<timestamp>.<raw body>")>`. Sign the bytes that are sent; the
 * id is the delivery id, the same on every attempt, so a receiver can drop repeats by it.
 */
export function signStandardWebhook(secret: string, id: string, timestampSeconds: number, rawBody: string | Buffer): string {
  const t = Math.floor(timestampSeconds);
  const mac = createHmac('sha256', standardWebhookKey(secret)).update(`${id}.${t}.`).update(rawBody).digest('base64');
  return `v1,${mac}`;
}

/** The three Standard Webhooks headers of one attempt. */
export function standardWebhookHeaders(secret: string, id: string, timestampSeconds: number, rawBody: string | Buffer): Record<string, string> {
  const t = Math.floor(timestampSeconds);
  return {
    [STANDARD_WEBHOOK_HEADERS.id]: id,
    [STANDARD_WEBHOOK_HEADERS.timestamp]: String(t),
    [STANDARD_WEBHOOK_HEADERS.signature]: signStandardWebhook(secret, id, t, rawBody),
  };
}
