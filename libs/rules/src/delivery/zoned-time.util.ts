/** Wall-clock fields of an instant in an IANA time zone. */
export type WallTime = { year: number; month: number; day: number; hour: number; minute: number; second: number };

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // Throws RangeError for an unknown zone: a rule with a bad zone must fail loudly, not in UTC.
    f = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function isValidTimeZone(timeZone: string): boolean {
  try { formatter(timeZone); return true; } catch { return false; }
}

export function wallTime(date: Date, timeZone: string): WallTime {
  const fields: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(date)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  return {
    year: fields.year, month: fields.month, day: fields.day,
    hour: fields.hour === 24 ? 0 : fields.hour, minute: fields.minute, second: fields.second,
  };
}

/** Offset of the zone from UTC at `date`, in milliseconds (e.g. +3 600 000 for CET). */
export function zoneOffsetMs(date: Date, timeZone: string): number {
  const w = wallTime(date, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(date.getTime() / 1000) * 1000;
}

/**
 * The instant at which the zone's clock shows the given wall time. Like Temporal's 'compatible'
 * disambiguation: in an overlap the earlier instant; in a DST gap (a time that does not exist)
 * the wall time shifted forward by the gap's length.
 */
export function zonedToUtc(w: Omit<WallTime, 'second'> & { second?: number }, timeZone: string): Date {
  const guess = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second ?? 0);
  const first = guess - zoneOffsetMs(new Date(guess), timeZone);
  const second = guess - zoneOffsetMs(new Date(first), timeZone);
  const third = guess - zoneOffsetMs(new Date(second), timeZone);
  const shows = (t: number): boolean => t + zoneOffsetMs(new Date(t), timeZone) === guess;
  const valid = [first, second, third].filter(shows);
  return new Date(valid.length ? Math.min(...valid) : Math.max(first, second, third));
}
