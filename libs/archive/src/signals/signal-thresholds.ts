/** Every tunable of the three signals, in one place (ACLED Trendfinder / Surge Tracker, HDX Signals, EMM). */
export const SignalThresholds = {
  /** Incidents at or above this level count towards a surge. */
  surgeMinLevel: 3,
  surgeWindowDays: 7,
  /** Baseline: the weekly mean of this many weeks before the window. */
  surgeBaselineWeeks: 4,
  surgeMinCount: 3,
  surgeMinRatio: 2,
  recordWindowDays: 30,
  recordHistoryDays: 365,
  /** HDX Signals' floor: fewer killed in 30 days is never a record. */
  recordMinKilled: 100,
  breakingWindowMinutes: 30,
  breakingMinSources: 3,
  /** A place raises a kind of signal at most once per this many days (event time). */
  cooldownDays: { surge: 7, record: 30 } as Record<'surge' | 'record', number>,
} as const;
