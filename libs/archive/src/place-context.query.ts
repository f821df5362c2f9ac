import { Pool } from 'pg';
import { Incident } from '@sitrep/contracts';
import { toIncidentRow } from './incident-row';
import { addDays } from './signals/day-series';
import { SignalThresholds as T } from './signals/signal-thresholds';
import { signalSummary } from './signals/signal-summary';
import { surgeVerdict } from './signals/surge.rule';
import { placeSeries } from './trends.query';

/**
 * Where an incident stands in its place's history, for its alerts: "3rd level ≥ 3 incident in
 * Al Anbar (IQ) in 7 days (previous 4 weeks: 0.5 a week)". From the daily rollups at the
 * incident's event time; the incident itself is counted whether or not the archiver got to it yet.
 * Null below level 3 or without a place.
 */
export class PlaceContextQuery {
  constructor(private readonly pool: Pool) {}

  async describe(incident: Incident): Promise<string | null> {
    const row = toIncidentRow(incident);
    if (row.level < T.surgeMinLevel || !row.country) return null;
    const day = row.occurredAt.slice(0, 10);
    const byAdmin1 = row.admin1Key !== '';
    const place = { country: row.country, admin1Key: byAdmin1 ? row.admin1Key : null };
    const series = await placeSeries(this.pool, place, addDays(day, -(T.surgeWindowDays + 7 * T.surgeBaselineWeeks)), day, T.surgeMinLevel);
    const { rows } = await this.pool.query('SELECT 1 FROM incidents WHERE id = $1 AND level >= $2 AND occurred_at::date = $3::date', [row.id, T.surgeMinLevel, day]);
    if (rows.length === 0) series.severe.set(day, (series.severe.get(day) ?? 0) + 1);
    const { observed, baseline } = surgeVerdict(series.severe, day);
    const name = byAdmin1 ? `${row.admin1 ?? row.admin1Code} (${row.country})` : row.country;
    return signalSummary('surge', name, observed, baseline);
  }
}
