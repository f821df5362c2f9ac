/**
 * Clustering quality of the real correlator (Redis included) on ECB+-format JSONL: every article
 * runs in file order through Correlator + IncidentStore under a fresh random key prefix, with
 * publication times spread over one 48-hour window (the corpus has no dates), and the incidents
 * it forms are scored against `cluster_id` with B-cubed and pairwise precision/recall/F1.
 *
 * Alone: npx ts-node --transpile-only -r tsconfig-paths/register scripts/eval/clustering.eval.ts [file] [--json]
 */
// Runnable alone without -r: register the @sitrep/* paths here (idempotent).
import 'tsconfig-paths/register';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Redis from 'ioredis';
import type { ArticleClassifiedEvent, Classification } from '@sitrep/contracts';
import { Correlator, IncidentStore, type CorrelatorOptions } from '@sitrep/correlation';

export interface ClusteringScores {
  b3F1: number;
  b3P: number;
  b3R: number;
  pairP: number;
  pairR: number;
  pairF1: number;
}

export interface Row {
  id: string;
  title: string | null;
  url?: string | null;
  text: string;
  cluster_id: string;
  topic?: number | string;
}

export type Classify = (input: { title: string; body: string }) => Promise<Classification>;

export const DEFAULT_CLUSTERING_FILE = resolve(__dirname, '../../../shared/data/clustering/ecbplus-dev.jsonl');
const WINDOW_MS = 48 * 3_600_000;

/** The classifier when libs/classification provides one, else a neutral classification. */
export async function loadClassifier(): Promise<{ name: string; classify: Classify }> {
  if (process.env.CLUSTERING_EVAL_CLASSIFIER === 'neutral') return { name: 'neutral-fallback', classify: async () => neutralClassification() };
  try {
    // Loaded lazily by a computed name: the engine is built in parallel and may not exist yet,
    // and the type checker must not require it.
    const specifier = '@sitrep/classification';
    const mod = (await import(specifier)) as {
      ClassificationEngine?: { create(): { classify(input: { title: string; body: string }): Classification | Promise<Classification> } };
    };
    if (mod.ClassificationEngine?.create) {
      const engine = mod.ClassificationEngine.create();
      return { name: 'classification-engine', classify: async (input) => engine.classify(input) };
    }
  } catch {
    // fall through to the neutral classification
  }
  return { name: 'neutral-fallback', classify: async () => neutralClassification() };
}

export function neutralClassification(): Classification {
  return {
    places: [],
    primary: { country: null, admin1: null, city: null, lat: null, lon: null },
    countries: [],
    region: null,
    regions: [],
    level: 1,
    signals: [],
    eventType: 'Not a conflict event',
    subEventType: null,
    actors: [],
    casualties: { killed: 0, injured: 0 },
    weapons: [],
    targets: [],
    language: 'en',
    engine: 'neutral-fallback',
  };
}

/** ECB+ marks no headline: the first line is the headline (ecbplus) or lead sentence (ecb) alike. */
export function splitText(row: Row): { title: string; body: string } {
  const lines = row.text.split('\n').filter((l) => l.trim());
  const title = row.title ?? lines[0] ?? row.id;
  const body = (row.title ? lines : lines.slice(1)).join('\n') || title;
  return { title, body };
}

/**
 * The rows as the classifier stage would send them, in file order: each classified (a neutral
 * classification where the classifier throws) and published at evenly spaced times over the
 * 48-hour window that starts at `startMs` (the corpus has no dates). Shared by this eval and the
 * merge trainer (scripts/train/clustering.train.ts), so both see the same events.
 */
export async function* ecbEvents(
  rows: Row[],
  classify: Classify,
  startMs: number,
  ids: (row: Row) => { eventId: string; url: string },
): AsyncGenerator<{ row: Row; event: ArticleClassifiedEvent }> {
  for (const [i, row] of rows.entries()) {
    const { title, body } = splitText(row);
    let classification: Classification;
    try {
      classification = await classify({ title, body });
    } catch {
      classification = neutralClassification();
    }
    const at = new Date(startMs + (rows.length > 1 ? (i / (rows.length - 1)) * WINDOW_MS : 0)).toISOString();
    const { eventId, url } = ids(row);
    yield {
      row,
      event: {
        eventId,
        occurredAt: at,
        schemaVersion: 1,
        correlationId: row.id,
        article: { id: row.id, source: 'ecbplus', url, title, body, publishedAt: at, receivedAt: at },
        classification,
      },
    };
  }
}

