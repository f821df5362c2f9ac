import { Pool, PoolClient } from 'pg';
import { Incident } from '@sitrep/contracts';
import { IncidentRow, isNewerVersion, StoredVersion, toIncidentRow } from './incident-row';
import { rollupDelta, RollupSource } from './rollup-delta';

/** An incident whose archived version moved forward in one upsert, with the version it replaced. */
export interface ArchivedChange {
  next: IncidentRow;
  old?: RollupSource & StoredVersion;
}

interface StoredRow {
  id: string;
  version: number;
  level: number;
  last_seen: Date;
  occurred_at: Date;
  country: string;
  admin1_key: string;
  admin1: string | null;
  admin1_code: string | null;
  event_type: string;
  killed: number;
  injured: number;
}

const UPSERT_SQL = `
INSERT INTO incidents AS i (id, version, level, event_type, sub_event_type, country, countries, admin1, admin1_code, admin1_key,
  admin2, city, lat, lon, region, first_seen, last_seen, occurred_at, killed, injured, summary, search)
SELECT u.id, u.version, u.level, u.event_type, u.sub_event_type, u.country,
  string_to_array(u.countries, E'\\x1f'), u.admin1, u.admin1_code, u.admin1_key,
  u.admin2, u.city, u.lat, u.lon, u.region, u.first_seen, u.last_seen, u.occurred_at, u.killed, u.injured, u.summary,
  setweight(to_tsvector('simple', u.t_titles), 'A') || setweight(to_tsvector('simple', u.t_places), 'B') || setweight(to_tsvector('simple', u.t_actors), 'C')
FROM unnest($1::text[], $2::int[], $3::smallint[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
  $10::text[], $11::text[], $12::float8[], $13::float8[], $14::text[], $15::timestamptz[], $16::timestamptz[], $17::timestamptz[],
  $18::int[], $19::int[], $20::text[], $21::text[], $22::text[], $23::text[], $24::text[])
  AS u(id, version, level, event_type, sub_event_type, country, admin1, admin1_code, admin1_key, admin2, city, lat, lon, region,
  first_seen, last_seen, occurred_at, killed, injured, summary, countries, t_titles, t_places, t_actors)
ON CONFLICT (id) DO UPDATE SET version = EXCLUDED.version, level = EXCLUDED.level, event_type = EXCLUDED.event_type,
  sub_event_type = EXCLUDED.sub_event_type, country = EXCLUDED.country, countries = EXCLUDED.countries, admin1 = EXCLUDED.admin1,
  admin1_code = EXCLUDED.admin1_code, admin1_key = EXCLUDED.admin1_key, admin2 = EXCLUDED.admin2, city = EXCLUDED.city,
  lat = EXCLUDED.lat, lon = EXCLUDED.lon, region = EXCLUDED.region, first_seen = EXCLUDED.first_seen, last_seen = EXCLUDED.last_seen,
  occurred_at = EXCLUDED.occurred_at, killed = EXCLUDED.killed, injured = EXCLUDED.injured, summary = EXCLUDED.summary,
  search = EXCLUDED.search, archived_at = now()`;

/** Joins an incident's countries in one text parameter (alpha-2 codes never hold it); split in SQL. */
const COUNTRY_SEPARATOR = '\u001f';

const DOCS_SQL = `
INSERT INTO incident_docs AS d (id, doc) SELECT * FROM unnest($1::text[], $2::jsonb[])
ON CONFLICT (id) DO UPDATE SET doc = EXCLUDED.doc`;

const REPORTS_SQL = `
INSERT INTO incident_reports (incident_id, article_id, source, url, title, published_at)
SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::timestamptz[])
ON CONFLICT DO NOTHING`;

const ROLLUP_SQL = `
INSERT INTO daily_rollups AS r (day, country, admin1_key, event_type, level, admin1, admin1_code, incidents, killed, injured)
SELECT * FROM unnest($1::date[], $2::text[], $3::text[], $4::text[], $5::smallint[], $6::text[], $7::text[], $8::int[], $9::int[], $10::int[])
ON CONFLICT (day, country, admin1_key, event_type, level) DO UPDATE SET
  incidents = r.incidents + EXCLUDED.incidents, killed = r.killed + EXCLUDED.killed, injured = r.injured + EXCLUDED.injured,
  admin1 = COALESCE(EXCLUDED.admin1, r.admin1), admin1_code = COALESCE(EXCLUDED.admin1_code, r.admin1_code)`;

/**
 * Writes incident versions to PostgreSQL: the latest version of each incident (only forward),
 * every report, and the daily rollups, in one transaction per call. Idempotent: a replayed or
 * redelivered version is not newer than what is stored and changes nothing.
 */
