import { digestBucketKey, digestWindowEnd } from './digest-window.util';

describe(digestWindowEnd.name, () => {
  it('returns the instant itself for immediate', () => {
    const now = new Date('2024-05-01T12:34:56Z');
    expect(digestWindowEnd('immediate', now)).toBe(now);
  });

  it('ends hourly windows at the next full hour, exclusive', () => {
    expect(digestWindowEnd('hourly', new Date('2024-05-01T12:34:56Z')).toISOString()).toBe('2024-05-01T13:00:00.000Z');
    expect(digestWindowEnd('hourly', new Date('2024-05-01T12:00:00Z')).toISOString()).toBe('2024-05-01T13:00:00.000Z');
    expect(digestWindowEnd('hourly', new Date('2024-05-01T12:59:59.999Z')).toISOString()).toBe('2024-05-01T13:00:00.000Z');
  });

  it('uses local hours in zones with half-hour offsets', () => {
    // Kolkata is UTC+5:30: 12:34Z is 18:04 local, so the window ends at 19:00 local = 13:30Z.
    expect(digestWindowEnd('hourly', new Date('2024-05-01T12:34:00Z'), 'Asia/Kolkata').toISOString()).toBe('2024-05-01T13:30:00.000Z');
  });

  it('ends daily windows at the next local midnight, across month ends and DST', () => {
    expect(digestWindowEnd('daily', new Date('2024-01-31T23:59:00Z')).toISOString()).toBe('2024-02-01T00:00:00.000Z');
    expect(digestWindowEnd('daily', new Date('2024-05-01T12:00:00Z'), 'Asia/Baghdad').toISOString()).toBe('2024-05-01T21:00:00.000Z');
    // New York falls back on 2024-11-03: midnight of Nov 4 is UTC-5.
    expect(digestWindowEnd('daily', new Date('2024-11-03T12:00:00Z'), 'America/New_York').toISOString()).toBe('2024-11-04T05:00:00.000Z');
    // Beirut springs forward at midnight on 2024-03-31: 00:00 does not exist, the day starts at 01:00 (UTC+3).
    expect(digestWindowEnd('daily', new Date('2024-03-30T12:00:00Z'), 'Asia/Beirut').toISOString()).toBe('2024-03-30T22:00:00.000Z');
  });

  it('gives the same bucket key to every alert of one window', () => {
    const a = digestBucketKey('r1', 'hourly', new Date('2024-05-01T12:01:00Z'));
    const b = digestBucketKey('r1', 'hourly', new Date('2024-05-01T12:59:00Z'));
    const c = digestBucketKey('r1', 'hourly', new Date('2024-05-01T13:00:00Z'));
    expect(a).toBe(b);
    expect(a).not.toBe(c);
  });
});
