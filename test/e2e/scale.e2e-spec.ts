import { INestApplication, Module } from '@nestjs/common';
import { AssignerProtocol, Kafka, Partitioners } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { SitrepConfig } from '@sitrep/config';
import { ArticleReceivedEvent, Incident, IncidentEvent, Topics } from '@sitrep/contracts';
import { createStageApp } from '@sitrep/http';
import { createKafka, TopicNamer } from '@sitrep/messaging';
import { listenOnLoopback, testConfig, TopicProbe, waitFor, WebhookReceiver } from '@sitrep/testing';
import { ApiModule } from '../../apps/api/src/api.module';
import { ClassifierModule } from '../../apps/classifier/src/classifier.module';
import { CorrelatorModule } from '../../apps/correlator/src/correlator.module';
import { IngestModule } from '../../apps/ingest/src/ingest.module';
import { NotifierModule } from '../../apps/notifier/src/notifier.module';
import { ArticleGenerator } from '../../scripts/bench/lib/article-generator';

@Module({ imports: [IngestModule, ApiModule] })
class FrontDoorModule {}

/**
 * Two instances of every stage in one consumer group each (as two deployments of the same app
 * would run): the partitions are split between them, and every article is accounted for exactly
 * once: in exactly one incident, opened once, alerted once per rule, incident and level, also
 * when one instance of each stage leaves the group mid-stream and the other takes its partitions.
 */
