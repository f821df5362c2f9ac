/** One row of daily_rollups: incidents of one day, place, event type and level. */
export interface RollupKey {
  day: string; // YYYY-MM-DD (UTC) of occurredAt
  country: string;
  admin1Key: string;
  eventType: string;
  level: number;
}

export interface RollupContribution extends RollupKey {
  admin1: string | null;
  admin1Code: string | null;
  incidents: number;
  killed: number;
  injured: number;
}

/** What an incident version adds to the rollups. */
export interface RollupSource {
  occurredAt: string;
  country: string;
  admin1Key: string;
  admin1: string | null;
  admin1Code: string | null;
  eventType: string;
  level: number;
  killed: number;
  injured: number;
}

export const dayOf = (iso: string): string => new Date(iso).toISOString().slice(0, 10);

const keyOf = (k: RollupKey) => [k.day, k.country, k.admin1Key, k.eventType, k.level].join('\u0001');

/**
 * The change to the rollups when incidents move from their old versions to new ones: minus what
 * each old version contributed, plus what its new one does; zero changes dropped; sorted by key
 * so concurrent writers lock rollup rows in the same order.
 */
export function rollupDelta(changes: { old?: RollupSource; next: RollupSource }[]): RollupContribution[] {
  const acc = new Map<string, RollupContribution>();
  const add = (s: RollupSource, sign: 1 | -1) => {
    const key: RollupKey = { day: dayOf(s.occurredAt), country: s.country, admin1Key: s.admin1Key, eventType: s.eventType, level: s.level };
    const k = keyOf(key);
    const row = acc.get(k) ?? { ...key, admin1: s.admin1, admin1Code: s.admin1Code, incidents: 0, killed: 0, injured: 0 };
    row.incidents += sign;
    row.killed += sign * s.killed;
    row.injured += sign * s.injured;
    if (sign === 1) {
      row.admin1 = s.admin1 ?? row.admin1;
      row.admin1Code = s.admin1Code ?? row.admin1Code;
    }
    acc.set(k, row);
  };
  for (const c of changes) {
    if (c.old) add(c.old, -1);
    add(c.next, 1);
  }
  return [...acc.entries()]
    .filter(([, r]) => r.incidents !== 0 || r.killed !== 0 || r.injured !== 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, r]) => r);
}
