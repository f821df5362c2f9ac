import 'reflect-metadata';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { Admin, CompressionTypes, Kafka, Partitioners, Producer } from 'kafkajs';
import Redis from 'ioredis';
import { createArchivePool, migrate, MIGRATIONS } from '@sitrep/archive';
import { loadConfig, SitrepConfig } from '@sitrep/config';
import { ArticleReceivedEvent, Topics } from '@sitrep/contracts';
import { createKafka, ensureTopics, TopicNamer } from '@sitrep/messaging';
import { WebhookReceiver } from '@sitrep/testing';
import { ArticleGenerator, BenchArticle } from './lib/article-generator';
import { numberArg, parseArgs } from './lib/bench-args';
import { benchRules } from './lib/bench-rules';
import { runBaselineRelay } from './lib/baseline-relay';
import { groupLag } from './lib/kafka-lag';
import { percentiles } from './lib/percentiles';
import { StageName, StageProcess, uniquePort } from './lib/stage-process';
import { ArticleStream, NewsStreamGenerator, REALISTIC_MIX } from './lib/news-stream.generator';
import { measureTransportCost, TransportCost } from './lib/transport-cost';
import { brokerPid, cpuPerUnit, cpuSnapshot, CpuSnapshot } from './lib/process-cpu';

/**
 * End-to-end benchmark (`npm run bench -- --articles N --json [--workload realistic|stress]`):
 *  1. N generated articles are written to articles.raw of a fresh topic prefix (a backlog). The
 *     default workload is shaped like real news (lib/news-stream.generator.ts: ~10% events over
 *     the whole gazetteer by population, ~3 reports per incident, the rest real general-news
 *     texts); `--workload stress` is the earlier one (every article an event in one of ~1,000 big
 *     cities, 25% repeats), kept so that earlier numbers stay comparable;
 *  2. baseline: plain kafkajs consume-and-produce over three hops, same messages, no processing;
 *  3. pipeline: classifier → correlator → notifier as separate processes (as deployed), rules
 *     loaded, local webhook receiver; sustained throughput = slope of articles fully correlated
 *     between 10% and 90% of N, and the run must end with every lag at 0;
 *  4. latency: a paced producer at 50% of that throughput, the same workload; produce → alert
 *     decision (the notifier's alert on `alerts`, from the audit rule that every incident matches);
 *  5. (--transport, or --transport-only alone) per-message cost of Nest's ServerKafka vs our eachBatch transport vs kafkajs.
 * The last line of output is one JSON object; besides DESIGN.md's keys, `workload`, `eventShare`
 * (share of articles reporting an event), `alertShare` (webhook alerts per article during the
 * backlog) and `cpuUsPerArticle` (per process, and `total`). `--record` appends the run to docs/benchmarks.json.
 * Other options: --instances 2, --latency-seconds 20, --latency-rate 600 (a fixed pace for step 4),
 * --stages classifier,correlator, --transport-only.
 */
const args = parseArgs(process.argv.slice(2));
const N = numberArg(args, 'articles', 100_000);
const JSON_OUT = args.has('json');
const INSTANCES = numberArg(args, 'instances', 1);
const LATENCY_SECONDS = numberArg(args, 'latency-seconds', 20);
/** `--latency-rate N`: pace the latency phase at N articles/s instead of half the measured throughput (0). */
const LATENCY_RATE = numberArg(args, 'latency-rate', 0);
const TRANSPORT_MESSAGES = numberArg(args, 'transport-messages', 10_000);
const LOG_DIR = `/tmp/sitrep-bench-logs`;
/** `--stages classifier,correlator` leaves a stage out (to find the bottleneck); default all three. */
const STAGES = (args.get('stages') ?? 'notifier,correlator,classifier').split(',') as StageName[];
const WORKLOAD = args.get('workload') ?? 'realistic';
if (WORKLOAD !== 'realistic' && WORKLOAD !== 'stress') throw new Error(`--workload must be realistic or stress, got ${WORKLOAD}`);
/** The article stream of a run: `latency` for the paced phase, whose articles are told apart by their `lat-` ids. */
function stream(phase: 'backlog' | 'latency', runId: string): ArticleStream {
  if (WORKLOAD === 'stress') return phase === 'backlog' ? new ArticleGenerator(42, runId) : new ArticleGenerator(4242, runId, 0, 0);
  return new NewsStreamGenerator(phase === 'backlog' ? 42 : 4242, runId, REALISTIC_MIX);
}

