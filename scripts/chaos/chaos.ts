import 'reflect-metadata';
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { Admin, Partitioners, Producer } from 'kafkajs';
import { loadConfig, SitrepConfig } from '@sitrep/config';
import { ArticleReceivedEvent, Rule, Topics } from '@sitrep/contracts';
import { createKafka, ensureTopics, TopicNamer } from '@sitrep/messaging';
import { SeenMessage, TopicProbe } from '@sitrep/testing';
import { ArticleGenerator, BenchArticle } from '../bench/lib/article-generator';
import { numberArg, parseArgs } from '../bench/lib/bench-args';
import { groupLag } from '../bench/lib/kafka-lag';
import { StageName, StageProcess, uniquePort } from '../bench/lib/stage-process';
import { ChaosWebhookReceiver } from './lib/chaos-webhook.receiver';
import { account, FaultReport, faultOk, Receipt, SentArticle } from './lib/ledger';
import { OwnBroker } from './lib/own-broker';
import { OwnRedis } from './lib/own-redis';

/**
 * `npm run chaos`: with a stream running and rules matching, one fault at a time, each bounded
 * in time, on a broker and a Redis of its own (ports 19092 and 6391: the shared ones are never
 * touched). Two instances of classifier, correlator and notifier run as child processes in one
 * consumer group each. At the end every article and every expected alert is accounted for.
 *
 * Options: --only kill-classifier,redis  --rate 15 (articles/s)  --seconds 40 (stream per fault)
 * The last line of output is one JSON object { faults: [FaultReport…], ok }.
 */
const args = parseArgs(process.argv.slice(2));
const RATE = numberArg(args, 'rate', 15);
const SECONDS = numberArg(args, 'seconds', 40);
const FAULT_AT_MS = 8_000;
const DIR = '/tmp/sitrep-chaos';
const KAFKA_PORT = numberArg(args, 'kafka-port', 19092);
const REDIS_PORT = numberArg(args, 'redis-port', 6391);

