/**
 * Correlator throughput against a real Redis whose store already holds 1 million recent article
 * signatures, against a baseline of the same number of plain Redis round trips, plus the Redis
 * memory the signatures take per article (used_memory delta) next to plain `SET id 1 EX ttl` keys.
 *
 *   npm run bench:correlate -- [--articles 20000] [--fill 1000000] [--concurrency 16] [--json] [--profile run.cpuprofile]
 *
 * Uses its own DB index (REDIS_BENCH_URL, default redis://127.0.0.1:6379/9), refuses to run if
 * that DB is not empty, and FLUSHDBs it at the end. Last line with --json:
 * { articlesPerSec, baselinePerSec, bytesPerArticle }.
 */
// `npm run bench:correlate` may run without tsconfig-paths: register the @sitrep/* paths here.
import 'tsconfig-paths/register';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import Redis from 'ioredis';
import { ensureNodeFlags } from '../../apps/sitrep/src/relaunch';
import type { ArticleClassifiedEvent, EventType } from '@sitrep/contracts';
import {
  Correlator, DEFAULT_MINHASH, IncidentStore, ReportFeaturesExtractor, leadOf, type CommitRequest, type ReportFeatures, type ReportKeys,
} from '@sitrep/correlation';
import { redisCpuSeconds } from './lib/process-cpu';
import { seededRandom } from './lib/random';

interface Args {
  articles: number;
  fill: number;
  concurrency: number;
  json: boolean;
  /** Events without the classifier's correlation features (full body): the correlator reads the text itself, as before issue 17. */
  raw: boolean;
  /** Write a V8 CPU profile of the correlation run alone (not the fill or the stream's set-up) to this file. */
  profile: string | null;
}

function parseArgs(argv: string[]): Args {
  const num = (name: string, dflt: number, max: number) => {
    const i = argv.indexOf(`--${name}`);
    const v = i >= 0 ? Number(argv[i + 1]) : dflt;
    if (!Number.isFinite(v) || v < 0) throw new Error(`--${name} must be a number`);
    return Math.min(Math.floor(v), max);
  };
  // Bounded: the machine is shared.
  return {
    articles: num('articles', 20_000, 200_000),
    fill: num('fill', 1_000_000, 2_000_000),
    concurrency: Math.max(1, num('concurrency', 16, 256)),
    json: argv.includes('--json'),
    raw: argv.includes('--raw'),
    profile: argv.includes('--profile') ? argv[argv.indexOf('--profile') + 1] ?? null : null,
  };
}


const SYLLABLES = ['ka', 'ri', 'to', 'men', 'sa', 'lo', 'vi', 'dar', 'ne', 'qu', 'bel', 'hu', 'zan', 'por', 'ti', 'gra', 'esh', 'mo'];
const TYPES: EventType[] = ['Battles', 'Explosions/Remote violence', 'Violence against civilians', 'Protests', 'Riots', 'Strategic developments'];
const COUNTRIES = ['IQ', 'SY', 'UA', 'SD', 'ML', 'NG', 'SO', 'YE', 'MM', 'CD', 'AF', 'PK', 'LB', 'IL', 'ET', 'BF', 'LY', 'HT', 'MX', 'CO'];

/** A synthetic news stream: events told by 1 to 5 reports that share facts but not wording. */
export class StreamGenerator {
  private readonly rnd = seededRandom(42);
  private readonly words: string[];
  private readonly names: string[];

  constructor() {
    const word = (n: number) => Array.from({ length: n }, () => SYLLABLES[Math.floor(this.rnd() * SYLLABLES.length)]).join('');
    this.words = Array.from({ length: 4000 }, () => word(2 + Math.floor(this.rnd() * 2)));
    this.names = Array.from({ length: 3000 }, () => {
      const w = word(2 + Math.floor(this.rnd() * 2));
      return w[0].toUpperCase() + w.slice(1);
    });
  }