const log = (...parts: unknown[]) => {
  if (!JSON_OUT || args.has('verbose')) process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${parts.map(String).join(' ')}\n`);
  else process.stderr.write(`[bench] ${parts.map(String).join(' ')}\n`);
};

async function main() {
  const id = `bench${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
  mkdirSync(LOG_DIR, { recursive: true });
  const env: Record<string, string> = {
    KAFKA_BROKERS: process.env.KAFKA_BROKERS ?? '127.0.0.1:9092',
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    KAFKA_TOPIC_PREFIX: id,
    KAFKA_GROUP_PREFIX: id,
    REDIS_PREFIX: `${id}:`,
    WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
    SMTP_DEV_PORT: String(await uniquePort()),
  };
  const config: SitrepConfig = loadConfig({ ...env, PORT: String(await uniquePort()) });
  const namer = new TopicNamer(id);
  const kafka = createKafka(config, 'sitrep-bench');
  await ensureTopics(kafka, namer);
  const admin = kafka.admin();
  await admin.connect();
  const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
  await producer.connect();
  const receiver = await new WebhookReceiver().start();
  const redis = new Redis(env.REDIS_URL);
  const stages: StageProcess[] = [];
  const started = { load: loadavg()[0] };
  try {
    await loadRules(producer, namer, receiver.url);
    if (args.has('transport-only')) {
      const transport = await measureTransportCost(kafka, config.kafka.brokers, admin, producer, namer, id, TRANSPORT_MESSAGES);
      for (const t of transport) log(`  ${t.name}: ${t.perSec}/s, ${t.cpuUsPerMessage} µs CPU/message`);
      console.log(JSON.stringify({ transport, loadAvg: loadavg()[0] }));
      return;
    }

    log(`producing ${N} articles into ${namer.physical(Topics.articlesRaw)}`);
    const produced = await produceBacklog(producer, namer, N, id);
    log(`produced in ${produced.ms} ms (${Math.round((N / produced.ms) * 1000)}/s, avg ${Math.round(produced.bytes / N)} B); workload ${WORKLOAD}, ${produced.events} articles report an event`);

    log('baseline: kafkajs relay over three hops');
    const hops = ['baseline.hop1', 'baseline.hop2', 'baseline.hop3'].map((h) => namer.physical(h));
    await admin.createTopics({ topics: hops.map((topic) => ({ topic, numPartitions: 6, replicationFactor: 1 })), waitForLeaders: true });
    const baseline = await runBaselineRelay(kafka, namer.physical(Topics.articlesRaw), hops, id, N);
    const baselineThroughput = baseline.sustainedPerSec;
    log(`baseline: ${N} in ${baseline.ms} ms, sustained ${Math.round(baselineThroughput)}/s`);

    if (STAGES.includes('notifier')) await migrateArchive(config);
    log(`pipeline: starting ${INSTANCES} instance(s) of classifier, correlator, notifier`);
    for (const stage of STAGES) {
      for (let i = 0; i < INSTANCES; i++) stages.push(new StageProcess(stage, await uniquePort(), env, `${LOG_DIR}/${id}-${stage}-${i}.log`));
    }
    stages.forEach((s) => s.start());
    const pipeline = await trackPipeline(admin, id, namer, N, stages, redis);
    const backlogAlerts = receiver.requests.length;
    const throughput = pipeline.sustainedPerSec;
    log(`pipeline: ${N} in ${pipeline.ms} ms, sustained ${Math.round(throughput)}/s; max notifier lag ${pipeline.maxNotifierLag}`);
    log(`pipeline CPU µs per article (10%..90%): ${Object.entries(pipeline.cpuUsPerArticle).map(([k, v]) => `${k} ${v}`).join(', ')}`);

    // Latency on fresh state: the backlog's incidents would absorb the new reports otherwise.
    await clearPrefix(redis, `${id}:`);
    const rate = LATENCY_RATE > 0 ? LATENCY_RATE : Math.max(10, Math.round(throughput / 2));
    log(`latency: paced at ${rate}/s for ${LATENCY_SECONDS} s`);
    const latency = STAGES.includes('notifier')
      ? await measureLatency(kafka, admin, producer, namer, id, rate, LATENCY_SECONDS, stages)
      : { samples: [], sent: 0, endLag: -1, hops: undefined };
    const [p50Ms, p95Ms, p99Ms] = percentiles(latency.samples, [50, 95, 99]);
    if (latency.hops) log(`latency per hop (p50/p95/p99 ms): ${Object.entries(latency.hops).map(([k, v]) => `${k} ${v.p50}/${v.p95}/${v.p99}`).join(', ')}`);
    log(`latency: ${latency.samples.length} alert decisions of ${latency.sent} articles; p50 ${p50Ms} p95 ${p95Ms} p99 ${p99Ms} ms; end lag ${latency.endLag}`);

    let transport: TransportCost[] | undefined;
    if (args.has('transport')) {
      await Promise.all(stages.map((s) => s.stop()));
      log(`transport cost: ${TRANSPORT_MESSAGES} messages each`);
      transport = await measureTransportCost(kafka, config.kafka.brokers, admin, producer, namer, id, TRANSPORT_MESSAGES);
      for (const t of transport) log(`  ${t.name}: ${t.perSec}/s, ${t.cpuUsPerMessage} µs CPU/message`);
    }

    const details = {
      workload: WORKLOAD,
      mix: WORKLOAD === 'realistic' ? REALISTIC_MIX : { eventShare: 1, reportsPerIncident: 1 / (1 - 0.25), resendShare: 0.02 },
      machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version, loadAvgAtStart: started.load, loadAvgAtEnd: loadavg()[0] },
      instancesPerStage: INSTANCES,
      producedPerSec: Math.round((N / produced.ms) * 1000),
      avgArticleBytes: Math.round(produced.bytes / N),
      baselineWallMs: baseline.ms,
      pipelineWallMs: pipeline.ms,
      maxNotifierLag: pipeline.maxNotifierLag,
      cpuUsPerArticle: pipeline.cpuUsPerArticle,
      latency: { ratePerSec: rate, seconds: LATENCY_SECONDS, articles: latency.sent, decisions: latency.samples.length, endLag: latency.endLag, hopsMs: latency.hops },
      webhooksReceived: receiver.requests.length,
      // Distinct Sitrep-Delivery-Id values: equal to webhooksReceived when nothing was sent twice.
      webhookDeliveryIds: new Set(receiver.requests.map((r) => String(r.headers['sitrep-delivery-id']))).size,
      transport,
    };
    const result = {
      articles: N,
      throughput: Math.round(throughput),
      p50Ms,
      p95Ms,
      p99Ms,
      baselineThroughput: Math.round(baselineThroughput),
      ratio: Number((throughput / baselineThroughput).toFixed(3)),
      workload: WORKLOAD,
      eventShare: Number((produced.events / N).toFixed(3)),
      alertShare: Number((backlogAlerts / N).toFixed(3)),
      cpuUsPerArticle: pipeline.cpuUsPerArticle,
    };
    if (args.has('record')) record(result, details, started.load);
    if (!JSON_OUT) console.log(JSON.stringify(details, null, 2));
    else process.stderr.write(`${JSON.stringify(details)}\n`);
    console.log(JSON.stringify(result));
  } finally {
    await Promise.all(stages.map((s) => s.stop().catch(() => undefined)));
    await clearPrefix(redis, `${id}:`).catch(() => undefined);
    redis.disconnect();
    await receiver.stop();
    await producer.disconnect();
    if (!process.env.BENCH_KEEP_TOPICS) await deleteTopics(admin, id).catch((e) => log(`could not delete topics: ${e}`));
    await admin.disconnect();
  }
}

