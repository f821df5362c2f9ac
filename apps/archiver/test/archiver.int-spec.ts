import { INestApplication } from '@nestjs/common';
import { Partitioners, Producer } from 'kafkajs';
import { Pool } from 'pg';
import { IncidentSearch, PlaceContextQuery, TrendsQuery } from '@sitrep/archive';
import { SitrepConfig } from '@sitrep/config';
import { Incident, SignalEvent, Topics } from '@sitrep/contracts';
import { createStageApp } from '@sitrep/http';
import { createKafka, TopicNamer } from '@sitrep/messaging';
import { testConfig, TopicProbe, waitFor } from '@sitrep/testing';
import { incidentEvent, makeIncident } from '../../../libs/archive/test-support/incident.factory';
import { dropTestSchema, testDatabaseUrl } from '../../../libs/archive/test-support/test-database';
import { ArchiverModule } from '../src/archiver.module';

const DAY = 86_400_000;
const at = (daysAgo: number, minutes = 0) => new Date(Date.UTC(2026, 10, 30, 12) - daysAgo * DAY + minutes * 60_000).toISOString();

/**
 * The archiver on the real broker and PostgreSQL: versions move forward only, every report is
 * kept, full text finds an incident, a backfill raises one surge where a province heats up and
 * none where it stays quiet, and a replay of the whole topic changes nothing.
 */
