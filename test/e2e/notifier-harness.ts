import { INestApplication } from '@nestjs/common';
import Redis from 'ioredis';
import { randomUUID } from 'node:crypto';
import { Producer } from 'kafkajs';
import { loadConfig, SitrepConfig } from '@sitrep/config';
import { Incident, IncidentEvent, Topics } from '@sitrep/contracts';
import { createStageApp } from '@sitrep/http';
import { createKafka, TopicNamer } from '@sitrep/messaging';
import { registry } from '@sitrep/observability';
import { RuleStore } from '@sitrep/rule-store';
import { listenOnLoopback, testEnv, TopicProbe, waitFor } from '@sitrep/testing';
import { ApiModule } from '../../apps/api/src/api.module';
import { NotifierModule } from '../../apps/notifier/src/notifier.module';
import { setupOpenApi } from '../../apps/api/src/openapi';

/**
 * The notifier end to end without the classifier and correlator: incident events are written
 * straight to the `incidents` topic (so a test decides levels and titles), the api serves rules,
 * deliveries and the dev mailbox (the real SMTP catcher), and the notifier runs with a clock the
 * test can move forward (digests and quiet hours in seconds).
 */
export class NotifierHarness {
  config!: SitrepConfig;
  env!: Record<string, string>;
  base = '';
  /** Added to the real time on the notifier's clock. */
  clockOffsetMs = 0;
  readonly now = () => Date.now() + this.clockOffsetMs;
  private api: INestApplication | null = null;
  notifier: INestApplication | null = null;
  private producer: Producer | null = null;
  private probes: TopicProbe[] = [];
  readonly adminAuth = { authorization: 'Bearer test-admin-key', 'content-type': 'application/json' };

  async start(env: Record<string, string> = {}, opts: { notifier?: boolean } = {}): Promise<this> {
    this.env = await testEnv({ LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'error', ...env });
    this.config = loadConfig(this.env);
    this.api = await createStageApp(ApiModule, { name: 'api', consumes: true, ops: false, config: this.config });
    setupOpenApi(this.api);
    this.base = await listenOnLoopback(this.api);
    if (opts.notifier !== false) await this.startNotifier();
    this.producer = createKafka(this.config, 'notifier-test').producer();
    await this.producer.connect();
    return this;
  }

  async startNotifier(): Promise<INestApplication> {
    this.notifier = await createStageApp(NotifierModule.withOptions({ now: this.now, pollIntervalMs: 100 }), {
      name: 'notifier', consumes: true, ops: false, config: this.config,
    });
    return this.notifier;
  }

  async stop(): Promise<void> {
    await Promise.all(this.probes.map((p) => p.stop()));
    await this.producer?.disconnect();
    await this.notifier?.close();
    await this.api?.close();
    await this.cleanRedis();
  }

  /** Redis is shared: remove every key of this run's prefix. */
  private async cleanRedis(): Promise<void> {
    const redis = new Redis(this.config.redis.url);
    try {
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `${this.config.redis.prefix}*`, 'COUNT', 500);
        if (keys.length) await redis.del(...keys);
        cursor = next;
      } while (cursor !== '0');
    } finally {
      await redis.quit();
    }
  }

  async probe(topic: string): Promise<TopicProbe> {
    const p = await new TopicProbe(this.config, topic).start();
    this.probes.push(p);
    return p;
  }

  post(path: string, body: unknown, headers: Record<string, string> = this.adminAuth): Promise<Response> {
    return fetch(`${this.base}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
  }

  /**
   * Creates a rule through the API and waits until the running notifier has read it from the
   * `rules` topic: rules reach other processes in milliseconds, but an incident published in
   * between would be matched without the new rule (as it would in production), and the test
   * would wait for an alert that is never due.
   */
  async createRule(body: Record<string, unknown>): Promise<string> {
    const res = await this.post('/v1/rules', body);
    if (res.status !== 201) throw new Error(`rule not created: ${res.status} ${await res.text()}`);
    const id = ((await res.json()) as { id: string }).id;
    const notifier = this.notifier;
    if (notifier) await this.waitFor(() => notifier.get(RuleStore).get(id) !== undefined, { what: `rule ${id} in the notifier`, timeoutMs: 10_000, intervalMs: 20 });
    return id;
  }

  async mailTo(address: string): Promise<{ to: string; subject: string; text: string; html: string }[]> {
    const items = ((await (await fetch(`${this.base}/v1/dev/mailbox`)).json()) as { items: { to: string; subject: string; text: string; html: string }[] }).items;
    return items.filter((m) => m.to.includes(address));
  }

  async deliveries(query: string): Promise<{ id: string; channel: string; status: string; attempts: number; lastError: string | null; latencyMs: number | null; target: string }[]> {
    const res = await fetch(`${this.base}/v1/deliveries?${query}`, { headers: this.adminAuth });
    return ((await res.json()) as { items: [] }).items;
  }

  /** Publishes an incident event as the correlator would. */
  async publishIncident(incident: Incident, type: IncidentEvent['type'] = 'opened'): Promise<void> {
    const event: IncidentEvent = Object.assign(new IncidentEvent(), {
      eventId: randomUUID(),
      occurredAt: new Date().toISOString(),
      schemaVersion: 1,
      correlationId: randomUUID(),
      type,
      incident,
      articleId: incident.reports[0].articleId,
      articleReceivedAt: new Date(Date.now() - 1500).toISOString(),
    });
    await this.producer!.send({
      topic: new TopicNamer(this.config.kafka.topicPrefix).physical(Topics.incidents),
      messages: [{ key: incident.id, value: JSON.stringify(event) }],
    });
  }

  waitFor = waitFor;
}

/** Sum of the `sitrep_stage_dropped_total` counter for the notifier and one reason. */
export async function droppedCount(reason: string): Promise<number> {
  const m = await registry.getSingleMetric('sitrep_stage_dropped_total')!.get();
  return m.values.filter((v) => v.labels.stage === 'notifier' && v.labels.reason === reason).reduce((a, v) => a + v.value, 0);
}

/** An incident in Iraq at `level`; `title` is the report's (and the summary's) title. */
export function makeIncident(id: string, level: number, title = 'Clashes reported near Kirkuk'): Incident {
  const now = new Date().toISOString();
  return Object.assign(new Incident(), {
    id,
    level: level as Incident['level'],
    eventType: 'Battles',
    subEventType: 'Armed clash',
    countries: ['IQ'],
    primary: { country: 'IQ', admin1: 'Kirkuk', city: 'Kirkuk', lat: 35.47, lon: 44.39 },
    region: 'Western Asia',
    regions: ['Western Asia', 'Middle East'],
    firstSeen: now,
    lastSeen: now,
    casualties: { killed: level >= 4 ? 3 : 0, injured: 2 },
    actors: ['Test Actor'],
    reports: [{ articleId: `a-${id}`, source: 'example-news', url: `https://news.example.org/${id}`, title, publishedAt: now }],
    levelHistory: [{ level, at: now }],
    summary: title,
  });
}