/** --record: appends this run to docs/benchmarks.json (the table in docs/benchmarks.md is by hand). */
function record(result: object, details: object, loadAtStart: number) {
  const file = join(__dirname, '..', '..', 'docs', 'benchmarks.json');
  const doc = (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {}) as { pipeline?: object[] };
  doc.pipeline = [...(doc.pipeline ?? []), { at: new Date().toISOString(), command: `pipeline.bench.ts ${process.argv.slice(2).join(' ')}`, loadAvg: { start: loadAtStart, end: loadavg()[0] }, result, details }];
  writeFileSync(file, `${JSON.stringify(doc, null, 2)}\n`);
}

async function loadRules(producer: Producer, namer: TopicNamer, webhookUrl: string) {
  const rules = benchRules(webhookUrl, 150, WORKLOAD === 'realistic' ? 3 : 1);
  await producer.send({ topic: namer.physical(Topics.rules), acks: -1, messages: rules.map((r) => ({ key: r.id, value: JSON.stringify(r) })) });
}

/**
 * The notifier's context stage reads the archive's rollups for every incident that reaches it.
 * In a deployment the archiver has created them (it migrates at start); the bench runs no
 * archiver, and on a fresh database every query failed and pg-pool closed and reopened its
 * connection each time (measured: a tenth of the notifier's CPU, and a PostgreSQL backend started
 * per incident event). Migrating is idempotent.
 */
