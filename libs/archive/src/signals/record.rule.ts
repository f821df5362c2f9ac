import { addDays, sumDays } from './day-series';
import { SignalThresholds as T } from './signal-thresholds';

export interface RecordVerdict {
  fires: boolean;
  /** Killed in the 30 days ending `day`. */
  observed: number;
  /** Highest 30-day killed of any window ending in the 12 months before that. */
  baseline: number;
}

/**
 * Record (HDX Signals): 30-day fatalities above every 30-day total of the previous 12 months,
 * and at least the floor (100), so a quiet place with a first death is not a "record".
 */
export function recordVerdict(dailyKilled: ReadonlyMap<string, number>, day: string): RecordVerdict {
  const observed = sumDays(dailyKilled, day, T.recordWindowDays);
  let baseline = 0;
  // Windows ending 30 … 365 days earlier: they do not overlap the observed one.
  let running = sumDays(dailyKilled, addDays(day, -T.recordWindowDays), T.recordWindowDays);
  for (let back = T.recordWindowDays; back <= T.recordHistoryDays; back++) {
    baseline = Math.max(baseline, running);
    // Slide the window one day back: add the day entering at the start, drop the one leaving at the end.
    const end = addDays(day, -back);
    running += (dailyKilled.get(addDays(end, -T.recordWindowDays)) ?? 0) - (dailyKilled.get(end) ?? 0);
  }
  return { fires: observed >= T.recordMinKilled && observed > baseline, observed, baseline };
}