describe('scale: two instances per stage (e2e)', () => {
  let config: SitrepConfig;
  let kafka: Kafka;
  let namer: TopicNamer;
  let base: string;
  let receiver: WebhookReceiver;
  let incidents: TopicProbe;
  let classified: TopicProbe;
  const apps: { stage: string; app: INestApplication; open: boolean }[] = [];
  const stages = [['classifier', ClassifierModule], ['correlator', CorrelatorModule], ['notifier', NotifierModule]] as const;

  beforeAll(async () => {
    receiver = await new WebhookReceiver().start();
    config = await testConfig({ WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' });
    kafka = createKafka(config, 'sitrep-test-scale');
    namer = new TopicNamer(config.kafka.topicPrefix);
    for (const [name, feature] of stages) {
      for (let i = 0; i < 2; i++) apps.push({ stage: name, app: await createStageApp(feature, { name, consumes: true, ops: false, config }), open: true });
    }
    const front = await createStageApp(FrontDoorModule, { name: 'api', consumes: true, ops: true, config });
    base = await listenOnLoopback(front);
    apps.push({ stage: 'api', app: front, open: true });
    incidents = await new TopicProbe(config, Topics.incidents).start();
    classified = await new TopicProbe(config, Topics.articlesClassified).start();
    await waitFor(async () => (await fetch(`${base}/health/ready`)).status === 200, { what: 'ready', timeoutMs: 90_000 });
  });

  afterAll(async () => {
    await incidents?.stop();
    await classified?.stop();
    for (const a of apps.reverse()) if (a.open) await a.app.close();
    await receiver?.stop();
  });

  /** Partitions assigned to each member of a stage's group. */
  const assignments = async (stage: string) => {
    const admin = kafka.admin();
    await admin.connect();
    try {
      const { groups } = await admin.describeGroups([`${config.kafka.groupPrefix}.sitrep-${stage}`]);
      return groups[0].members.map((m) => AssignerProtocol.MemberAssignment.decode(m.memberAssignment)?.assignment ?? {});
    } finally {
      await admin.disconnect();
    }
  };

  it('splits each stage group between its two instances', async () => {
    for (const [stage] of stages) {
      const members = await waitFor(async () => {
        const m = await assignments(stage);
        return m.length === 2 && m.every((a) => Object.values(a).flat().length > 0) ? m : null;
      }, { what: `two members with partitions in the ${stage} group`, timeoutMs: 60_000 });
      const topic = stage === 'classifier' ? Topics.articlesRaw : stage === 'correlator' ? Topics.articlesClassified : Topics.incidents;
      const parts = members.flatMap((a) => a[namer.physical(topic)] ?? []).sort((x, y) => x - y);
      // Every partition owned by exactly one instance.
      expect(parts).toEqual([...new Set(parts)]);
      expect(parts.length).toBe(stage === 'notifier' ? 3 : 6);
    }
  });

  it('accounts for every article exactly once, across a member leaving mid-stream', async () => {
    const rule = await fetch(`${base}/v1/rules`, {
      method: 'POST',
      headers: { authorization: 'Bearer test-admin-key', 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'scale: significant', minLevel: 3, channels: { webhooks: [{ url: receiver.url, secret: 'scale-secret-123' }] } }),
    });
    expect(rule.status).toBe(201);
    const ruleId = ((await rule.json()) as { id: string }).id;

    const gen = new ArticleGenerator(5, `scale-${config.kafka.topicPrefix}`, 0, 0, 100_000);
    const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
    await producer.connect();
    const ids: string[] = [];
    const sentArticles = new Map<string, ReturnType<typeof gen.newAt>['article']>();
    const send = async (n: number, offset: number) => {
      const receivedAt = new Date().toISOString();
      const batch = Array.from({ length: n }, (_, i) => gen.newAt(offset + i).article);
      ids.push(...batch.map((a) => a.id));
      for (const a of batch) sentArticles.set(a.id, a);
      await producer.send({
        topic: namer.physical(Topics.articlesRaw),
        messages: batch.map((a) => ({
          key: a.id,
          value: JSON.stringify(Object.assign(new ArticleReceivedEvent(), { eventId: randomUUID(), occurredAt: receivedAt, schemaVersion: 1, correlationId: a.id, article: { ...a, receivedAt } })),
        })),
      });
    };
    const N = 240;
    for (let i = 0; i < N / 2; i += 20) await send(20, i);
    // One instance of each stage leaves (a scale-down or a deploy); the other takes its partitions.
    for (const [stage] of stages) {
      const leaving = apps.find((a) => a.stage === stage && a.open)!;
      leaving.open = false;
      await leaving.app.close();
    }
    for (let i = N / 2; i < N; i += 20) await send(20, i);
    // Exact resends of a few articles: duplicates, not new reports.
    await producer.send({ topic: namer.physical(Topics.articlesRaw), messages: ids.slice(0, 10).map((id) => ({ key: id, value: JSON.stringify(sentArticles.get(id)) })) });
    await producer.disconnect();

    const latest = () => {
      const byIncident = new Map<string, Incident>();
      const opened = new Map<string, number>();
      for (const m of incidents.messages) {
        const e = JSON.parse(m.value) as IncidentEvent;
        byIncident.set(e.incident.id, e.incident);
        if (e.type === 'opened') opened.set(e.incident.id, (opened.get(e.incident.id) ?? 0) + 1);
      }
      return { byIncident, opened };
    };
    // An article the classifier calls "Not a conflict event" opens no incident and joins none
    // (the correlator counts it as not_an_event): it is accounted for on articles.classified.
    const nonEvents = () => new Set(classified.messages
      .map((m) => JSON.parse(m.value) as { article: { id: string }; classification: { eventType: string } })
      .filter((e) => e.classification.eventType === 'Not a conflict event')
      .map((e) => e.article.id));
    await waitFor(() => {
      const seen = new Set([...latest().byIncident.values()].flatMap((i) => i.reports.map((r) => r.articleId)));
      const quiet = nonEvents();
      const missing = ids.filter((id) => !seen.has(id) && !quiet.has(id));
      if (missing.length) throw new Error(`${missing.length} missing, e.g. ${missing.slice(0, 3).join(', ')}`);
      return true;
    }, { what: `all ${N} articles in incidents`, timeoutMs: 150_000 });
    await new Promise((r) => setTimeout(r, 3000)); // let redeliveries, if any, land
    const { byIncident, opened } = latest();
    const count = new Map<string, number>();
    for (const inc of byIncident.values()) for (const r of inc.reports) count.set(r.articleId, (count.get(r.articleId) ?? 0) + 1);
    const quiet = nonEvents();
    expect(ids.filter((id) => (quiet.has(id) ? count.has(id) : count.get(id) !== 1)).map((id) => `${id}: in ${count.get(id) ?? 0} incidents${quiet.has(id) ? ", classified not an event" : ""} (#${ids.indexOf(id)}, ${classified.messages.filter((m) => m.value.includes(id)).map((m) => (JSON.parse(m.value) as { classification: { eventType: string } }).classification.eventType).join("/")})`)).toEqual([]);
    expect(quiet.size).toBeLessThan(ids.length / 2);
    expect([...opened.values()].filter((n) => n !== 1)).toEqual([]);

    // Alerts: one webhook per (rule, incident, level), none twice.
    const expected = [...byIncident.values()].filter((i) => i.level >= 3);
    await waitFor(() => receiver.requests.length >= expected.length, { what: `${expected.length} webhooks`, timeoutMs: 60_000 });
    await new Promise((r) => setTimeout(r, 2000));
    const keys = receiver.requests.map((r) => {
      const body = JSON.parse(r.rawBody) as { rule: { id: string }; incident: { id: string; level: number } };
      return `${body.rule.id}:${body.incident.id}:${body.incident.level}`;
    });
    expect(keys.length).toBe(new Set(keys).size);
    for (const i of expected) expect(keys).toContain(`${ruleId}:${i.id}:${i.level}`);
  });
});
