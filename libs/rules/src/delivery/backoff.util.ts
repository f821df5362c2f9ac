export type BackoffOptions = {
  baseMs: number;
  maxMs: number;
  /** 'full' (default): uniform in [0, cap) as in AWS's "Exponential Backoff and Jitter"; 'none': the cap itself. */
  jitter?: 'full' | 'none';
  /** Source of randomness in [0, 1); injectable for tests. */
  random?: () => number;
};

/**
 * Delay before the next try after `attempt` failed tries (attempt 1 = the first failure):
 * cap = min(maxMs, baseMs · 2^(attempt−1)), then full jitter. Never negative, never above maxMs.
 */
export function backoffDelay(attempt: number, options: BackoffOptions): number {
  const { baseMs, maxMs, jitter = 'full', random = Math.random } = options;
  const exponent = Math.max(0, Math.floor(attempt) - 1);
  // 2^exponent overflows to Infinity for huge attempts; min() keeps the cap finite.
  const cap = Math.max(0, Math.min(maxMs, baseMs * 2 ** exponent));
  if (jitter === 'none') return cap;
  return Math.floor(random() * cap);
}

/**
 * A `Retry-After` value in milliseconds from `now`: delta-seconds ("120") or an HTTP date
 * ("Wed, 21 Oct 2015 07:28:00 GMT"). A date in the past means 0; anything unparseable, null.
 */
export function parseRetryAfter(headerValue: string | null | undefined, now: Date | number = Date.now()): number | null {
  if (headerValue == null) return null;
  const value = headerValue.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  // Only full HTTP dates: Date.parse would also accept "1.5" or "3 days" as some odd date.
  if (!/^[A-Za-z]{3},? /.test(value)) return null;
  const at = Date.parse(value);
  if (Number.isNaN(at)) return null;
  const nowMs = typeof now === 'number' ? now : now.getTime();
  return Math.max(0, at - nowMs);
}
