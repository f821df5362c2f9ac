import { Pool } from 'pg';
import { Incident, SignalKind, SitrepSignal } from '@sitrep/contracts';
import { SqlWhere } from './archive-filter';

export interface SignalFilter {
  country?: string;
  admin1?: string;
  kind?: SignalKind;
  from?: string;
  to?: string;
  limit?: number;
}

interface SignalRow {
  id: string;
  kind: SignalKind;
  country: string | null;
  admin1: string | null;
  admin1_code: string | null;
  at: Date;
  observed: number;
  baseline: number;
  incident_ids: string[];
  summary: string;
}

const toSignal = (r: SignalRow): SitrepSignal => ({
  id: r.id, kind: r.kind, country: r.country, admin1: r.admin1, admin1Code: r.admin1_code, at: r.at.toISOString(),
  observed: r.observed, baseline: r.baseline, incidentIds: r.incident_ids, summary: r.summary,
});

/** Signals in the archive: raised once per place and cooldown, published to Kafka at least once. */
export class SignalStore {
  constructor(private readonly pool: Pool) {}

  /**
   * Stores the signal unless the same kind was raised for the same place within `cooldownDays`
   * (event time) or the id exists. True when stored. Same-place writers take turns (advisory lock).
   */
  async raise(signal: SitrepSignal, placeKey: string, cooldownDays: number): Promise<boolean> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 1))', [`${signal.kind}:${placeKey}`]);
      const { rows } = await client.query(
        `SELECT 1 FROM signals WHERE kind = $1 AND place_key = $2 AND at > $3::timestamptz - make_interval(days => $4)
           AND at < $3::timestamptz + make_interval(days => $4) LIMIT 1`,
        [signal.kind, placeKey, signal.at, cooldownDays],
      );
      let stored = false;
      if (rows.length === 0) {
        const r = await client.query(
          `INSERT INTO signals (id, kind, country, admin1, admin1_code, place_key, at, observed, baseline, incident_ids, summary)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT (id) DO NOTHING`,
          [signal.id, signal.kind, signal.country, signal.admin1, signal.admin1Code, placeKey, signal.at, signal.observed, signal.baseline, signal.incidentIds, signal.summary],
        );
        stored = r.rowCount === 1;
      }
      await client.query('COMMIT');
      return stored;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      client.release();
    }
  }

  /**
   * Hands unpublished signals to `publish` and marks them published once it resolves. Rows are
   * locked (SKIP LOCKED) so two archivers do not publish the same ones at once; a crash before
   * the mark publishes again, and consumers key on the signal id.
   */
  async publishPending(publish: (signals: { signal: SitrepSignal; incident: Incident | null }[]) => Promise<void>, limit = 100): Promise<number> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const { rows } = await client.query<SignalRow & { doc: Incident | null }>(
        `SELECT s.*, i.doc FROM signals s LEFT JOIN incident_docs i ON i.id = s.incident_ids[cardinality(s.incident_ids)]
         WHERE s.published_at IS NULL ORDER BY s.created_at LIMIT $1 FOR UPDATE OF s SKIP LOCKED`, [limit],
      );
      if (rows.length) {
        await publish(rows.map((r) => ({ signal: toSignal(r), incident: r.doc })));
        await client.query('UPDATE signals SET published_at = now() WHERE id = ANY($1::text[])', [rows.map((r) => r.id)]);
      }
      await client.query('COMMIT');
      return rows.length;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      client.release();
    }
  }

  async list(f: SignalFilter): Promise<SitrepSignal[]> {
    const w = new SqlWhere();
    if (f.country) w.add((p) => `country = ${p(f.country)}`);
    if (f.admin1) {
      const a = f.admin1;
      w.add((p) => (/^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(a) ? `admin1_code = ${p(a)}` : `lower(admin1) = lower(${p(a)})`));
    }
    if (f.kind) w.add((p) => `kind = ${p(f.kind)}`);
    if (f.from) w.add((p) => `at >= ${p(f.from)}`);
    if (f.to) w.add((p) => `at <= ${p(f.to)}`);
    const { rows } = await this.pool.query<SignalRow>(`SELECT * FROM signals ${w} ORDER BY at DESC, id LIMIT ${Math.floor(f.limit ?? 100)}`, w.params);
    return rows.map(toSignal);
  }
}
