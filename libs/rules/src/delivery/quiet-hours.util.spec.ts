import type { QuietHours } from '@sitrep/contracts';
import { isInQuietHours, nextSendTime, quietHoursEnd } from './quiet-hours.util';

const at = (iso: string): Date => new Date(iso);

describe(isInQuietHours.name, () => {
  const berlinNights: QuietHours = { start: '22:00', end: '07:00', timeZone: 'Europe/Berlin' };

  it('spans midnight in the subscriber\'s zone (Berlin is UTC+2 in May)', () => {
    expect(isInQuietHours(berlinNights, at('2024-05-01T19:59:00Z'))).toBe(false); // 21:59
    expect(isInQuietHours(berlinNights, at('2024-05-01T20:00:00Z'))).toBe(true); // 22:00
    expect(isInQuietHours(berlinNights, at('2024-05-01T23:30:00Z'))).toBe(true); // 01:30
    expect(isInQuietHours(berlinNights, at('2024-05-02T04:59:00Z'))).toBe(true); // 06:59
    expect(isInQuietHours(berlinNights, at('2024-05-02T05:00:00Z'))).toBe(false); // 07:00
  });

  it('follows the zone\'s own offset: the same instant is quiet in Tokyo, not in New York', () => {
    const instant = at('2024-05-01T15:00:00Z'); // 00:00 Tokyo, 11:00 New York
    expect(isInQuietHours({ start: '23:00', end: '06:00', timeZone: 'Asia/Tokyo' }, instant)).toBe(true);
    expect(isInQuietHours({ start: '23:00', end: '06:00', timeZone: 'America/New_York' }, instant)).toBe(false);
  });

  it('handles a same-day window and an empty one', () => {
    const lunch: QuietHours = { start: '12:00', end: '13:00', timeZone: 'UTC' };
    expect(isInQuietHours(lunch, at('2024-05-01T12:30:00Z'))).toBe(true);
    expect(isInQuietHours(lunch, at('2024-05-01T13:00:00Z'))).toBe(false);
    expect(isInQuietHours({ start: '08:00', end: '08:00', timeZone: 'UTC' }, at('2024-05-01T08:00:00Z'))).toBe(false);
    expect(isInQuietHours(undefined, at('2024-05-01T08:00:00Z'))).toBe(false);
  });

  it('throws on an unknown time zone rather than silently using UTC', () => {
    expect(() => isInQuietHours({ start: '22:00', end: '07:00', timeZone: 'Mars/Olympus' }, new Date())).toThrow(RangeError);
  });
});

describe(quietHoursEnd.name, () => {
  it('releases at the local end time, across midnight', () => {
    const q: QuietHours = { start: '22:00', end: '07:00', timeZone: 'Asia/Baghdad' }; // UTC+3
    expect(quietHoursEnd(q, at('2024-05-01T20:15:30Z')).toISOString()).toBe('2024-05-02T04:00:00.000Z');
    expect(quietHoursEnd(q, at('2024-05-01T12:00:00Z')).toISOString()).toBe('2024-05-01T12:00:00.000Z');
  });

  it('stays correct across a DST change inside the window', () => {
    // Berlin springs forward on 2024-03-31 at 02:00 → 03:00 (UTC+1 → UTC+2).
    const q: QuietHours = { start: '22:00', end: '07:00', timeZone: 'Europe/Berlin' };
    expect(quietHoursEnd(q, at('2024-03-30T22:00:00Z')).toISOString()).toBe('2024-03-31T05:00:00.000Z');
    // A window ending inside the skipped hour ends when the clock jumps past it.
    const gap: QuietHours = { start: '01:00', end: '02:30', timeZone: 'Europe/Berlin' };
    expect(quietHoursEnd(gap, at('2024-03-31T00:10:00Z')).toISOString()).toBe('2024-03-31T01:00:00.000Z');
  });
});

describe(nextSendTime.name, () => {
  it('is now for an immediate rule outside quiet hours', () => {
    const now = at('2024-05-01T12:34:56Z');
    expect(nextSendTime(undefined, now)).toBe(now);
    expect(nextSendTime({ digest: 'immediate' }, now)).toBe(now);
  });

  it('holds an hourly digest to the end of its hour, then past quiet hours', () => {
    expect(nextSendTime({ digest: 'hourly' }, at('2024-05-01T12:34:56Z')).toISOString()).toBe('2024-05-01T13:00:00.000Z');
    const q: QuietHours = { start: '13:00', end: '15:30', timeZone: 'UTC' };
    expect(nextSendTime({ digest: 'hourly', quietHours: q }, at('2024-05-01T12:34:56Z')).toISOString()).toBe('2024-05-01T15:30:00.000Z');
  });
});
