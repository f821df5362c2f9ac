import { Pool } from 'pg';
import { IncidentArchive, IncidentSearch, migrate, MIGRATIONS, TrendsQuery } from '@sitrep/archive';
import { makeIncident } from '../test-support/incident.factory';
import { dropTestSchema, testDatabaseUrl } from '../test-support/test-database';

/**
 * An archive created by the first release's migration is upgraded in place: the later migrations
 * apply over its rows, and what it held is found, counted and updated as before.
 */
describe('archive migrations (integration)', () => {
  let schema: string;
  let pool: Pool;

  beforeAll(() => {
    const db = testDatabaseUrl();
    schema = db.schema;
    pool = new Pool({ connectionString: db.url, max: 2 });
  });

  afterAll(async () => {
    await pool?.end();
    if (schema) await dropTestSchema(schema);
  });

  it('upgrades an archive written under migration 0001 without losing or double counting anything', async () => {
    expect(await migrate(pool, MIGRATIONS.slice(0, 1))).toEqual(['0001-archive']);
    const archive = new IncidentArchive(pool);
    const v1 = makeIncident({ id: 'inc-old', reportsAt: ['2026-11-20T10:00:00Z'], country: 'IQ', admin1: 'Al Anbar', admin1Code: 'IQ-AN', title: 'Rockets hit Ain al-Asad air base', killed: 1 });
    await archive.upsertMany([v1, makeIncident({ id: 'inc-other', reportsAt: ['2026-11-21T10:00:00Z'], country: 'SY', title: 'Protest in Idlib', eventType: 'Protests' })]);

    expect(await migrate(pool, MIGRATIONS)).toEqual(MIGRATIONS.slice(1).map((m) => m.id));
    const indexes = (await pool.query<{ name: string }>(`SELECT indexname AS name FROM pg_indexes WHERE schemaname = current_schema()`)).rows.map((r) => r.name);
    expect(indexes).toEqual(expect.arrayContaining(['incidents_search_filters_gin', 'daily_rollups_pkey']));
    expect(indexes).not.toEqual(expect.arrayContaining(['incidents_search_gin']));

    const search = new IncidentSearch(pool);
    expect((await search.page({ q: 'Ain al-Asad', country: 'IQ' }, 10)).items.map((i) => i.id)).toEqual(['inc-old']);
    expect((await search.page({ q: 'Idlib', eventType: 'Protests' }, 10)).items.map((i) => i.id)).toEqual(['inc-other']);

    // A newer version after the upgrade moves the rollups by its delta; a redelivery changes nothing.
    const v2 = makeIncident({ id: 'inc-old', reportsAt: ['2026-11-20T10:00:00Z', '2026-11-20T11:00:00Z'], country: 'IQ', admin1: 'Al Anbar', admin1Code: 'IQ-AN', title: 'Rockets hit Ain al-Asad air base', killed: 3 });
    expect(await archive.upsertMany([v2])).toHaveLength(1);
    expect(await archive.upsertMany([v2, v1])).toHaveLength(0);
    const trend = await new TrendsQuery(pool).buckets({ country: 'IQ', from: '2026-11-20T00:00:00Z', to: '2026-11-20T23:59:59Z' }, 'day');
    expect(trend).toEqual([{ start: '2026-11-20', incidents: 1, byLevel: { 1: 0, 2: 0, 3: 1, 4: 0, 5: 0 }, killed: 3, injured: 0 }]);
    expect(await migrate(pool, MIGRATIONS)).toEqual([]);
  });
});
