import { createHmac, timingSafeEqual } from 'node:crypto';

/** Header carrying the signature (public interface v1). */
export const SIGNATURE_HEADER = 'Sitrep-Signature';

function hmacHex(secret: string, timestamp: number, rawBody: string | Buffer): string {
  return createHmac('sha256', secret).update(`${timestamp}.`).update(rawBody).digest('hex');
}

/**
 * `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`. Sign the exact bytes that
 * are sent: re-serialising the JSON on either side breaks the signature.
 */
export function signWebhook(secret: string, rawBody: string | Buffer, nowSeconds: number): string {
  const t = Math.floor(nowSeconds);
  return `t=${t},v1=${hmacHex(secret, t, rawBody)}`;
}

/**
 * True when `header` holds a v1 signature of `rawBody` with `secret` whose timestamp is within
 * `toleranceSeconds` of now (replay window). Several `v1=` entries are accepted (secret rotation:
 * one per secret). Comparison is constant-time.
 */
export function verifyWebhookSignature(
  secret: string,
  rawBody: string | Buffer,
  header: string | undefined | null,
  toleranceSeconds: number,
  nowSeconds: number = Date.now() / 1000,
): boolean {
  if (!header) return false;
  let timestamp: number | null = null;
  const signatures: Buffer[] = [];
  for (const part of header.split(',')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const key = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (key === 't' && /^\d{1,12}$/.test(value)) timestamp = Number(value);
    else if (key === 'v1' && /^[0-9a-f]{64}$/i.test(value)) signatures.push(Buffer.from(value, 'hex'));
  }
  if (timestamp === null || !signatures.length) return false;
  if (Math.abs(nowSeconds - timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(hmacHex(secret, timestamp, rawBody), 'hex');
  // Check every candidate (no early exit) so timing does not reveal which one matched.
  let ok = false;
  for (const candidate of signatures) ok = timingSafeEqual(candidate, expected) || ok;
  return ok;
}