  private pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.rnd() * list.length)];
  }

  *events(count: number, start: number): Generator<ArticleClassifiedEvent> {
    let made = 0;
    let event = 0;
    while (made < count) {
      const country = this.pick(COUNTRIES);
      const admin1 = this.pick(this.names);
      const type = this.pick(TYPES);
      const facts = Array.from({ length: 40 }, () => this.pick(this.words));
      const names = Array.from({ length: 4 }, () => this.pick(this.names));
      const reports = 1 + Math.floor(this.rnd() * 5);
      const at = start + event * 1000;
      for (let r = 0; r < reports && made < count; r++, made++) {
        const body: string[] = [];
        // 10 to 50 sentences of about 100 characters: bodies of 1 to 5 KB, as real articles
        // (the pipeline bench's average is 3.1 KB).
        const sentences = 10 + Math.floor(this.rnd() * 41);
        for (let s = 0; s < sentences; s++) {
          const sentence = Array.from({ length: 12 }, () => (this.rnd() < 0.6 ? this.pick(facts) : this.pick(this.words)));
          sentence.splice(3, 0, `in ${this.pick(names)}`);
          body.push(`${sentence.join(' ')}.`);
        }
        const id = `bench-${event}-${r}`;
        const publishedAt = new Date(at + r * 60_000).toISOString();
        yield {
          eventId: `evt-${id}`,
          occurredAt: publishedAt,
          schemaVersion: 1,
          correlationId: id,
          article: {
            id, source: `outlet-${r}`, url: `https://outlet-${r}.example/${id}`,
            title: `${this.pick(facts)} ${this.pick(facts)} in ${names[0]} ${admin1}`,
            body: body.join(' '), publishedAt, receivedAt: publishedAt,
          },
          classification: {
            places: [], primary: { country, admin1, city: null, lat: null, lon: null }, countries: [country],
            region: null, regions: [], level: (1 + Math.floor(this.rnd() * 5)) as 1 | 2 | 3 | 4 | 5, signals: [],
            eventType: type, subEventType: null, actors: [], casualties: { killed: 0, injured: 0 },
            weapons: [], targets: [], language: 'en', engine: 'bench',
          },
        };
      }
      event++;
    }
  }
}

/** Counts the store's Redis round trips, so the baseline makes exactly as many. */
class CountingStore extends IncidentStore {
  roundTrips = 0;
  override async lookup(f: ReportFeatures, keys?: ReportKeys) {
    this.roundTrips++;
    return super.lookup(f, keys);
  }
  override async commit(req: CommitRequest) {
    this.roundTrips++;
    return super.commit(req);
  }
  override async read(id: string) {
    this.roundTrips++;
    return super.read(id);
  }
  protected override async fetchProfiles(ids: string[]) {
    this.roundTrips++;
    return super.fetchProfiles(ids);
  }
}

async function usedMemory(redis: Redis): Promise<number> {
  const info = await redis.info('memory');
  const m = /used_memory:(\d+)/.exec(info);
  return m ? Number(m[1]) : 0;
}

