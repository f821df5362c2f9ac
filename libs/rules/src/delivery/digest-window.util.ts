import { wallTime, zonedToUtc } from './zoned-time.util';

export type DigestMode = 'immediate' | 'hourly' | 'daily';

const MINUTE = 60_000;

/**
 * End (exclusive) of the digest window `date` falls in, on the clock of `timeZone`: the next
 * full hour for 'hourly' (zones with :30/:45 offsets get their own local hours), the next local
 * midnight for 'daily', and `date` itself for 'immediate'. Alerts with the same window end go
 * into one digest, so the end's ISO string is a natural bucket key.
 */
export function digestWindowEnd(mode: DigestMode, date: Date, timeZone = 'UTC'): Date {
  if (mode === 'immediate') return date;
  const w = wallTime(date, timeZone);
  if (mode === 'hourly') {
    const startOfMinute = Math.floor(date.getTime() / MINUTE) * MINUTE;
    return new Date(startOfMinute + (60 - w.minute) * MINUTE);
  }
  if (mode === 'daily') {
    // Date.UTC normalises day overflow (Jan 31 + 1 → Feb 1) for the calendar arithmetic.
    const tomorrow = new Date(Date.UTC(w.year, w.month - 1, w.day + 1));
    return zonedToUtc({
      year: tomorrow.getUTCFullYear(), month: tomorrow.getUTCMonth() + 1, day: tomorrow.getUTCDate(), hour: 0, minute: 0,
    }, timeZone);
  }
  throw new RangeError(`unknown digest mode "${String(mode)}"`);
}

/** The bucket key of a digest: rule and window end, e.g. for a Redis list name. */
export function digestBucketKey(ruleId: string, mode: Exclude<DigestMode, 'immediate'>, date: Date, timeZone = 'UTC'): string {
  return `${ruleId}:${mode}:${digestWindowEnd(mode, date, timeZone).toISOString()}`;
}
