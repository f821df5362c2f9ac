/**
 * `npm run eval [-- --json] [--geo F…] [--events F…] [--clustering F…] [--only]`
 *
 * Scores the classification engine (and, through scripts/eval/clustering.eval.ts, the
 * correlator) on the labeled dev data in ../shared/data (or $SITREP_DATA_DIR) plus any file of
 * the same format named on the command line; `--only` skips the default files. Prints one table
 * per set; with `--json`, the last line is the machine-readable summary from DESIGN.md.
 */
import 'tsconfig-paths/register';
import { existsSync, readdirSync } from 'fs';
import { basename, join, resolve } from 'path';
import { ClassificationEngine } from '@sitrep/classification';
import { evalEvents, EventScores } from './eval/events.eval';
import { evalGeo, GeoScores } from './eval/geo.eval';

interface ClusteringScores { b3F1: number; b3P: number; b3R: number; pairP: number; pairR: number; pairF1: number }
type ClusteringEval = (file: string) => Promise<ClusteringScores>;

interface Args { json: boolean; only: boolean; geo: string[]; events: string[]; clustering: string[] }

function parseArgs(argv: string[]): Args {
  const args: Args = { json: false, only: false, geo: [], events: [], clustering: [] };
  let bucket: string[] | null = null;
  for (const a of argv) {
    if (a === '--json') { args.json = true; bucket = null; } else if (a === '--only') { args.only = true; bucket = null; } else if (a === '--geo') bucket = args.geo;
    else if (a === '--events') bucket = args.events;
    else if (a === '--clustering') bucket = args.clustering;
    else if (bucket) bucket.push(resolve(a));
    else throw new Error(`unexpected argument ${a}`);
  }
  return args;
}

function defaultFiles(dataDir: string, set: string): string[] {
  const dir = join(dataDir, set);
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(dir, f));
}

function table(title: string, rows: Record<string, Record<string, number | undefined>>): void {
  const files = Object.keys(rows);
  if (files.length === 0) return;
  const cols = [...new Set(files.flatMap((f) => Object.keys(rows[f])))];
  const w0 = Math.max(12, ...files.map((f) => f.length));
  console.log(`\n${title}`);
  const w = cols.map((c) => Math.max(11, c.length));
  console.log([''.padEnd(w0), ...cols.map((c, i) => c.padStart(w[i]))].join(' '));
  for (const f of files) {
    const cell = (v: number | undefined): string => (v === undefined ? '-' : Number.isInteger(v) ? String(v) : v.toFixed(3));
    console.log([f.padEnd(w0), ...cols.map((c, i) => cell(rows[f][c]).padStart(w[i]))].join(' '));
  }
}

async function loadClustering(): Promise<ClusteringEval | null> {
  try {
    const mod = (await import('./eval/clustering.eval')) as { evalClustering?: ClusteringEval };
    return mod.evalClustering ?? null;
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    if (/Cannot find module.*clustering\.eval/.test(msg)) return null;
    throw err;
  }
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const repoRoot = resolve(__dirname, '..');
  const dataDir = process.env.SITREP_DATA_DIR ? resolve(process.env.SITREP_DATA_DIR) : resolve(repoRoot, '../shared/data');
  const geoFiles = [...(args.only ? [] : defaultFiles(dataDir, 'geo')), ...args.geo];
  const eventFiles = [...(args.only ? [] : defaultFiles(dataDir, 'events')), ...args.events];
  const clusteringFiles = [...(args.only ? [] : defaultFiles(dataDir, 'clustering')), ...args.clustering];

  const started = Date.now();
  const engine = ClassificationEngine.create();
  const geo: Record<string, GeoScores> = {};
  for (const f of geoFiles) geo[basename(f)] = evalGeo(f, engine);
  const events: Record<string, EventScores> = {};
  for (const f of eventFiles) events[basename(f)] = evalEvents(f, engine);
  const clustering: Record<string, ClusteringScores> = {};
  if (clusteringFiles.length > 0) {
    const evalClustering = await loadClustering();
    if (!evalClustering) console.log('\nclustering: scripts/eval/clustering.eval.ts not found (or exports no evalClustering); skipped');
    else for (const f of clusteringFiles) clustering[basename(f)] = await evalClustering(f);
  }

  table('geo (country micro P/R/F1, primary-country accuracy, admin-1 micro F1 by name and by ISO 3166-2 code, primary admin-1 code accuracy)', geo as unknown as Record<string, Record<string, number>>);
  table('events (bandAcc: 3-band CAMEO, 2-band CASE, MUC-4 = share of death articles at level >= 4)', events as unknown as Record<string, Record<string, number>>);
  table('clustering (B-cubed and pairwise)', clustering as unknown as Record<string, Record<string, number>>);
  console.log(`\n(${((Date.now() - started) / 1000).toFixed(1)} s, data: ${dataDir})`);
  if (args.json) {
    const pick = <T extends object>(o: Record<string, T>, keys: string[]): Record<string, Partial<T>> =>
      Object.fromEntries(Object.entries(o).map(([f, s]) => [f, Object.fromEntries(Object.entries(s).filter(([k, v]) => keys.includes(k) && v !== undefined)) as Partial<T>]));
    console.log(JSON.stringify({
      geo: pick(geo, ['countryF1', 'primaryAcc', 'admin1F1', 'admin1CodeF1', 'primaryAdmin1Acc']),
      events: pick(events, ['bandAcc', 'bandMacroF1', 'typeAcc', 'deathsP', 'deathsR', 'injuriesP', 'injuriesR', 'deathsOnNonIncident', 'placeAcc', 'falseAlarm3', 'conflictTyped', 'eventRecall', 'nFalse', 'nTrue']),
      clustering,
    }));
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