async function migrateArchive(config: SitrepConfig): Promise<void> {
  const pool = createArchivePool(config, 1);
  try {
    const applied = await migrate(pool, MIGRATIONS);
    if (applied.length) log(`archive schema created for the notifier's context stage: ${applied.join(', ')}`);
  } catch (e) {
    log(`archive not migrated (${(e as Error).message}): the notifier's context stage will find no history`);
  } finally {
    await pool.end();
  }
}

function envelope(article: BenchArticle, receivedAt: string): ArticleReceivedEvent {
  return Object.assign(new ArticleReceivedEvent(), {
    eventId: randomUUID(),
    occurredAt: receivedAt,
    schemaVersion: 1,
    correlationId: article.id,
    article: { ...article, receivedAt },
  });
}

/** Writes N articles as ingest would (envelope, keyed by article id), 500 per request. */
async function produceBacklog(producer: Producer, namer: TopicNamer, n: number, runId: string) {
  const gen = stream('backlog', runId);
  const topic = namer.physical(Topics.articlesRaw);
  const t0 = Date.now();
  let bytes = 0;
  let events = 0;
  const inflight: Promise<unknown>[] = [];
  for (let sent = 0; sent < n; ) {
    const messages = [];
    for (let i = 0; i < 500 && sent < n; i++, sent++) {
      const { article, kind } = gen.next();
      if (kind !== 'news') events++;
      const value = JSON.stringify(envelope(article, new Date().toISOString()));
      bytes += value.length;
      messages.push({ key: article.id, value, headers: { 'x-correlation-id': article.id } });
    }
    inflight.push(producer.send({ topic, acks: -1, compression: CompressionTypes.None, messages }));
    if (inflight.length >= 4) await inflight.shift();
  }
  await Promise.all(inflight);
  return { ms: Date.now() - t0, bytes, events };
}

const groupOf = (id: string, stage: string) => `${id}.sitrep-${stage}`;

/**
 * Polls committed offsets twice a second until every stage's lag is 0. "Done" for an article is
 * the correlator having committed it (its incident change is on `incidents` or it was a duplicate).
 */
