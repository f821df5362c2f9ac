import { addDays, sumDays } from './day-series';
import { SignalThresholds as T } from './signal-thresholds';

export interface SurgeVerdict {
  fires: boolean;
  /** Level ≥ 3 incidents in the 7 days ending `day`. */
  observed: number;
  /** Weekly mean of the 4 weeks before those 7 days. */
  baseline: number;
}

/**
 * Surge (ACLED's Surge Tracker, sized to incidents): the last 7 days hold at least 3 incidents
 * of level ≥ 3 and at least twice the weekly mean of the 4 weeks before. One event in a place
 * without history never fires (the count floor).
 */
export function surgeVerdict(dailySevere: ReadonlyMap<string, number>, day: string): SurgeVerdict {
  const observed = sumDays(dailySevere, day, T.surgeWindowDays);
  const before = sumDays(dailySevere, addDays(day, -T.surgeWindowDays), T.surgeBaselineWeeks * 7);
  const baseline = before / T.surgeBaselineWeeks;
  return { fires: observed >= T.surgeMinCount && observed >= T.surgeMinRatio * baseline, observed, baseline };
}