async function runPool<T>(items: Iterable<T>, concurrency: number, work: (item: T) => Promise<unknown>): Promise<void> {
  const it = items[Symbol.iterator]();
  const worker = async () => {
    for (let next = it.next(); !next.done; next = it.next()) await work(next.value);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

/**
 * Server-side fill: Lua writes `count` articles' signatures in the store's layout (one hash key
 * per time bucket and shard, field = kind + rest of the hash), shaped like a template taken from
 * IncidentStore.signatureEntries, so the bench measures the real layout without pushing 13
 * million commands through the client. Pseudo-random base64url from an LCG seeded per call.
 */
const FILL_SCRIPT = `
local keyPrefix, expireAt, count, seed, shardChars = ARGV[1], ARGV[2], tonumber(ARGV[3]), tonumber(ARGV[4]), tonumber(ARGV[5])
local alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
local state = seed
local function rnd(n)
  local out = {}
  for k = 1, n do
    -- MINSTD: products stay below 2^53, exact in Lua's doubles.
    state = (state * 48271) % 2147483647
    local c = math.floor(state / 1024) % 64 + 1
    out[k] = string.sub(alphabet, c, c)
  end
  return table.concat(out)
end
local template = {}
for k = 6, #ARGV, 3 do template[#template + 1] = {ARGV[k], tonumber(ARGV[k + 1]), tonumber(ARGV[k + 2])} end
for a = 1, count do
  local incident = rnd(11)
  for _, t in ipairs(template) do
    local key = keyPrefix .. rnd(shardChars)
    local value = incident
    if t[3] > 11 then value = incident .. '|' .. rnd(t[3] - 12) end
    redis.call('HSET', key, t[1] .. rnd(t[2] - 1), value)
    redis.call('PEXPIREAT', key, expireAt)
  end
end
return count
`;

function randomFeatures(i: number): ReportFeatures {
  const b64 = (n: number) => randomBytes(n).toString('base64url');
  return {
    articleId: `fill-${i}`, eventTag: b64(5).slice(0, 6), idKey: b64(12), urlKey: b64(12), textKey: b64(12),
    bands: Array.from({ length: DEFAULT_MINHASH.bands }, () => b64(6)), time: 0, place: { country: null, admin1: null, city: null },
    countries: [], eventType: 'Battles', actors: [], terms: { keys: [], weights: [] }, names: { keys: [], weights: [] }, blocks: [],
    dates: [], eventDate: null, year: null, killed: 0, injured: 0,
  };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const log = (line: string) => process.stderr.write(`${line}\n`);
  // Auto-pipelining: concurrent correlations share socket writes, as a busy consumer's would.
  const redis = new Redis(process.env.REDIS_BENCH_URL ?? 'redis://127.0.0.1:6379/9', { maxRetriesPerRequest: 2, enableAutoPipelining: true });
  if ((await redis.dbsize()) > 0) throw new Error('the bench DB is not empty: set REDIS_BENCH_URL to an unused DB index');
  const ttlSec = 72 * 3600;
  try {
    // 1. Plain keys: the reference cost of one Redis key with a TTL.
    const before = await usedMemory(redis);
    for (let i = 0; i < args.fill; i += 10_000) {
      const p = redis.pipeline();
      for (let j = i; j < Math.min(args.fill, i + 10_000); j++) p.set(`plain:${j}`, '1', 'EX', ttlSec);
      await p.exec();
    }
    const plainBytes = (await usedMemory(redis)) - before;
    await redis.flushdb();

    // 2. One million recent signatures in the store's own layout, pipelined.
    const store = new CountingStore(redis, { prefix: 'bench:' });
    const beforeFill = await usedMemory(redis);
    const fillStart = Date.now();
    const sample = store.signatureEntries(randomFeatures(0), randomBytes(8).toString('base64url'));
    const keyPrefix = sample.entries[0][0].slice(0, sample.entries[0][0].lastIndexOf(':') + 1);
    const shardChars = sample.entries[0][0].length - keyPrefix.length;
    const template = sample.entries.flatMap(([, field, value]) => [field[0], field.length, value.length]);
    for (let i = 0; i < args.fill; i += 2_000) {
      // Small chunks: the Redis is shared, and one script blocks it while it runs.
      await redis.eval(FILL_SCRIPT, 0, keyPrefix, sample.expireAt, Math.min(2_000, args.fill - i), 1 + i, shardChars, ...template);
    }
    const fillBytes = (await usedMemory(redis)) - beforeFill;
    log(`filled ${args.fill} signatures in ${((Date.now() - fillStart) / 1000).toFixed(1)} s`);

    // 3. The correlator on a synthetic stream against that store.
    const correlator = new Correlator(store);
    const extractor = new ReportFeaturesExtractor();
    // Reports of one event arrive minutes apart, not back to back: interleave them.
    const ordered = [...new StreamGenerator().events(args.articles, Date.now() - 3_600_000)];
    const stride = 97;
    const full = Array.from({ length: stride }, (_, k) => ordered.filter((_, i) => i % stride === k)).flat();
    // As the classifier sends them since issue 17: text features computed there, the body cut to
    // its lead. The classifier's cost of computing them is timed here, outside the run.
    const c0 = process.hrtime.bigint();
    const stream = args.raw
      ? full
      : full.map((e) => ({ ...e, correlation: extractor.textFeatures(e.article.title, e.article.body), article: { ...e.article, body: leadOf(e.article.body) } }));
    const classifierUs = args.raw ? 0 : Number(process.hrtime.bigint() - c0) / 1e3 / Math.max(1, full.length);
    const messageBytes = (events: readonly unknown[]) => events.slice(0, 2000).reduce((n: number, e) => n + Buffer.byteLength(JSON.stringify(e)), 0) / Math.min(2000, Math.max(1, events.length));
    log(`message    articles.classified ${messageBytes(full).toFixed(0)} B with the full body, ${messageBytes(stream).toFixed(0)} B as sent (${args.raw ? 'raw' : `features + lead; features computed in ${classifierUs.toFixed(0)} us/article`})`);
    const outcomes = new Map<string, number>();
    const avgBytes = full.reduce((n, e) => n + e.article.title.length + e.article.body.length, 0) / Math.max(1, full.length);
    const beforeRun = await usedMemory(redis);
    const redisCpu0 = await redisCpuSeconds(redis);
    const profiler = args.profile ? new Session() : null;
    if (profiler) {
      profiler.connect();
      await profiler.post('Profiler.enable');
      await profiler.post('Profiler.start');
    }
    const cpu0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    await runPool(stream, args.concurrency, async (event) => {
      const res = await correlator.correlate(event);
      outcomes.set(res.outcome, (outcomes.get(res.outcome) ?? 0) + 1);
    });
    const runSec = Number(process.hrtime.bigint() - t0) / 1e9;
    if (profiler && args.profile) {
      const { profile } = await profiler.post('Profiler.stop');
      writeFileSync(args.profile, JSON.stringify(profile));
      profiler.disconnect();
      log(`profile    ${args.profile} (node scripts/bench/lib/cpu-profile-summary.js ${args.profile})`);
    }
    // CPU per article, next to wall-clock throughput: on a shared two-core machine the wall clock
    // measures the neighbours as much as the code. Redis CPU includes other clients' load.
    const cpu = process.cpuUsage(cpu0);
    const nodeCpuUs = (cpu.user + cpu.system) / args.articles;
    const redisCpuUs = ((await redisCpuSeconds(redis)) - redisCpu0) * 1e6 / args.articles;
    const runBytes = (await usedMemory(redis)) - beforeRun;
    const articlesPerSec = args.articles / runSec;
    const incidents = outcomes.get('opened') ?? 0;

    // 4. Baseline: as many plain round trips, at the same concurrency.
    const trips = store.roundTrips;
    let n = 0;
    const b0 = process.hrtime.bigint();
    await runPool({ [Symbol.iterator]: function* () { for (let i = 0; i < trips; i++) yield i; } }, args.concurrency, async () => {
      n++;
      await redis.set(`base:${n % 1000}`, '1', 'EX', 60);
    });
    const baseSec = Number(process.hrtime.bigint() - b0) / 1e9;
    const baselinePerSec = args.articles / baseSec;

    // Extraction alone, to tell CPU from Redis time.
    const e0 = process.hrtime.bigint();
    for (const event of full.slice(0, 2000)) extractor.extract(event);
    const extractUs = Number(process.hrtime.bigint() - e0) / 1e3 / Math.min(2000, stream.length);

    const bytesPerArticle = fillBytes / Math.max(1, args.fill);
    log(`articles ${args.articles} (average ${avgBytes.toFixed(0)} characters), concurrency ${args.concurrency}, outcomes ${JSON.stringify(Object.fromEntries(outcomes))}`);
    log(`correlator ${articlesPerSec.toFixed(0)} articles/s (${runSec.toFixed(2)} s, ${(trips / args.articles).toFixed(2)} round trips/article, extraction ${extractUs.toFixed(0)} us/article)`);
    log(`cpu        node ${nodeCpuUs.toFixed(0)} us/article (user ${(cpu.user / args.articles).toFixed(0)}, system ${(cpu.system / args.articles).toFixed(0)}), redis ${redisCpuUs.toFixed(0)} us/article (one core each: about ${(1e6 / Math.max(nodeCpuUs, redisCpuUs)).toFixed(0)} articles/s)`);
    log(`baseline   ${baselinePerSec.toFixed(0)} articles/s (${trips} plain SETs in ${baseSec.toFixed(2)} s)`);
    log(`memory     signatures ${bytesPerArticle.toFixed(0)} B/article vs plain SET key ${(plainBytes / Math.max(1, args.fill)).toFixed(0)} B/key; run ${(runBytes / Math.max(1, incidents)).toFixed(0)} B per incident (${(runBytes / args.articles).toFixed(0)} B per article incl. its signatures)`);
    if (args.json) {
      // Exactly the keys DESIGN.md names; CPU and message sizes are on the lines above (stderr).
      process.stdout.write(`${JSON.stringify({ articlesPerSec: Math.round(articlesPerSec), baselinePerSec: Math.round(baselinePerSec), bytesPerArticle: Math.round(bytesPerArticle) })}\n`);
    }
  } finally {
    await redis.flushdb();
    await redis.quit();
  }
}

// Run as a script (npm run bench:correlate); imported, it only lends its stream generator.
// Measured as the correlator stage runs: with the stage's Node flags (apps/sitrep/src/node-flags.ts).
if (require.main === module && ensureNodeFlags()) {
  main().catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
    process.exitCode = 1;
  });
}
