import { Pool, PoolClient } from 'pg';
import { SignalKind, SitrepSignal } from '@sitrep/contracts';
import { IncidentRow } from './incident-row';
import { breakingVerdict } from './signals/breaking.rule';
import { addDays } from './signals/day-series';
import { recordVerdict } from './signals/record.rule';
import { SignalThresholds as T } from './signals/signal-thresholds';
import { signalSummary } from './signals/signal-summary';
import { surgeVerdict } from './signals/surge.rule';
import { SignalStore } from './signal.store';
import { placeSeries } from './trends.query';

interface Place {
  country: string;
  /** null: the whole country. */
  admin1Key: string | null;
  admin1: string | null;
  admin1Code: string | null;
}

const placeKey = (p: Place) => (p.admin1Key === null ? p.country : `${p.country}/${p.admin1Key}`);
const placeName = (p: Place) => (p.admin1Key === null ? p.country : `${p.admin1 ?? p.admin1Code ?? p.admin1Key} (${p.country})`);

/**
 * The first day from `day` on, within `window` days, whose verdict fires: `day` itself, then each
 * later day that holds a value of its own.
 */
function firstFiring<V extends { fires: boolean; observed: number; baseline: number }>(
  daily: ReadonlyMap<string, number>, day: string, window: number, verdict: (d: string) => V,
): { day: string; observed: number; baseline: number } | null {
  for (let k = 0; k < window; k++) {
    const d = addDays(day, k);
    if (k > 0 && !((daily.get(d) ?? 0) > 0)) continue;
    const v = verdict(d);
    if (v.fires) return { day: d, observed: v.observed, baseline: v.baseline };
  }
  return null;
}

/** Places an incident counts in: its admin-1 (when known) and its country. */
function placesOf(row: IncidentRow): Place[] {
  if (!row.country) return [];
  const country: Place = { country: row.country, admin1Key: null, admin1: null, admin1Code: null };
  return row.admin1Key ? [{ country: row.country, admin1Key: row.admin1Key, admin1: row.admin1, admin1Code: row.admin1Code }, country] : [country];
}

/**
 * After incidents reached the archive, looks at where they happened: a surge or record
 * there (from the daily rollups, at the incident's event time), or a breaking incident. Stores
 * each new signal once (SignalStore.raise); the archiver then publishes them.
 */
export class SignalDetector {
  constructor(private readonly pool: Pool, private readonly signals: SignalStore) {}

  async detect(rows: IncidentRow[]): Promise<SitrepSignal[]> {
    const raised: SitrepSignal[] = [];
    const evaluated = new Set<string>();
    for (const next of rows) {
      const breaking = breakingVerdict(next.doc);
      if (breaking.fires) {
        const place = placesOf(next)[0] ?? { country: '', admin1Key: null, admin1: null, admin1Code: null };
        await this.raise(raised, 'breaking', place, `breaking:${next.id}`, breaking.at!, breaking.observed, T.breakingMinSources, [next.id], 0);
      }
      const day = next.occurredAt.slice(0, 10);
      for (const place of placesOf(next)) {
        const key = `${placeKey(place)}@${day}`;
        if (evaluated.has(key)) continue;
        evaluated.add(key);
        await this.placeSignals(raised, place, day, next);
      }
    }
    return raised;
  }

  /**
   * Surge and record at the incident's day, and at the later days of their windows that already
   * hold incidents there: a backfill may archive a busy week's last day first (the stage handles
   * messages concurrently), and the incidents of the days before count for that day too. The first
   * day that fires raises the signal.
   */
  private async placeSignals(raised: SitrepSignal[], place: Place, day: string, trigger: IncidentRow): Promise<void> {
    const candidates: { kind: 'surge' | 'record'; day: string; observed: number; baseline: number; ids: string[] }[] = [];
    // One snapshot: the rollups and the incidents behind them agree (one transaction writes both).
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const from = addDays(day, -(T.recordHistoryDays + T.recordWindowDays));
      const series = await placeSeries(client, place, from, addDays(day, T.recordWindowDays - 1), T.surgeMinLevel);
      if (trigger.level >= T.surgeMinLevel) {
        const fired = firstFiring(series.severe, day, T.surgeWindowDays, (d) => surgeVerdict(series.severe, d));
        if (fired) {
          const ids = await this.incidentsBehind(client, place, addDays(fired.day, -(T.surgeWindowDays - 1)), fired.day, T.surgeMinLevel);
          candidates.push({ kind: 'surge', ...fired, ids });
        }
      }
      if (trigger.killed > 0) {
        const fired = firstFiring(series.killed, day, T.recordWindowDays, (d) => recordVerdict(series.killed, d));
        if (fired) {
          const ids = await this.incidentsBehind(client, place, addDays(fired.day, -(T.recordWindowDays - 1)), fired.day, 1, true);
          candidates.push({ kind: 'record', ...fired, ids });
        }
      }
      await client.query('COMMIT');
    } finally {
      client.release();
    }
    for (const c of candidates) {
      const at = c.day === day ? trigger.occurredAt : `${c.day}T00:00:00.000Z`;
      await this.raise(raised, c.kind, place, `${c.kind}:${placeKey(place)}:${c.day}`, at, c.observed, c.baseline, c.ids, T.cooldownDays[c.kind]);
    }
  }

  private async incidentsBehind(client: PoolClient, place: Place, from: string, to: string, minLevel: number, deadly = false): Promise<string[]> {
    const { rows } = await client.query<{ id: string }>(
      `SELECT id FROM incidents WHERE country = $1 ${place.admin1Key !== null ? 'AND admin1_key = $5' : ''}
         AND occurred_at >= $2::date AND occurred_at < $3::date + 1 AND level >= $4 ${deadly ? 'AND killed > 0' : ''}
       ORDER BY occurred_at LIMIT 500`,
      place.admin1Key !== null ? [place.country, from, to, minLevel, place.admin1Key] : [place.country, from, to, minLevel],
    );
    return rows.map((r) => r.id);
  }

  private async raise(
    raised: SitrepSignal[], kind: SignalKind, place: Place, id: string, at: string, observed: number, baseline: number, incidentIds: string[], cooldownDays: number,
  ): Promise<void> {
    const signal: SitrepSignal = {
      id, kind, country: place.country || null, admin1: place.admin1, admin1Code: place.admin1Code, at, observed, baseline, incidentIds,
      summary: signalSummary(kind, placeName(place) || 'an unknown place', observed, baseline),
    };
    const stored = kind === 'breaking'
      ? await this.signals.raise(signal, id, 0)
      : await this.signals.raise(signal, placeKey(place), cooldownDays);
    if (stored) raised.push(signal);
  }
}