const log = (msg: string) => process.stderr.write(`[chaos ${new Date().toISOString().slice(11, 19)}] ${msg}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Env {
  broker: OwnBroker;
  redis: OwnRedis;
  receiver: ChaosWebhookReceiver;
  smtp: SmtpCatcher;
  stages: StageProcess[];
}

type Fault = { name: string; inject: (env: Env) => Promise<void> };

const killAndRestart = (stage: StageName): Fault => ({
  name: `kill -9 ${stage}`,
  async inject({ stages }) {
    const victim = stages.find((s) => s.stage === stage)!;
    log(`kill -9 ${stage} pid ${victim.pid}`);
    await victim.kill9();
    await sleep(5_000);
    victim.start();
    log(`${stage} restarted`);
  },
});

const FAULTS: Fault[] = [
  killAndRestart('classifier'),
  killAndRestart('correlator'),
  killAndRestart('notifier'),
  {
    name: 'redis down 20 s',
    async inject({ redis }) {
      await redis.stop();
      log('redis stopped');
      await sleep(20_000);
      await redis.start();
      log('redis started');
    },
  },
  {
    name: 'kafka broker restart',
    async inject({ broker }) {
      log('restarting the broker');
      await broker.restart();
      log('broker back');
    },
  },
  {
    name: 'webhook down 30 s, slow 20 s',
    async inject({ receiver }) {
      await receiver.stop();
      log('webhook receiver down');
      await sleep(30_000);
      receiver.mode = 'slow';
      await receiver.start();
      log('webhook receiver slow (5 s answers)');
      await sleep(20_000);
      receiver.mode = 'ok';
      log('webhook receiver back to normal');
    },
  },
  {
    name: 'smtp down 20 s',
    async inject({ smtp }) {
      await smtp.stop();
      log('smtp down');
      await sleep(20_000);
      smtp.start();
      log('smtp back');
    },
  },
];

const slug = (name: string) => name.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase();

async function main() {
  const only = args.get('only')?.split(',');
  const faults = only ? FAULTS.filter((f) => only.some((o) => slug(f.name).includes(o))) : FAULTS;
  if (faults.length === 0) throw new Error(`--only matched no fault; faults: ${FAULTS.map((f) => slug(f.name)).join(', ')}`);
  mkdirSync(DIR, { recursive: true });
  const id = `chaos${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
  const broker = new OwnBroker(KAFKA_PORT, DIR);
  const redis = new OwnRedis(REDIS_PORT, join(DIR, 'redis'));
  log(`starting own broker on ${KAFKA_PORT} and redis on ${REDIS_PORT}`);
  await broker.start();
  await redis.start();
  const receiver = new ChaosWebhookReceiver(await uniquePort());
  await receiver.start();
  const smtp = new SmtpCatcher(await uniquePort(), join(DIR, `${id}-mail.tsv`));
  smtp.start();
  const env: Record<string, string> = {
    KAFKA_BROKERS: broker.brokers,
    REDIS_URL: redis.url,
    KAFKA_TOPIC_PREFIX: id,
    REDIS_PREFIX: `${id}:`,
    SMTP_DEV_PORT: String(smtp.port),
    WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
    WEBHOOK_TIMEOUT_MS: '4000',
    DELIVERY_MAX_ATTEMPTS: '8',
    DELIVERY_BACKOFF_BASE_MS: '1000',
    LOG_LEVEL: 'warn',
  };
  const config: SitrepConfig = loadConfig({ ...env, PORT: String(await uniquePort()) });
  const namer = new TopicNamer(id);
  const kafka = createKafka(config, 'sitrep-chaos');
  await ensureTopics(kafka, namer);
  const admin = kafka.admin();
  await admin.connect();
  const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner, retry: { retries: 30, initialRetryTime: 300, maxRetryTime: 5000 } });
  await producer.connect();
  const rules = await loadRules(producer, namer, receiver.url);

  const stages: StageProcess[] = [];
  for (const stage of ['notifier', 'correlator', 'classifier'] as StageName[]) {
    for (let i = 0; i < 2; i++) stages.push(new StageProcess(stage, await uniquePort(), env, join(DIR, `${id}-${stage}-${i}.log`)));
  }
  const probes = await Promise.all([Topics.incidents, Topics.articlesDlq, Topics.alertsDlq, Topics.articlesClassified].map((t) => new TopicProbe(config, t).start()));
  const ctx: Env = { broker, redis, receiver, smtp, stages };
  const runs: { name: string; sent: SentArticle[]; loadAvg: number }[] = [];
  const gen = new ArticleGenerator(11, id, 0, 0, 100_000);
  let place = 0;
  try {
    log('starting 2 × classifier, correlator, notifier');
    stages.forEach((s) => s.start());
    for (const s of stages) await s.ready(180_000);
    for (const fault of faults) {
      log(`— ${fault.name}: ${RATE}/s for ${SECONDS} s, fault at ${FAULT_AT_MS / 1000} s`);
      const sent: SentArticle[] = [];
      const stream = produceStream(producer, namer, () => {
        // Every new article is a new event at a place no other article of the run uses.
        if (sent.length > 10 && Math.random() < 0.1) {
          const again = sent[Math.floor(Math.random() * sent.length)];
          return { article: articles.get(again.id)!, kind: 'resend' as const };
        }
        const { article } = gen.newAt(place++);
        articles.set(article.id, article);
        return { article, kind: 'new' as const };
      }, sent);
      const injected = sleep(FAULT_AT_MS).then(() => fault.inject(ctx));
      await Promise.all([stream, injected]);
      for (const s of stages) if (!s.running) s.start();
      await drain(admin, id, namer, stages, 240_000);
      runs.push({ name: fault.name, sent, loadAvg: loadavg()[0] });
      log(`   ${sent.length} articles in; drained`);
    }
    log('final quiet period (deliveries still being retried)');
    await quiet(receiver, smtp, 45_000, 300_000);
    const reports = account(
      runs,
      probes[0].messages,
      probes[1].messages,
      probes[2].messages,
      nonEvents(probes[3].messages),
      // Every request the receiver read counts as received (answered or not: a resend of it
      // carries the same delivery id and is counted as a repeat).
      receiver.hits.map((h) => ({ alertId: h.key, deliveryId: h.deliveryId })),
      smtp.receipts(),
      rules,
    );
    const ok = reports.every(faultOk);
    printTable(reports, runs);
    const out = { faults: reports.map((r, i) => ({ ...r, loadAvg: runs[i].loadAvg })), restarts: stages.map((s) => `${s.stage}:${s.starts}`), ok };
    writeFileSync(join(DIR, 'result.json'), JSON.stringify(out, null, 2));
    console.log(JSON.stringify(out));
    process.exitCode = ok ? 0 : 1;
  } finally {
    await Promise.all(stages.map((s) => s.stop(10_000).catch(() => undefined)));
    await Promise.all(probes.map((p) => p.stop().catch(() => undefined)));
    await producer.disconnect().catch(() => undefined);
    await admin.disconnect().catch(() => undefined);
    await receiver.stop();
    await smtp.stop();
    await redis.stop();
    if (!args.has('keep-broker')) await broker.stop().catch((e) => log(`broker stop: ${e}`));
  }
}

