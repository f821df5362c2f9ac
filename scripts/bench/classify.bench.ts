/**
 * `npm run bench:classify [-- --articles N] [--no-cache] [--json]`
 *
 * Articles per second of ClassificationEngine.classify() on one core, over a generated mix of
 * 1–5 KB news-like articles, next to a baseline measured in the same run over the same texts (a
 * plain lowercase + tokenise pass), both per second of CPU time so a busy shared machine does not
 * skew them, in a process with the stage's Node flags. Also reports the heap the gazetteer holds. With `--json` the
 * last line is `{ articlesPerSec, baselinePerSec, heapMB }` (DESIGN.md, Public interface v1).
 */
import 'tsconfig-paths/register';
import { setFlagsFromString } from 'v8';
import { runInNewContext } from 'vm';
import { ClassificationEngine } from '@sitrep/classification';
import { ensureNodeFlags } from '../../apps/sitrep/src/relaunch';
import { seededRandom } from './lib/random';

/** A full collection before each heap reading, so the gazetteer figure is what stays, not garbage. */
setFlagsFromString('--expose_gc');
const collect = runInNewContext('gc') as () => void;

interface Article { title: string; body: string }

const PLACES = ['Baghdad', 'Mosul', 'Kirkuk', 'Anbar province', 'Aleppo', 'Idlib', 'Damascus', 'Gaza City', 'Khan Younis', 'Kharkiv', 'Donetsk', 'Odesa', 'Kabul', 'Kandahar', 'Mogadishu', 'Maiduguri', 'Lagos', 'Khartoum', 'Tripoli', 'Sanaa', 'Aden', 'Beirut', 'Tehran', 'Islamabad', 'Peshawar', 'Karachi', 'Goma', 'Bamako', 'Caracas', 'Bogotá', 'Mexico City', 'Chicago', 'Atlanta, Georgia', 'Manila', 'Yangon', 'Paris', 'London', 'Berlin', 'Ankara', 'Erbil'];
const COUNTRIES = ['Iraq', 'Syria', 'Ukraine', 'Afghanistan', 'Somalia', 'Nigeria', 'Sudan', 'Libya', 'Yemen', 'Lebanon', 'Iran', 'Pakistan', 'Mali', 'Venezuela', 'Colombia', 'Mexico', 'the United States', 'the Philippines', 'Myanmar', 'France', 'Turkey'];
const ACTORS = ['militants', 'government forces', 'police', 'protesters', 'an armed group', 'the army', 'rebel fighters', 'unidentified gunmen', 'security forces', 'local officials'];
const EVENTS = [
  '{a} attacked a checkpoint near {p}, killing {n} soldiers and wounding {m} others.',
  'A roadside bomb exploded in {p} on {d}, injuring {n} civilians, {a} said.',
  'Thousands of protesters marched through {p} demanding the resignation of the governor.',
  '{a} arrested {n} suspects in {p} after a week-long investigation.',
  'The foreign minister of {c} met his counterpart in {p} for talks on trade and security.',
  'Rockets struck a residential district of {p} late on {d}; {n} people were killed.',
  'Clashes between {a} and local fighters broke out on the outskirts of {p}.',
  'Officials in {c} warned of new sanctions if the talks in {p} fail.',
  'Drone strikes hit positions of {a} near {p}, according to a statement.',
  'Floods displaced {n} families in the region around {p}, aid agencies said.',
];
const FILLER = [
  'The situation remained tense throughout the day, according to residents who spoke by telephone.',
  'Analysts said the developments could affect negotiations planned for later in the month.',
  'Local media broadcast footage showing damaged buildings and crowds gathered in the streets.',
  'The ministry did not respond to a request for comment.',
  'Humanitarian groups have called for access to the affected areas and for the protection of civilians.',
  'Markets reopened in the afternoon as traffic returned to the main roads.',
  'A spokesman said an investigation had been opened and that more details would follow.',
  'The region has seen repeated incidents over the past year, with several reported last month.',
];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

