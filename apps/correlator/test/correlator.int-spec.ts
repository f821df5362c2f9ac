import { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Partitioners, Producer } from 'kafkajs';
import { ClassificationEngine } from '@sitrep/classification';
import { SitrepConfig } from '@sitrep/config';
import { ArticleClassifiedEvent, IncidentEvent, Topics } from '@sitrep/contracts';
import { createStageApp } from '@sitrep/http';
import { ReportFeaturesExtractor } from '@sitrep/correlation';
import { createKafka, TopicNamer } from '@sitrep/messaging';
import { registry } from '@sitrep/observability';
import { REPORT_A, REPORT_A_REWRITE, REPORT_B, testConfig, TopicProbe, waitFor } from '@sitrep/testing';
import {
  classifiedEvent,
  marketBombingFriday,
  marketBombingTuesday,
  quakeChile,
  raidFiveDead,
  raidFortyDead,
  reportA,
  rewriteOfA,
  wireCopyOfA,
  type ReportInput,
} from '../../../libs/correlation/test/report.fixtures';
import { CorrelatorModule } from '../src/correlator.module';

/**
 * Two correlator instances in one consumer group on the real broker and Redis: related reports
 * sent to different partitions at the same moment make one incident, and a redelivered report
 * changes nothing.
 */
describe('correlator stage, two instances (integration)', () => {
  let config: SitrepConfig;
  const apps: INestApplication[] = [];
  let producer: Producer;
  let out: TopicProbe;
  const engine = ClassificationEngine.create();

  const classified = (a: typeof REPORT_A): ArticleClassifiedEvent => {
    const article = { ...a, receivedAt: new Date().toISOString() };
    return Object.assign(new ArticleClassifiedEvent(), {
      eventId: randomUUID(), occurredAt: article.receivedAt, schemaVersion: 1, correlationId: a.id,
      article, classification: engine.classify({ title: a.title, body: a.body }),
    });
  };

  beforeAll(async () => {
    config = await testConfig();
    for (let i = 0; i < 2; i++) apps.push(await createStageApp(CorrelatorModule, { name: 'correlator', consumes: true, ops: false, config }));
    out = await new TopicProbe(config, Topics.incidents).start();
    producer = createKafka(config, 'test').producer({ createPartitioner: Partitioners.DefaultPartitioner });
    await producer.connect();
  });

  afterAll(async () => {
    await producer?.disconnect();
    await out?.stop();
    for (const app of apps) await app.close();
  });

  it('merges A, B and a rewrite of A into one incident, whatever partition each lands on', async () => {
    const topic = new TopicNamer(config.kafka.topicPrefix).physical(Topics.articlesClassified);
    const events = [REPORT_A, REPORT_B, REPORT_A_REWRITE].map(classified);
    // One partition each, all at once, so both instances work at the same moment.
    await producer.send({ topic, messages: events.map((e, partition) => ({ key: e.article.id, value: JSON.stringify(e), partition })) });
    // The same event again (a redelivery after a crash), and A sent again by its producer (new event id).
    await producer.send({
      topic,
      messages: [
        { key: REPORT_A.id, value: JSON.stringify(events[0]), partition: 2 },
        { key: REPORT_A.id, value: JSON.stringify({ ...events[0], eventId: randomUUID() }), partition: 2 },
      ],
    });

    // All four handled (the registry is this process's), and the incident has grown to three reports.
    await waitFor(async () => {
      const m = await registry.getSingleMetric('sitrep_stage_processed_total')!.get();
      return m.values.filter((v) => v.labels.stage === 'correlator').reduce((a, v) => a + v.value, 0) >= 5;
    }, { what: 'the correlator to handle all five events' });
    const seen = await waitFor(() => {
      const incidents = out.messages.map((m) => JSON.parse(m.value) as IncidentEvent);
      const last = incidents[incidents.length - 1];
      return last && last.incident.reports.length === 3 ? incidents : null;
    }, { what: 'one incident with three reports' });
    expect(new Set(seen.map((e) => e.incident.id)).size).toBe(1);
    expect(seen.filter((e) => e.type === 'opened')).toHaveLength(1);
    expect([...new Set(seen.map((e) => e.articleId))].sort()).toEqual([REPORT_A.id, REPORT_A_REWRITE.id, REPORT_B.id].sort());
    // The redelivered event re-publishes its incident (its first publish may have been lost);
    // the producer's second send of A is a duplicate and publishes nothing.
    await waitFor(() => out.messages.length >= 4, { what: 'the redelivery to re-publish its incident' });
    const all = out.messages.map((m) => JSON.parse(m.value) as IncidentEvent);
    expect(all.filter((e) => e.articleId === REPORT_A.id)).toHaveLength(2);
    expect(all.filter((e) => e.type === 'opened')).toHaveLength(1);
  });

  it('keeps similar events apart, merges a rewrite, drops a wire copy and a non-event (issue 17)', async () => {
    const topic = new TopicNamer(config.kafka.topicPrefix).physical(Topics.articlesClassified);
    const extractor = new ReportFeaturesExtractor();
    // As the classifier sends them: features computed there, the body cut to its lead.
    const tag = randomUUID().slice(0, 8);
    const sent = (r: ReportInput): ArticleClassifiedEvent => {
      const e = classifiedEvent({ ...r, id: `${tag}-${r.id}`, url: `https://news.example/${tag}/${r.id}` });
      return { ...e, correlation: extractor.textFeatures(e.article.title, e.article.body), article: { ...e.article, body: e.article.body.slice(0, 200) } };
    };
    const before = out.messages.length;
    const reports = [marketBombingTuesday, marketBombingFriday, raidFiveDead, raidFortyDead, reportA, rewriteOfA, wireCopyOfA, quakeChile];
    // One partition, in order: the rewrite and the wire copy come after A.
    await producer.send({ topic, messages: reports.map((r) => ({ key: 'k', value: JSON.stringify(sent(r)), partition: 0 })) });
    const events = await waitFor(() => {
      const mine = out.messages.slice(before).map((m) => JSON.parse(m.value) as IncidentEvent).filter((e) => e.articleId.startsWith(tag));
      return mine.length >= 6 ? mine : null;
    }, { what: 'six incident events' });
    const incidentOf = (r: ReportInput) => events.find((e) => e.articleId === `${tag}-${r.id}`)?.incident.id;
    expect(events.filter((e) => e.type === 'opened').map((e) => e.articleId).sort()).toEqual(
      [marketBombingTuesday, marketBombingFriday, raidFiveDead, raidFortyDead, reportA].map((r) => `${tag}-${r.id}`).sort(),
    );
    expect(incidentOf(rewriteOfA)).toBe(incidentOf(reportA));
    // The wire copy (A's body) and the earthquake publish nothing: counted as dropped.
    await waitFor(async () => {
      const m = await registry.getSingleMetric('sitrep_stage_dropped_total')?.get();
      const reasons = (m?.values ?? []).filter((v) => v.labels.stage === 'correlator').map((v) => String(v.labels.reason));
      return reasons.includes('duplicate_same_text') && reasons.includes('not_an_event');
    }, { what: 'the wire copy and the non-event to be dropped' });
    expect(out.messages.slice(before).map((m) => JSON.parse(m.value) as IncidentEvent).filter((e) => e.articleId.startsWith(tag))).toHaveLength(6);
  });
});
