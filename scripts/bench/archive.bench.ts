/**
 * Archive benchmark (issue 18): upserts into PostgreSQL, then full-text + filter searches and
 * 90-day trends against that many archived incidents.
 *
 *   npm run bench:archive -- --rows 1000000 [--batch 1000] [--concurrency 4] [--queries 300] [--seed 1] [--keep] [--json]
 *
 * Runs in a fresh schema of DATABASE_URL's database (default the local `sitrep`), dropped at the
 * end unless --keep. Incidents are synthetic: 40 countries × 12 admin-1, seven event types,
 * levels skewed low, 1–3 reports each over two years, titles drawn Zipf-like from a 3,000-word
 * vocabulary (so search words range from common to rare). Searches: one vocabulary word (drawn
 * from the same Zipf law) plus one filter (country, admin-1 or event type), newest 50, as the
 * History page asks. Trends: 90 days by day for a country or an admin-1.
 * With --json the last line is `{ rows, searchP50Ms, searchP95Ms, trendsP95Ms, upsertsPerSec, ... }`.
 */
import { parseArgs } from 'node:util';
import { Pool } from 'pg';
import { archiveConnectionString, IncidentArchive, IncidentSearch, migrate, MIGRATIONS, TrendsQuery } from '@sitrep/archive';
import { loadConfig } from '@sitrep/config';
import { EVENT_TYPES, Incident } from '@sitrep/contracts';
import { percentiles } from './lib/percentiles';
import { SeededRandom } from './lib/random';