function generate(count: number, seed = 42): Article[] {
  const rnd = seededRandom(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)];
  const fill = (t: string): string => t
    .replace('{a}', pick(ACTORS)).replace('{p}', pick(PLACES)).replace('{c}', pick(COUNTRIES))
    .replace('{d}', pick(DAYS)).replace('{n}', String(1 + Math.floor(rnd() * 30))).replace('{m}', String(Math.floor(rnd() * 12)));
  const out: Article[] = [];
  for (let i = 0; i < count; i++) {
    const target = 1000 + Math.floor(rnd() * 4000);
    const lead = fill(pick(EVENTS));
    let body = `${lead.charAt(0).toUpperCase()}${lead.slice(1)}`;
    while (body.length < target) body += ` ${rnd() < 0.35 ? fill(pick(EVENTS)) : pick(FILLER)}${rnd() < 0.2 ? '\n\n' : ''}`;
    out.push({ title: `${pick(['Violence', 'Tension', 'Talks', 'Attack', 'Protest'])} in ${pick(PLACES)}`, body });
  }
  return out;
}

const WORD_RE = /[\p{L}\p{M}\p{N}]+/gu;

/** The floor every engine must beat: touch every character once. */
function baseline(a: Article): number {
  let n = 0;
  for (const _m of `${a.title}\n${a.body}`.toLowerCase().matchAll(WORD_RE)) n++;
  return n;
}

/**
 * Articles per second of CPU time (user + system) of this process: the floor is per core, and
 * CPU time, unlike wall time, does not count the moments other processes had the core.
 */
function timeIt(articles: Article[], fn: (a: Article) => unknown, minMs: number): number {
  let done = 0;
  const wallStart = Date.now();
  const cpuStart = process.cpuUsage();
  do {
    for (const a of articles) fn(a);
    done += articles.length;
  } while (Date.now() - wallStart < minMs);
  const cpu = process.cpuUsage(cpuStart);
  return (done / ((cpu.user + cpu.system) / 1e6));
}

function main(): void {
  const argv = process.argv.slice(2);
  const json = argv.includes('--json');
  const n = Number(argv[argv.indexOf('--articles') + 1]) || 1000;
  const articles = generate(n);
  const bytes = articles.reduce((s, a) => s + a.title.length + a.body.length + 1, 0);

  collect();
  const heapBefore = process.memoryUsage().heapUsed;
  const t0 = Date.now();
  // The gazetteer is read from its on-disk cache when that holds this build; --no-cache builds it.
  const noCache = argv.includes('--no-cache');
  const engine = ClassificationEngine.create(noCache ? { gazetteerCache: { enabled: false, dir: null } } : {});
  const createMs = Date.now() - t0;
  collect();
  const heapMB = (process.memoryUsage().heapUsed - heapBefore) / 1e6;

  // Warm up both paths so the JIT has compiled them before the clock runs.
  for (const a of articles.slice(0, 200)) { engine.classify(a); baseline(a); }
  // The machine is shared: alternate the two measurements and keep each one's best round.
  let baselinePerSec = 0;
  let articlesPerSec = 0;
  for (let round = 0; round < 3; round++) {
    baselinePerSec = Math.max(baselinePerSec, timeIt(articles, baseline, 500));
    articlesPerSec = Math.max(articlesPerSec, timeIt(articles, (a) => engine.classify(a), 1500));
  }

  const avgKB = bytes / articles.length / 1024;
  console.log(`articles: ${articles.length} generated, avg ${avgKB.toFixed(1)} KB (1-5 KB)`);
  console.log(`engine:   ${articlesPerSec.toFixed(0)} articles/s (${(articlesPerSec * avgKB / 1024).toFixed(1)} MB/s)`);
  console.log(`baseline: ${baselinePerSec.toFixed(0)} articles/s (lowercase + tokenise)`);
  console.log(`gazetteer: ${heapMB.toFixed(0)} MB heap held by the engine, ready in ${createMs} ms (${noCache ? 'built' : 'built, or read from the cache'})`);
  if (json) console.log(JSON.stringify({ articlesPerSec: Math.round(articlesPerSec), baselinePerSec: Math.round(baselinePerSec), heapMB: Math.round(heapMB) }));
}

// The engine is measured as the classifier stage runs it: with the stage's Node flags
// (apps/sitrep/src/node-flags.ts; the young generation they size is where the engine's garbage dies).
if (ensureNodeFlags()) main();