export class IncidentArchive {
  constructor(private readonly pool: Pool) {}

  async upsertMany(incidents: Incident[]): Promise<ArchivedChange[]> {
    // The latest version of each id in this call.
    const latest = new Map<string, IncidentRow>();
    for (const row of incidents.map(toIncidentRow)) {
      const seen = latest.get(row.id);
      if (isNewerVersion(row, seen)) latest.set(row.id, row);
    }
    const ids = [...latest.keys()].sort();
    if (ids.length === 0) return [];
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      // Same-id writers (a redelivery next to the original) take turns; sorted, so no deadlock.
      await client.query('SELECT pg_advisory_xact_lock(hashtextextended(id, 0)) FROM unnest($1::text[]) AS id ORDER BY id', [ids]);
      const stored = await this.stored(client, ids);
      const changes: ArchivedChange[] = [];
      for (const id of ids) {
        const next = latest.get(id)!;
        const old = stored.get(id);
        if (isNewerVersion(next, old)) changes.push({ next, old });
      }
      if (changes.length) {
        await this.writeIncidents(client, changes.map((c) => c.next));
        await this.writeReports(client, changes.map((c) => c.next));
        await this.writeRollups(client, changes);
      }
      await client.query('COMMIT');
      return changes;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      client.release();
    }
  }

  /** Deletes incidents (and their reports) last seen before the retention; rollups and signals stay. */
  async deleteOlderThan(days: number, batch = 10_000): Promise<number> {
    let total = 0;
    for (;;) {
      const { rows } = await this.pool.query<{ id: string }>(
        `DELETE FROM incidents WHERE id IN (SELECT id FROM incidents WHERE last_seen < now() - make_interval(days => $1) LIMIT $2) RETURNING id`,
        [days, batch],
      );
      if (rows.length === 0) return total;
      await this.pool.query('DELETE FROM incident_reports WHERE incident_id = ANY($1::text[])', [rows.map((r) => r.id)]);
      await this.pool.query('DELETE FROM incident_docs WHERE id = ANY($1::text[])', [rows.map((r) => r.id)]);
      total += rows.length;
    }
  }

  private async stored(client: PoolClient, ids: string[]): Promise<Map<string, RollupSource & StoredVersion>> {
    const { rows } = await client.query<StoredRow>(
      `SELECT id, version, level, last_seen, occurred_at, country, admin1_key, admin1, admin1_code, event_type, killed, injured
       FROM incidents WHERE id = ANY($1::text[])`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, {
      version: r.version, level: r.level, lastSeen: r.last_seen.toISOString(), occurredAt: r.occurred_at.toISOString(),
      country: r.country, admin1Key: r.admin1_key, admin1: r.admin1, admin1Code: r.admin1_code, eventType: r.event_type,
      killed: r.killed, injured: r.injured,
    }]));
  }

  private async writeIncidents(client: PoolClient, rows: IncidentRow[]): Promise<void> {
    const col = <K extends keyof IncidentRow>(k: K) => rows.map((r) => r[k]);
    const docs = rows.map((r) => JSON.stringify(r.doc));
    await client.query(DOCS_SQL, [col('id'), docs]);
    await client.query(UPSERT_SQL, [
      col('id'), col('version'), col('level'), col('eventType'), col('subEventType'), col('country'), col('admin1'), col('admin1Code'),
      col('admin1Key'), col('admin2'), col('city'), col('lat'), col('lon'), col('region'), col('firstSeen'), col('lastSeen'),
      col('occurredAt'), col('killed'), col('injured'), col('summary'), rows.map((r) => r.countries.join(COUNTRY_SEPARATOR)),
      col('textTitles'), col('textPlaces'), col('textActors'),
    ]);
  }

  private async writeReports(client: PoolClient, rows: IncidentRow[]): Promise<void> {
    const reports = rows.flatMap((r) => r.doc.reports.map((p) => [r.id, p.articleId, p.source, p.url, p.title, p.publishedAt] as const));
    if (reports.length === 0) return;
    await client.query(REPORTS_SQL, [0, 1, 2, 3, 4, 5].map((i) => reports.map((r) => r[i])));
  }

  private async writeRollups(client: PoolClient, changes: ArchivedChange[]): Promise<void> {
    const delta = rollupDelta(changes);
    if (delta.length === 0) return;
    const col = <K extends keyof (typeof delta)[number]>(k: K) => delta.map((d) => d[k]);
    await client.query(ROLLUP_SQL, [
      col('day'), col('country'), col('admin1Key'), col('eventType'), col('level'), col('admin1'), col('admin1Code'),
      col('incidents'), col('killed'), col('injured'),
    ]);
  }
}
