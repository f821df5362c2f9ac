import type { QuietHours, RulePolicy } from '@sitrep/contracts';
import { digestWindowEnd, type DigestMode } from './digest-window.util';
import { wallTime } from './zoned-time.util';

const MINUTE = 60_000;

function minutesOf(hhmm: string): number {
  const m = /^(\d{1,2}):(\d{2})$/.exec(hhmm.trim());
  if (!m) throw new RangeError(`quiet hours time must be HH:MM, got "${hhmm}"`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/**
 * True when `date` falls in [start, end) on the subscriber's clock (`quietHours.timeZone`).
 * A window with start > end crosses midnight (22:00–07:00); start === end is an empty window.
 */
export function isInQuietHours(quietHours: QuietHours | undefined | null, date: Date): boolean {
  if (!quietHours) return false;
  const start = minutesOf(quietHours.start);
  const end = minutesOf(quietHours.end);
  if (start === end) return false;
  const w = wallTime(date, quietHours.timeZone);
  const now = w.hour * 60 + w.minute;
  return start < end ? now >= start && now < end : now >= start || now < end;
}

/** The first instant ≥ `date` outside the quiet hours (to the minute), robust to DST changes. */
export function quietHoursEnd(quietHours: QuietHours, date: Date): Date {
  if (!isInQuietHours(quietHours, date)) return date;
  const end = minutesOf(quietHours.end);
  let candidate = date.getTime();
  // Jump to where the clock should show `end`; a DST change on the way can leave it an hour
  // short, so jump again (at most twice more).
  for (let i = 0; i < 3 && isInQuietHours(quietHours, new Date(candidate)); i++) {
    const w = wallTime(new Date(candidate), quietHours.timeZone);
    const now = w.hour * 60 + w.minute;
    const delta = (end - now + 1440) % 1440 || 1440;
    candidate = Math.floor(candidate / MINUTE) * MINUTE + delta * MINUTE;
  }
  // A DST jump can also end the window earlier than the jump target (the clock skips past
  // `end`): binary-search the first quiet-free minute between `date` and the candidate.
  let lo = Math.floor(date.getTime() / MINUTE);
  let hi = Math.floor(candidate / MINUTE);
  while (lo + 1 < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (isInQuietHours(quietHours, new Date(mid * MINUTE))) lo = mid;
    else hi = mid;
  }
  return new Date(hi * MINUTE);
}

/**
 * When an alert that fires at `date` may be sent under a rule's policy: at the end of its digest
 * window (immediate: now), then pushed past quiet hours. Mute is not here: a muted alert is
 * dropped, not held.
 */
export function nextSendTime(policy: Pick<RulePolicy, 'digest' | 'quietHours'> | undefined | null, date: Date): Date {
  const mode: DigestMode = policy?.digest ?? 'immediate';
  const windowEnd = digestWindowEnd(mode, date, policy?.quietHours?.timeZone ?? 'UTC');
  return policy?.quietHours ? quietHoursEnd(policy.quietHours, windowEnd) : windowEnd;
}
