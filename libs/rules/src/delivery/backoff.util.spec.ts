import { backoffDelay, parseRetryAfter } from './backoff.util';

describe(backoffDelay.name, () => {
  const options = { baseMs: 100, maxMs: 5_000 };

  it('doubles the cap per attempt up to maxMs without jitter', () => {
    const delays = [1, 2, 3, 4, 5, 6, 7, 50, 5000].map((a) => backoffDelay(a, { ...options, jitter: 'none' }));
    expect(delays).toEqual([100, 200, 400, 800, 1600, 3200, 5000, 5000, 5000]);
  });

  it('with full jitter stays within [0, cap) and spans the range', () => {
    for (const attempt of [1, 3, 10]) {
      const cap = Math.min(5_000, 100 * 2 ** (attempt - 1));
      const samples = Array.from({ length: 500 }, () => backoffDelay(attempt, options));
      expect(Math.min(...samples)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...samples)).toBeLessThan(cap);
      // Full jitter, not "cap minus a little": both halves of the range occur.
      expect(samples.some((d) => d < cap / 2)).toBe(true);
      expect(samples.some((d) => d >= cap / 2)).toBe(true);
    }
  });

  it('maps the injected random value onto the cap', () => {
    expect(backoffDelay(3, { ...options, random: () => 0 })).toBe(0);
    expect(backoffDelay(3, { ...options, random: () => 0.5 })).toBe(200);
    expect(backoffDelay(3, { ...options, random: () => 0.999999 })).toBe(399);
  });

  it('treats attempt 0 or negative like the first', () => {
    expect(backoffDelay(0, { ...options, jitter: 'none' })).toBe(100);
    expect(backoffDelay(-3, { ...options, jitter: 'none' })).toBe(100);
  });
});

describe(parseRetryAfter.name, () => {
  const now = Date.parse('2024-05-01T12:00:00Z');

  it('reads delta-seconds', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
  });

  it('reads an HTTP date relative to now, and a past date as 0', () => {
    expect(parseRetryAfter('Wed, 01 May 2024 12:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Wed, 01 May 2024 11:00:00 GMT', new Date(now))).toBe(0);
  });

  it('returns null for missing or unparseable values', () => {
    for (const bad of [undefined, null, '', 'soon', '-5', '1.5', 'Wed, 99 Foo 2024 xx GMT']) {
      expect(parseRetryAfter(bad, now)).toBeNull();
    }
  });
});
