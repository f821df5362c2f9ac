import { Pool, PoolClient } from 'pg';
import { ArchiveFilter, SqlWhere } from './archive-filter';
import { addDays } from './signals/day-series';

export interface TrendBucket {
  start: string;
  incidents: number;
  byLevel: Record<'1' | '2' | '3' | '4' | '5', number>;
  killed: number;
  injured: number;
}

export type TrendInterval = 'day' | 'week';

const DEFAULT_DAYS = 90;

/** Monday of the ISO week of `day` (date_trunc('week') in PostgreSQL). */
export function weekStart(day: string): string {
  const dow = new Date(`${day}T00:00:00Z`).getUTCDay();
  return addDays(day, -((dow + 6) % 7));
}

/** Every bucket start from `from` to `to` (inclusive), so a chart has no gaps. */
export function bucketStarts(from: string, to: string, interval: TrendInterval): string[] {
  const out: string[] = [];
  const step = interval === 'day' ? 1 : 7;
  for (let d = interval === 'day' ? from : weekStart(from); d <= to && out.length < 5000; d = addDays(d, step)) out.push(d);
  return out;
}

/**
 * Incidents per day or week from the daily rollups (bucketed on the reports' publishedAt), with
 * the count by level and the casualties. Default range: the last 90 days.
 */
export class TrendsQuery {
  constructor(private readonly pool: Pool, private readonly now: () => Date = () => new Date()) {}

  async buckets(f: Omit<ArchiveFilter, 'q' | 'minLevel'>, interval: TrendInterval): Promise<TrendBucket[]> {
    const to = (f.to ? new Date(f.to) : this.now()).toISOString().slice(0, 10);
    const from = f.from ? new Date(f.from).toISOString().slice(0, 10) : addDays(to, -(DEFAULT_DAYS - 1));
    const w = new SqlWhere();
    w.add((p) => `day >= ${p(from)}::date`).add((p) => `day <= ${p(to)}::date`);
    if (f.country) w.add((p) => `country = ${p(f.country)}`);
    if (f.admin1) {
      const a = f.admin1;
      // A code is the rollups' admin1_key whenever the incident had one.
      w.add((p) => (/^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(a) ? `admin1_key = ${p(a)}` : `lower(admin1) = lower(${p(a)})`));
    }
    if (f.eventType) w.add((p) => `event_type = ${p(f.eventType)}`);
    const trunc = interval === 'day' ? 'day' : `date_trunc('week', day)::date`;
    const { rows } = await this.pool.query<{ start: string; level: number; incidents: string; killed: string; injured: string }>(
      // Formatted after grouping: once per bucket and level, not once per rollup row.
      `SELECT to_char(b.start, 'YYYY-MM-DD') AS start, b.level, b.incidents, b.killed, b.injured FROM (
         SELECT ${trunc} AS start, level, sum(incidents) AS incidents, sum(killed) AS killed, sum(injured) AS injured
         FROM daily_rollups ${w} GROUP BY 1, 2) b`,
      w.params,
    );
    const byStart = new Map<string, TrendBucket>(
      bucketStarts(from, to, interval).map((start) => [start, { start, incidents: 0, byLevel: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 }, killed: 0, injured: 0 }]),
    );
    for (const r of rows) {
      const b = byStart.get(r.start);
      if (!b) continue;
      const level = String(r.level) as keyof TrendBucket['byLevel'];
      b.incidents += Number(r.incidents);
      b.byLevel[level] += Number(r.incidents);
      b.killed += Number(r.killed);
      b.injured += Number(r.injured);
    }
    return [...byStart.values()];
  }
}

/** A place's daily series for the signal rules: level ≥ minLevel incidents, and killed. */
export async function placeSeries(
  pool: Pool | PoolClient,
  place: { country: string; admin1Key: string | null },
  from: string,
  to: string,
  minLevel: number,
): Promise<{ severe: Map<string, number>; killed: Map<string, number> }> {
  const byAdmin1 = place.admin1Key !== null;
  const { rows } = await pool.query<{ day: string; severe: string; killed: string }>(
    `SELECT to_char(day, 'YYYY-MM-DD') AS day, sum(incidents) FILTER (WHERE level >= $4) AS severe, sum(killed) AS killed
     FROM daily_rollups WHERE country = $1 AND day BETWEEN $2::date AND $3::date ${byAdmin1 ? 'AND admin1_key = $5' : ''}
     GROUP BY day`,
    byAdmin1 ? [place.country, from, to, minLevel, place.admin1Key] : [place.country, from, to, minLevel],
  );
  return {
    severe: new Map(rows.map((r) => [r.day, Number(r.severe ?? 0)])),
    killed: new Map(rows.map((r) => [r.day, Number(r.killed ?? 0)])),
  };
}