const { values: args } = parseArgs({
  options: {
    rows: { type: 'string', default: '100000' },
    batch: { type: 'string', default: '1000' },
    concurrency: { type: 'string', default: '4' },
    queries: { type: 'string', default: '300' },
    seed: { type: 'string', default: '1' },
    keep: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});
const ROWS = Number(args.rows);
const BATCH = Number(args.batch);
const CONCURRENCY = Number(args.concurrency);
const QUERIES = Number(args.queries);
const rnd = new SeededRandom(Number(args.seed));
const log = (msg: string) => process.stderr.write(`[bench:archive] ${msg}\n`);

const COUNTRIES = Array.from({ length: 40 }, (_, i) => String.fromCharCode(65 + (i % 26)) + String.fromCharCode(65 + Math.floor(i / 26) + 7));
const ADMIN1 = (c: string, i: number) => ({ code: `${c}-${String(i + 1).padStart(2, '0')}`, name: `Province ${c} ${i + 1}` });
const VOCAB = Array.from({ length: 3000 }, (_, i) => `w${i.toString(36)}${'aeiou'[i % 5]}x`);
const ACTORS = Array.from({ length: 200 }, (_, i) => `actor${i}`);
/** Zipf-like index in [0, n): rank r with weight 1/(r+1). */
const zipf = (n: number) => Math.min(n - 1, Math.floor(Math.exp(rnd.next() * Math.log(n + 1)) - 1));
const END = Date.UTC(2026, 11, 1);
const DAY = 86_400_000;

function title(): string {
  return Array.from({ length: rnd.int(6, 12) }, () => VOCAB[zipf(VOCAB.length)]).join(' ');
}

function incident(n: number): Incident {
  const country = COUNTRIES[zipf(COUNTRIES.length)];
  const a1 = ADMIN1(country, rnd.int(0, 11));
  const start = END - rnd.next() * 730 * DAY;
  const reports = Array.from({ length: rnd.int(1, 3) }, (_, i) => ({
    articleId: `b${n}-${i}`, source: `source${rnd.int(1, 50)}.example`, url: `https://news.example/${n}/${i}`, title: title(),
    publishedAt: new Date(start + i * rnd.int(1, 600) * 60_000).toISOString(),
  }));
  const level = Math.min(5, 1 + zipf(5)) as Incident['level'];
  return {
    id: `bench-${n}`, level, eventType: rnd.pick(EVENT_TYPES), subEventType: null, countries: [country],
    primary: { country, admin1: a1.name, admin1Code: a1.code, city: null, lat: rnd.next() * 60, lon: rnd.next() * 60 },
    region: 'Somewhere', firstSeen: reports[0].publishedAt, lastSeen: reports[reports.length - 1].publishedAt,
    casualties: { killed: level >= 4 ? rnd.int(0, 20) : 0, injured: rnd.int(0, 5) }, actors: [rnd.pick(ACTORS), rnd.pick(ACTORS)],
    reports, levelHistory: [{ level, at: reports[0].publishedAt }], summary: reports[0].title,
  };
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

async function main() {
  const config = loadConfig();
  const schema = `bench_${Date.now().toString(36)}`;
  const u = new URL(archiveConnectionString(config.archive.databaseUrl));
  u.searchParams.set('options', `${u.searchParams.get('options')} -c search_path=${schema}`);
  const pool = new Pool({ connectionString: u.toString(), max: Math.max(2, CONCURRENCY) });
  try {
    await migrate(pool, MIGRATIONS);
    const archive = new IncidentArchive(pool);
    log(`schema ${schema}: upserting ${ROWS} incidents in batches of ${BATCH}, ${CONCURRENCY} at once…`);
    const t0 = Date.now();
    // Several transactions in flight, as the archiver's consumer has (many messages of a batch at once).
    let next = 0;
    let done = 0;
    const worker = async () => {
      while (next < ROWS) {
        const from = next;
        next += BATCH;
        await archive.upsertMany(Array.from({ length: Math.min(BATCH, ROWS - from) }, (_, i) => incident(from + i)));
        done += Math.min(BATCH, ROWS - from);
        if ((done / BATCH) % 50 === 0) log(`${done} rows, ${Math.round((done * 1000) / (Date.now() - t0))}/s`);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const upsertsPerSec = Math.round((ROWS * 1000) / (Date.now() - t0));
    // Steady state: autovacuum has analysed the tables and marked pages all-visible (index-only scans).
    await pool.query('VACUUM ANALYZE');

    const search = new IncidentSearch(pool);
    const trends = new TrendsQuery(pool, () => new Date(END));
    const searchMs: number[] = [];
    const hits: number[] = [];
    for (let i = 0; i < QUERIES; i++) {
      const word = VOCAB[zipf(VOCAB.length)];
      const country = COUNTRIES[zipf(COUNTRIES.length)];
      const filter = [{ country }, { admin1: ADMIN1(country, rnd.int(0, 11)).code }, { eventType: rnd.pick(EVENT_TYPES) }][i % 3];
      searchMs.push(await timed(async () => hits.push((await search.page({ q: word, ...filter }, 50)).items.length)));
    }
    const trendsMs: number[] = [];
    for (let i = 0; i < QUERIES; i++) {
      const country = COUNTRIES[zipf(COUNTRIES.length)];
      const to = new Date(END - rnd.int(0, 600) * DAY);
      const filter = i % 2 ? { country } : { admin1: ADMIN1(country, rnd.int(0, 11)).code };
      trendsMs.push(await timed(() => trends.buckets({ ...filter, from: new Date(to.getTime() - 89 * DAY).toISOString(), to: to.toISOString() }, 'day')));
    }
    const size = (await pool.query<{ total: string; incidents: string }>(
      `SELECT pg_total_relation_size('incidents') + pg_total_relation_size('incident_docs') + pg_total_relation_size('incident_reports') + pg_total_relation_size('daily_rollups') AS total,
              pg_total_relation_size('incidents') AS incidents`,
    )).rows[0];
    const [searchP50Ms, searchP95Ms] = percentiles(searchMs, [50, 95]);
    const [trendsP50Ms, trendsP95Ms] = percentiles(trendsMs, [50, 95]);
    const round = (x: number) => Math.round(x * 100) / 100;
    const result = {
      rows: ROWS, searchP50Ms: round(searchP50Ms), searchP95Ms: round(searchP95Ms), trendsP50Ms: round(trendsP50Ms), trendsP95Ms: round(trendsP95Ms),
      upsertsPerSec, bytesPerIncident: Math.round(Number(size.total) / ROWS), incidentsTableBytesPerIncident: Math.round(Number(size.incidents) / ROWS),
      searchMeanHits: round(hits.reduce((a, b) => a + b, 0) / hits.length), queries: QUERIES, batch: BATCH, concurrency: CONCURRENCY,
    };
    if (!args.json) log(JSON.stringify(result, null, 2));
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    if (!args.keep) await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`).catch(() => undefined);
    await pool.end();
  }
}

main().catch((e) => {
  process.stderr.write(`bench:archive failed: ${(e as Error).stack ?? e}\n`);
  process.exit(1);
});