describe('archiver stage (integration)', () => {
  let config: SitrepConfig;
  let schema: string;
  let app: INestApplication;
  let producer: Producer;
  let pool: Pool;
  let signalsOut: TopicProbe;
  const sent: Incident[] = [];

  const send = async (incidents: Incident[]) => {
    const topic = new TopicNamer(config.kafka.topicPrefix).physical(Topics.incidents);
    await producer.send({ topic, messages: incidents.map((i) => ({ key: i.id, value: JSON.stringify(incidentEvent(i)) })) });
    sent.push(...incidents);
  };
  const count = async (sql: string) => Number((await pool.query<{ n: string }>(sql)).rows[0].n);
  /** Everything the archive holds, as one comparable value. */
  const snapshot = async () => (await pool.query(`SELECT
      (SELECT md5(string_agg(i.id || version || level || d.doc::text || search::text, ',' ORDER BY i.id)) FROM incidents i JOIN incident_docs d USING (id)) AS incidents,
      (SELECT md5(string_agg(incident_id || article_id, ',' ORDER BY incident_id, article_id)) FROM incident_reports) AS reports,
      (SELECT md5(string_agg(day || country || admin1_key || level || incidents || killed, ',' ORDER BY day, country, admin1_key, event_type, level)) FROM daily_rollups) AS rollups,
      (SELECT md5(string_agg(id || observed || baseline, ',' ORDER BY id)) FROM signals) AS signals`)).rows[0];

  beforeAll(async () => {
    const db = testDatabaseUrl();
    schema = db.schema;
    config = await testConfig({ DATABASE_URL: db.url });
    app = await createStageApp(ArchiverModule, { name: 'archiver', consumes: true, ops: false, config });
    pool = new Pool({ connectionString: config.archive.databaseUrl, max: 2 });
    producer = createKafka(config, 'test').producer({ createPartitioner: Partitioners.DefaultPartitioner });
    await producer.connect();
    signalsOut = await new TopicProbe(config, Topics.signals).start();
  });

  afterAll(async () => {
    await signalsOut?.stop();
    await producer?.disconnect();
    await app?.close();
    await pool?.end();
    if (schema) await dropTestSchema(schema);
  });

  it('keeps the latest version and every report; an older version arriving later changes nothing', async () => {
    const v1 = makeIncident({ id: 'inc-asad', reportsAt: [at(2)], admin1: 'Al Anbar', admin1Code: 'IQ-AN', title: 'Rockets hit Ain al-Asad air base', killed: 0 });
    const v2 = { ...makeIncident({ id: 'inc-asad', reportsAt: [at(2), at(2, 20)], admin1: 'Al Anbar', admin1Code: 'IQ-AN', title: 'Rockets hit Ain al-Asad air base', killed: 2 }), level: 4 as const };
    await send([v2]);
    await waitFor(() => count(`SELECT count(*) AS n FROM incidents WHERE id = 'inc-asad' AND version = 2`), { what: 'version 2 archived' });
    await send([v1]);
    await waitFor(() => count(`SELECT count(*) AS n FROM incident_reports`).then((n) => n === 2), { what: 'two reports' });
    // v1 came after v2: still v2, counted once in the rollups, with its two killed.
    const search = new IncidentSearch(pool);
    await waitFor(async () => (await search.get('inc-asad'))?.reports.length === 2, { what: 'v2 kept' });
    const rollup = (await pool.query(`SELECT sum(incidents) AS n, sum(killed) AS k FROM daily_rollups WHERE admin1_key = 'IQ-AN'`)).rows[0];
    expect({ n: Number(rollup.n), k: Number(rollup.k) }).toEqual({ n: 1, k: 2 });

    const found = await search.page({ q: 'Ain al-Asad' }, 10);
    expect(found.items.map((i) => i.id)).toEqual(['inc-asad']);
    expect((await search.page({ q: 'Asad', admin1: 'IQ-AN', minLevel: 4 }, 10)).items).toHaveLength(1);
    expect((await search.page({ q: 'Asad', admin1: 'al anbar' }, 10)).items).toHaveLength(1);
    expect((await search.page({ q: 'Mosul' }, 10)).items).toHaveLength(0);
    expect((await search.page({ q: 'Asad', eventType: 'Protests' }, 10)).items).toHaveLength(0);
  });

  it('raises one surge for the province that heats up, none for the quiet one, from a dated backfill', async () => {
    const incidents: Incident[] = [];
    // Four quiet weeks: one level-3 incident a week in each province.
    for (let week = 1; week <= 4; week++) {
      incidents.push(makeIncident({ reportsAt: [at(7 * week + 3)], admin1: 'Nineveh', admin1Code: 'IQ-NI' }));
      incidents.push(makeIncident({ reportsAt: [at(7 * week + 3)], admin1: 'Basra', admin1Code: 'IQ-BA' }));
    }
    // The quiet weeks are in the archive before the busy week arrives (a backfill in date order;
    // the stage handles a partition's messages concurrently, so one send could race the baseline).
    await send(incidents);
    await waitFor(() => count(`SELECT count(*) AS n FROM incidents WHERE admin1_key IN ('IQ-NI', 'IQ-BA')`).then((n) => n === incidents.length), { what: 'the quiet weeks archived' });
    // Then a busy week in Nineveh (five), and the usual one in Basra.
    const busy: Incident[] = [];
    for (let d = 0; d < 5; d++) busy.push(makeIncident({ reportsAt: [at(d)], admin1: 'Nineveh', admin1Code: 'IQ-NI', title: `Clash ${d} in Mosul` }));
    busy.push(makeIncident({ reportsAt: [at(1)], admin1: 'Basra', admin1Code: 'IQ-BA' }));
    await send(busy);
    incidents.push(...busy);

    await waitFor(() => count(`SELECT count(*) AS n FROM incidents WHERE admin1_key IN ('IQ-NI', 'IQ-BA')`).then((n) => n === incidents.length), { what: 'the backfill archived' });
    const surges = await waitFor(async () => {
      const s = signalsOut.messages.map((m) => (JSON.parse(m.value) as SignalEvent).signal).filter((x) => x.kind === 'surge' && x.admin1Code);
      return s.length ? s : null;
    }, { what: 'a surge on the signals topic' });
    expect(surges.map((s) => s.admin1Code)).toEqual(['IQ-NI']);
    expect(surges[0]).toMatchObject({ country: 'IQ', admin1: 'Nineveh', baseline: 1 });
    expect(surges[0].observed).toBeGreaterThanOrEqual(3);
    expect(surges[0].incidentIds.length).toBe(surges[0].observed);
    expect(surges[0].summary).toMatch(/in Nineveh \(IQ\) in 7 days \(previous 4 weeks: 1 a week\)/);
    expect(await count(`SELECT count(*) AS n FROM signals WHERE kind = 'surge' AND admin1_code = 'IQ-BA'`)).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM signals WHERE kind = 'surge' AND admin1_code = 'IQ-NI'`)).toBe(1);

    // An alert for one more incident there says where it stands (it is not archived yet: counted once).
    const next = makeIncident({ reportsAt: [at(0, 30)], admin1: 'Nineveh', admin1Code: 'IQ-NI' });
    expect(await new PlaceContextQuery(pool).describe(next)).toBe('6th level ≥ 3 incident in Nineveh (IQ) in 7 days (previous 4 weeks: 1 a week)');
    expect(await new PlaceContextQuery(pool).describe({ ...next, level: 2 })).toBeNull();

    const weeks = await new TrendsQuery(pool).buckets({ admin1: 'IQ-NI', from: at(34), to: at(0) }, 'week');
    expect(weeks.reduce((a, b) => a + b.incidents, 0)).toBe(9);
    expect(weeks.reduce((a, b) => a + b.byLevel['3'], 0)).toBe(9);
  });

  it('raises the surge when a busy week arrives last day first', async () => {
    // Three level-3 incidents in Marib on three days, archived newest first: each, when archived,
    // is the earliest of those in the archive, so only the later days' windows hold all three.
    for (const [k, d] of [2, 3, 4].entries()) {
      await send([makeIncident({ reportsAt: [at(d)], country: 'YE', admin1: 'Marib', admin1Code: 'YE-MA', title: `Shelling ${d} in Marib` })]);
      await waitFor(() => count(`SELECT count(*) AS n FROM incidents WHERE admin1_key = 'YE-MA'`).then((n) => n === k + 1), { what: `Marib incident ${k + 1} archived` });
    }
    await waitFor(() => count(`SELECT count(*) AS n FROM signals WHERE kind = 'surge' AND admin1_code = 'YE-MA'`).then((n) => n === 1), { what: 'a surge for Marib' });
    const { rows } = await pool.query<{ observed: number; baseline: number }>(`SELECT observed, baseline FROM signals WHERE kind = 'surge' AND admin1_code = 'YE-MA'`);
    expect(rows).toEqual([{ observed: 3, baseline: 0 }]);
  });

  it('raises breaking once for an incident three sources reported within 30 minutes', async () => {
    const inc = makeIncident({ id: 'inc-breaking', reportsAt: [at(0, 0), at(0, 4), at(0, 9)], sources: ['a.example', 'b.example', 'c.example'], country: 'SY', admin1: 'Idlib', admin1Code: 'SY-ID' });
    await send([inc]);
    const b = await waitFor(async () => signalsOut.messages.map((m) => (JSON.parse(m.value) as SignalEvent).signal).find((s) => s.kind === 'breaking'), { what: 'breaking' });
    expect(b).toMatchObject({ id: 'breaking:inc-breaking', observed: 3, incidentIds: ['inc-breaking'], at: at(0, 9) });
  });

  it('raises a record when 30-day killed pass the 12-month high, above the floor', async () => {
    const diyala = (daysAgo: number, killed: number) => makeIncident({ reportsAt: [at(daysAgo)], country: 'IQ', admin1: 'Diyala', admin1Code: 'IQ-DI', level: 4, killed });
    await send([diyala(200, 80), diyala(150, 40)]);
    await waitFor(() => count(`SELECT count(*) AS n FROM incidents WHERE admin1_key = 'IQ-DI'`).then((n) => n === 2), { what: 'the history archived' });
    await send([diyala(10, 60)]);
    await waitFor(() => count(`SELECT count(*) AS n FROM incidents WHERE admin1_key = 'IQ-DI'`).then((n) => n === 3), { what: 'a quiet month archived' });
    expect(await count(`SELECT count(*) AS n FROM signals WHERE kind = 'record'`)).toBe(0);
    await send([diyala(3, 45)]);
    const record = await waitFor(async () => signalsOut.messages.map((m) => (JSON.parse(m.value) as SignalEvent).signal).find((x) => x.kind === 'record' && x.admin1Code === 'IQ-DI'), { what: 'a record for Diyala' });
    expect(record).toMatchObject({ observed: 105, baseline: 80, country: 'IQ', admin1: 'Diyala' });
    expect(record.incidentIds).toHaveLength(2);
  });

  it('leaves the archive unchanged when the whole topic is delivered again', async () => {
    const before = await snapshot();
    const published = signalsOut.messages.length;
    const again = [...sent];
    sent.length = 0;
    await send(again);
    // Every redelivery handled (the archiver counts each as unchanged) before comparing.
    const { registry } = await import('@sitrep/observability');
    await waitFor(async () => {
      const m = await registry.getSingleMetric('sitrep_stage_dropped_total')!.get();
      return m.values.filter((v) => v.labels.stage === 'archiver' && v.labels.reason === 'unchanged').reduce((a, v) => a + v.value, 0) >= again.length;
    }, { what: 'the redelivery handled' });
    expect(await snapshot()).toEqual(before);
    expect(signalsOut.messages.length).toBe(published);
  });
});