async function trackPipeline(admin: Admin, id: string, namer: TopicNamer, n: number, stages: StageProcess[], redis: Redis) {
  // Where the CPU goes between 10% and 90%: each stage process, the broker, Redis, this process.
  const broker = brokerPid();
  const snapshot = () => cpuSnapshot(stages.map((s) => ({ name: s.stage, pid: s.pid })), redis, broker);
  let cpu10: CpuSnapshot | null = null;
  let cpu90: CpuSnapshot | null = null;
  const raw = namer.physical(Topics.articlesRaw);
  const classified = namer.physical(Topics.articlesClassified);
  const notifierTopics = [namer.physical(Topics.incidents), namer.physical(Topics.alerts)];
  const t0 = Date.now();
  let t10 = 0;
  let t90 = 0;
  let maxNotifierLag = 0;
  let lastLog = t0;
  for (;;) {
    for (const s of stages) if (!s.running) throw new Error(`${s.stage} exited during the run`);
    const [classifierLag, correlatorDone, correlatorLag, notifierLag] = await Promise.all([
      groupLag(admin, groupOf(id, 'classifier'), [raw]),
      committedTotal(admin, groupOf(id, 'correlator'), classified),
      groupLag(admin, groupOf(id, 'correlator'), [classified]),
      STAGES.includes('notifier') ? groupLag(admin, groupOf(id, 'notifier'), notifierTopics).catch(() => 0) : 0,
    ]);
    maxNotifierLag = Math.max(maxNotifierLag, notifierLag);
    const now = Date.now();
    if (now - lastLog >= 5000) {
      lastLog = now;
      log(`  +${Math.round((now - t0) / 1000)}s lag classifier ${classifierLag}, correlator ${correlatorLag}, notifier ${notifierLag}; correlated ${correlatorDone}`);
    }
    if (!t10 && correlatorDone >= n * 0.1) {
      t10 = now;
      cpu10 = await snapshot();
    }
    if (!t90 && correlatorDone >= n * 0.9) {
      t90 = now;
      cpu90 = await snapshot();
    }
    if (correlatorDone >= n && classifierLag === 0 && correlatorLag === 0 && notifierLag === 0) {
      const cpuUsPerArticle = cpu10 && cpu90 ? cpuPerUnit(cpu10, cpu90, n * 0.8) : {};
      return { ms: now - t0, sustainedPerSec: (n * 0.8) / ((t90 - t10) / 1000), maxNotifierLag, cpuUsPerArticle };
    }
    if (now - t0 > Math.max(600_000, n * 30)) throw new Error(`pipeline did not finish: lags ${classifierLag}/${correlatorLag}/${notifierLag}, done ${correlatorDone}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function committedTotal(admin: Admin, groupId: string, topic: string): Promise<number> {
  const [c] = await admin.fetchOffsets({ groupId, topics: [topic] });
  return (c?.partitions ?? []).reduce((s, p) => s + Math.max(0, Number(p.offset)), 0);
}

/**
 * Paced producer at `rate`/s for `seconds`, the run's workload (stress: every article a new event);
 * an article that opens or changes an incident gets an alert from the audit rule. Latency = the alert's
 * Kafka timestamp (set when the notifier published it) − the article's receivedAt (set when
 * the bench produced it).
 */
async function measureLatency(kafka: Kafka, admin: Admin, producer: Producer, namer: TopicNamer, id: string, rate: number, seconds: number, stages: StageProcess[]) {
  const samples: number[] = [];
  const probe = kafka.consumer({ groupId: `${id}-latency-probe`, maxWaitTimeInMs: 20 });
  await probe.connect();
  const hopTopics = [Topics.articlesClassified, Topics.incidents, Topics.alerts];
  await probe.subscribe({ topics: hopTopics.map((t) => namer.physical(t)), fromBeginning: false });
  // First time each article's consequence appeared on each topic (producer timestamps).
  const firstAt = new Map<string, Map<string, number>>(hopTopics.map((t) => [t, new Map()]));
  await probe.run({
    partitionsConsumedConcurrently: 3,
    eachMessage: async ({ topic, message }) => {
      const event = JSON.parse(message.value!.toString('utf8')) as { correlationId: string; articleReceivedAt?: string };
      if (!event.correlationId?.startsWith('lat-')) return;
      const seen = firstAt.get(namer.logical(topic))!;
      if (seen.has(event.correlationId)) return;
      seen.set(event.correlationId, Number(message.timestamp));
      // The first alert decision for the article, whichever rule made it.
      if (namer.logical(topic) === Topics.alerts) samples.push(Number(message.timestamp) - Date.parse(event.articleReceivedAt!));
    },
  });
  await new Promise((r) => setTimeout(r, 3000)); // let the probe join before the first paced message
  const gen = stream('latency', `lat-${id}`);
  const sentAt = new Map<string, number>();
  const topic = namer.physical(Topics.articlesRaw);
  const tickMs = 20;
  const perTick = rate / (1000 / tickMs);
  let sent = 0;
  const t0 = Date.now();
  const total = Math.round(rate * seconds);
  const sends: Promise<unknown>[] = [];
  while (sent < total) {
    const due = Math.min(total, Math.floor(((Date.now() - t0) / tickMs + 1) * perTick));
    const messages = [];
    for (; sent < due; sent++) {
      const { article } = gen.next();
      const receivedAt = new Date();
      sentAt.set(article.id, receivedAt.getTime());
      const value = JSON.stringify(envelope(article, receivedAt.toISOString()));
      messages.push({ key: article.id, value, headers: { 'x-correlation-id': article.id } });
    }
    if (messages.length) sends.push(producer.send({ topic, acks: 1, messages }));
    await new Promise((r) => setTimeout(r, tickMs));
  }
  await Promise.all(sends);
  // Wait for the pipeline to drain (bounded), then for the stragglers on the probe.
  const end = Date.now() + 60_000;
  let lag = -1;
  while (Date.now() < end) {
    lag = (await groupLag(admin, groupOf(id, 'classifier'), [topic])) + (await groupLag(admin, groupOf(id, 'correlator'), [namer.physical(Topics.articlesClassified)])) +
      (await groupLag(admin, groupOf(id, 'notifier'), [namer.physical(Topics.incidents)]));
    if (lag === 0) break;
    if (stages.some((s) => !s.running)) throw new Error('a stage exited during the latency run');
    await new Promise((r) => setTimeout(r, 500));
  }
  await new Promise((r) => setTimeout(r, 1500));
  await probe.disconnect();
  // Per hop, for the articles that reached an alert: where the end-to-end time is spent.
  const hop = (from: Map<string, number> | null, to: Map<string, number>) => {
    const d = [...firstAt.get(Topics.alerts)!.keys()].flatMap((c) => {
      const a = from ? from.get(c) : sentAt.get(c);
      const b = to.get(c);
      return a === undefined || b === undefined ? [] : [b - a];
    });
    const [p50, p95, p99] = percentiles(d, [50, 95, 99]);
    return { p50, p95, p99 };
  };
  const hops = {
    classifier: hop(null, firstAt.get(Topics.articlesClassified)!),
    correlator: hop(firstAt.get(Topics.articlesClassified)!, firstAt.get(Topics.incidents)!),
    notifier: hop(firstAt.get(Topics.incidents)!, firstAt.get(Topics.alerts)!),
  };
  return { samples, sent, endLag: lag, hops };
}

async function clearPrefix(redis: Redis, prefix: string) {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
    cursor = next;
    if (keys.length) await redis.unlink(...keys);
  } while (cursor !== '0');
}

async function deleteTopics(admin: Admin, prefix: string) {
  const topics = (await admin.listTopics()).filter((t) => t.startsWith(`${prefix}.`));
  if (topics.length) await admin.deleteTopics({ topics, timeout: 30_000 });
}

// Exit explicitly: a client left half-closed by a failed stage must not keep the bench alive.
main().then(
  () => process.exit(0),
  (e) => {
    process.stderr.write(`bench failed: ${(e as Error).stack ?? e}\n`);
    process.exit(1);
  },
);