const articles = new Map<string, BenchArticle>();

/** Articles the classifier called "Not a conflict event": the correlator opens no incident for them. */
function nonEvents(classified: SeenMessage[]): Set<string> {
  const out = new Set<string>();
  for (const m of classified) {
    try {
      const e = JSON.parse(m.value) as { article: { id: string }; classification: { eventType: string } };
      if (e.classification.eventType === 'Not a conflict event') out.add(e.article.id);
    } catch {
      /* not ours to judge: an undecodable message is the DLQ's */
    }
  }
  return out;
}

async function loadRules(producer: Producer, namer: TopicNamer, webhookUrl: string) {
  const now = new Date().toISOString();
  const webhook = Object.assign(new Rule(), { id: `rule-webhook-${randomUUID().slice(0, 8)}`, createdAt: now, name: 'chaos: significant, webhook', minLevel: 3, channels: { webhooks: [{ url: webhookUrl, secret: 'chaos-secret-123' }] } });
  const email = Object.assign(new Rule(), { id: `rule-email-${randomUUID().slice(0, 8)}`, createdAt: now, name: 'chaos: severe, email', minLevel: 4, channels: { email: ['analyst@chaos.example'] } });
  await producer.send({ topic: namer.physical(Topics.rules), acks: -1, messages: [webhook, email].map((r) => ({ key: r.id, value: JSON.stringify(r) })) });
  return { webhook: { id: webhook.id, minLevel: 3 }, email: { id: email.id, minLevel: 4 } };
}

/** RATE articles/s for SECONDS, as ingest writes them; a failed send is retried until it lands. */
async function produceStream(producer: Producer, namer: TopicNamer, next: () => { article: BenchArticle; kind: SentArticle['kind'] }, sent: SentArticle[]) {
  const topic = namer.physical(Topics.articlesRaw);
  const total = RATE * SECONDS;
  const t0 = Date.now();
  while (sent.length < total) {
    const due = Math.min(total, Math.floor(((Date.now() - t0) / 1000) * RATE) + 1);
    const batch: { article: BenchArticle; kind: SentArticle['kind'] }[] = [];
    while (sent.length + batch.length < due) batch.push(next());
    if (batch.length) {
      const receivedAt = new Date().toISOString();
      const messages = batch.map(({ article }) => ({ key: article.id, value: JSON.stringify(envelope(article, receivedAt)) }));
      for (;;) {
        try {
          await producer.send({ topic, acks: -1, messages });
          break;
        } catch (e) {
          log(`   produce failed (${(e as Error).message}); retrying`);
          await sleep(1000);
        }
      }
      batch.forEach(({ article, kind }) => sent.push({ id: article.id, kind }));
    }
    await sleep(100);
  }
}