export function scoreClusters(gold: string[], pred: string[]): ClusteringScores {
  const n = gold.length;
  const pairs = (labels: string[]) => {
    const m = new Map<string, number>();
    for (const l of labels) m.set(l, (m.get(l) ?? 0) + 1);
    return m;
  };
  const goldSize = pairs(gold);
  const predSize = pairs(pred);
  const both = pairs(gold.map((g, i) => `${g}\u0000${pred[i]}`));
  let p = 0;
  let r = 0;
  for (let i = 0; i < n; i++) {
    const same = both.get(`${gold[i]}\u0000${pred[i]}`) ?? 0;
    p += same / (predSize.get(pred[i]) ?? 1);
    r += same / (goldSize.get(gold[i]) ?? 1);
  }
  const b3P = n ? p / n : 0;
  const b3R = n ? r / n : 0;
  const choose2 = (k: number) => (k * (k - 1)) / 2;
  const sum = (m: Map<string, number>) => [...m.values()].reduce((s, k) => s + choose2(k), 0);
  const tp = sum(both);
  const pairP = sum(predSize) ? tp / sum(predSize) : 1;
  const pairR = sum(goldSize) ? tp / sum(goldSize) : 1;
  const f1 = (a: number, b: number) => (a + b ? (2 * a * b) / (a + b) : 0);
  return { b3F1: f1(b3P, b3R), b3P, b3R, pairP, pairR, pairF1: f1(pairP, pairR) };
}

/** Incidents that mix gold clusters, on stderr: what to look at when precision drops. */
function debugReport(classifier: string, rows: Row[], pred: string[]): void {
  const byIncident = new Map<string, string[]>();
  pred.forEach((p, i) => byIncident.set(p, [...(byIncident.get(p) ?? []), rows[i].cluster_id]));
  // Hard negatives: pairs of one topic in different clusters (two earthquakes); how many merged.
  let hard = 0;
  let merged = 0;
  for (let i = 0; i < rows.length; i++) {
    for (let j = i + 1; j < rows.length; j++) {
      if (rows[i].topic === undefined || rows[i].topic !== rows[j].topic || rows[i].cluster_id === rows[j].cluster_id) continue;
      hard++;
      if (pred[i] === pred[j]) merged++;
    }
  }
  process.stderr.write(`classifier=${classifier} incidents=${byIncident.size} hard-negative pairs merged ${merged}/${hard}\n`);
  for (const [id, clusters] of byIncident) {
    const counts = new Map<string, number>();
    for (const c of clusters) counts.set(c, (counts.get(c) ?? 0) + 1);
    if (counts.size > 1) process.stderr.write(`  mixed ${id}: ${JSON.stringify(Object.fromEntries(counts))}\n`);
  }
}

async function dropPrefix(redis: Redis, prefix: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
    if (keys.length) await redis.unlink(...keys);
    cursor = next;
  } while (cursor !== '0');
}

export async function evalClustering(file: string = DEFAULT_CLUSTERING_FILE, options: CorrelatorOptions = {}): Promise<ClusteringScores> {
  const rows = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Row);
  const classifier = await loadClassifier();
  const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { lazyConnect: true, maxRetriesPerRequest: 2 });
  await redis.connect();
  const prefix = `eval:clustering:${randomUUID()}:`;
  try {
    // ECB+ is general news (celebrities, sport, technology next to shootings): it measures the
    // merge decision, so reports the classifier calls "Not a conflict event" are correlated too.
    const correlator = new Correlator(new IncidentStore(redis, { prefix }), { keepNonEvents: true, ...options });
    const pred: string[] = [];
    const ids = (row: Row) => ({ eventId: randomUUID(), url: row.url ?? `https://eval.invalid/${encodeURIComponent(row.id)}` });
    for await (const { row, event } of ecbEvents(rows, classifier.classify, Date.now() - WINDOW_MS, ids)) {
      const res = await correlator.correlate(event);
      pred.push(res.outcome === 'duplicate' ? (res.incidentId ?? `dup:${row.id}`) : res.outcome === 'not_an_event' ? `none:${row.id}` : res.incident.id);
    }
    if (process.env.CLUSTERING_EVAL_DEBUG) debugReport(classifier.name, rows, pred);
    return scoreClusters(rows.map((r) => r.cluster_id), pred);
  } finally {
    await dropPrefix(redis, prefix);
    await redis.quit();
  }
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith('--')) ?? DEFAULT_CLUSTERING_FILE;
  evalClustering(file)
    .then((scores) => {
      if (args.includes('--json')) {
        process.stdout.write(`${JSON.stringify({ clustering: { [file]: scores } })}\n`);
        return;
      }
      const fmt = (v: number) => v.toFixed(3);
      process.stdout.write(`clustering ${file}\n`);
      for (const [k, v] of Object.entries(scores)) process.stdout.write(`  ${k.padEnd(7)} ${fmt(v)}\n`);
    })
    .catch((err: unknown) => {
      process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
      process.exitCode = 1;
    });
}