function envelope(article: BenchArticle, receivedAt: string): ArticleReceivedEvent {
  return Object.assign(new ArticleReceivedEvent(), { eventId: randomUUID(), occurredAt: receivedAt, schemaVersion: 1, correlationId: article.id, article: { ...article, receivedAt } });
}

/** Until every stage's consumer group has caught up (bounded). */
async function drain(admin: Admin, id: string, namer: TopicNamer, stages: StageProcess[], timeoutMs: number) {
  const group = (s: string) => `${id}.sitrep-${s}`;
  const end = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < end) {
    try {
      const lags = [
        await groupLag(admin, group('classifier'), [namer.physical(Topics.articlesRaw)]),
        await groupLag(admin, group('correlator'), [namer.physical(Topics.articlesClassified)]),
        await groupLag(admin, group('notifier'), [namer.physical(Topics.incidents), namer.physical(Topics.alerts)]),
      ];
      last = lags.join('/');
      if (lags.every((l) => l === 0)) return;
    } catch (e) {
      last = String(e);
    }
    for (const s of stages) if (!s.running) throw new Error(`${s.stage} on ${s.port} exited`);
    await sleep(1000);
  }
  log(`   not drained after ${timeoutMs} ms (lags ${last}); counting anyway`);
}

/** Until no webhook or mail has arrived for `quietMs` (bounded by `maxMs`). */
async function quiet(receiver: ChaosWebhookReceiver, smtp: SmtpCatcher, quietMs: number, maxMs: number) {
  const end = Date.now() + maxMs;
  let seen = -1;
  let since = Date.now();
  while (Date.now() < end) {
    const now = receiver.hits.length + smtp.receipts().length;
    if (now !== seen) {
      seen = now;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) return;
    await sleep(1000);
  }
}

function printTable(reports: FaultReport[], runs: { loadAvg: number }[]) {
  const rows = reports.map((r, i) =>
    `| ${r.fault} | ${r.articlesIn} | ${r.nonEvents} | ${r.incidents} | ${r.alertsExpected} | ${r.alertsSent} | ${r.repeatsSameId} | ${r.duplicatesSent} | ${r.unexpectedSent} | ${r.lostArticles} | ${r.lostAlerts} | ${r.articlesDeadLettered}/${r.alertsDeadLettered} | ${runs[i].loadAvg.toFixed(1)} | ${faultOk(r) ? 'ok' : 'FAIL'} |`);
  process.stderr.write(['', '| fault | articles in | not an event | incidents | alerts expected | alerts sent (one per delivery id) | repeats, same id | duplicates, new id | unexpected | lost articles | lost alerts | DLQ articles/alerts | load | |', '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|', ...rows, ''].join('\n') + '\n');
}

/** The SMTP catcher as a child process: `stop()` is a real outage (the port refuses). */
class SmtpCatcher {
  private child: ChildProcess | null = null;
  constructor(readonly port: number, private readonly file: string) {}

  start(): void {
    this.child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', join(__dirname, 'lib', 'smtp-catcher.process.ts'), String(this.port), this.file], { stdio: 'ignore', env: { ...process.env, TS_NODE_TRANSPILE_ONLY: 'true' } });
  }

  async stop(): Promise<void> {
    if (!this.child || this.child.exitCode !== null) return;
    const c = this.child;
    await new Promise<void>((r) => {
      c.once('exit', () => r());
      c.kill('SIGKILL');
    });
  }

  /** Every message the catcher read whole (its reply may not have reached the notifier). */
  receipts(): Receipt[] {
    if (!existsSync(this.file)) return [];
    return readFileSync(this.file, 'utf8').split('\n').filter(Boolean).map((l) => {
      const [alertId, deliveryId] = l.split('\t');
      return { alertId, deliveryId };
    });
  }
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (e) => {
    process.stderr.write(`chaos failed: ${(e as Error).stack ?? e}\n`);
    process.exit(2);
  },
);
