/**
 * Rule-matching benchmark (issue 5): RuleIndex against the linear scan, same rules, same
 * incidents, same run.
 *
 *   npm run bench:match -- --rules 100000 [--incidents 5000] [--scan-incidents 200] [--text-words 0] [--seed 1] [--json]
 *
 * Rules are skewed toward popular countries (Zipf), as real subscriptions are; incidents too.
 * Each rule is then tuned to a noise budget, as an analyst does with the rule preview: its
 * expected share of incidents, drawn log-uniform in [0.01 %, 1 %] (from one alert every few days
 * to ~20 a day at a couple of thousand incidents a day), is reached by raising minLevel or adding
 * event-type/keyword filters. --untuned skips that and shows the output-bound worst case.
 * With --json the last line is `{ rules, p50Us, p99Us, scanP50Us, speedup, ... }`.
 * Exits 1 if the index and the scan disagree on any sampled incident.
 */
import { parseArgs } from 'node:util';
import type { Incident, Rule } from '@sitrep/contracts';
import { linearScanMatch, RuleIndex, type RuleMatch } from '@sitrep/rules';
import { seededRandom } from './lib/random';

const { values: args } = parseArgs({
  options: {
    rules: { type: 'string', default: '100000' },
    incidents: { type: 'string', default: '5000' },
    'scan-incidents': { type: 'string', default: '200' },
    'text-words': { type: 'string', default: '0' },
    seed: { type: 'string', default: '1' },
    json: { type: 'boolean', default: false },
    untuned: { type: 'boolean', default: false },
  },
});

const RULES = positiveInt(args.rules, 'rules');
const INCIDENTS = positiveInt(args.incidents, 'incidents');
const SCAN_INCIDENTS = Math.min(INCIDENTS, positiveInt(args['scan-incidents'], 'scan-incidents'));
const TEXT_WORDS = Number(args['text-words']) || 0;

function positiveInt(value: string | undefined, name: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} must be a positive integer, got ${value}`);
  return n;
}

// --- seeded randomness and Zipf sampling --------------------------------------------------

const random = seededRandom(Number(args.seed) || 1);

/** Rank r (0-based) drawn with probability ∝ 1/(r+1)^s, by binary search on the CDF. */
class Zipf<T> {
  private readonly cdf: number[];
  constructor(readonly items: readonly T[], s = 1) {
    let sum = 0;
    this.cdf = items.map((_, r) => (sum += 1 / (r + 1) ** s));
    this.cdf = this.cdf.map((c) => c / sum);
  }
  draw(): T {
    const u = random();
    let lo = 0;
    let hi = this.cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cdf[mid] < u) lo = mid + 1; else hi = mid;
    }
    return this.items[lo];
  }
  drawDistinct(n: number): T[] {
    const out = new Set<T>();
    for (let i = 0; i < n * 4 && out.size < n; i++) out.add(this.draw());
    return [...out];
  }
}

function weighted<T>(table: ReadonlyArray<[T, number]>): T {
  let u = random() * table.reduce((s, [, w]) => s + w, 0);
  for (const [value, w] of table) if ((u -= w) < 0) return value;
  return table[table.length - 1][0];
}

const chance = (p: number): boolean => random() < p;
const between = (lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));

// --- the world the rules and incidents live in -------------------------------------------

// Roughly by how much conflict news (and so how many subscriptions) each country draws.
const COUNTRY_REGION: ReadonlyArray<[string, string[]]> = [
  ['UA', ['Eastern Europe']], ['IL', ['Western Asia', 'Middle East']], ['PS', ['Western Asia', 'Middle East']],
  ['RU', ['Eastern Europe']], ['SY', ['Western Asia', 'Middle East']], ['IQ', ['Western Asia', 'Middle East']],
  ['IR', ['Southern Asia', 'Middle East']], ['YE', ['Western Asia', 'Middle East']], ['LB', ['Western Asia', 'Middle East']],
  ['SD', ['Northern Africa']], ['AF', ['Southern Asia']], ['PK', ['Southern Asia']], ['IN', ['Southern Asia']],
  ['CN', ['Eastern Asia']], ['TW', ['Eastern Asia']], ['KP', ['Eastern Asia']], ['MM', ['South-eastern Asia']],
  ['ML', ['Western Africa', 'Sahel']], ['BF', ['Western Africa', 'Sahel']], ['NE', ['Western Africa', 'Sahel']],
  ['NG', ['Western Africa']], ['SO', ['Eastern Africa']], ['ET', ['Eastern Africa']], ['CD', ['Middle Africa']],
  ['LY', ['Northern Africa', 'Middle East']], ['EG', ['Northern Africa', 'Middle East']], ['TR', ['Western Asia', 'Middle East']],
  ['SA', ['Western Asia', 'Middle East']], ['JO', ['Western Asia', 'Middle East']], ['HT', ['Caribbean']],
  ['MX', ['Central America']], ['CO', ['South America']], ['VE', ['South America']], ['US', ['Northern America']],
  ['GB', ['Northern Europe']], ['FR', ['Western Europe']], ['DE', ['Western Europe']], ['PL', ['Eastern Europe']],
  ['BY', ['Eastern Europe']], ['GE', ['Western Asia']], ['AM', ['Western Asia']], ['AZ', ['Western Asia']],
  ['KE', ['Eastern Africa']], ['MZ', ['Eastern Africa']], ['CM', ['Middle Africa']], ['CF', ['Middle Africa']],
  ['SS', ['Eastern Africa']], ['TD', ['Middle Africa', 'Sahel']], ['PH', ['South-eastern Asia']], ['TH', ['South-eastern Asia']],
  ['ID', ['South-eastern Asia']], ['BD', ['Southern Asia']], ['LK', ['Southern Asia']], ['NP', ['Southern Asia']],
  ['KR', ['Eastern Asia']], ['JP', ['Eastern Asia']], ['BR', ['South America']], ['PE', ['South America']],
  ['EC', ['South America']], ['SN', ['Western Africa']],
];
const REGIONS_OF = new Map(COUNTRY_REGION);
const countries = new Zipf(COUNTRY_REGION.map(([c]) => c), 1);
const regions = new Zipf([...new Set(COUNTRY_REGION.flatMap(([, r]) => r))], 1);
const provinces = new Zipf(Array.from({ length: 25 }, (_, k) => `Province ${k}`), 1);

/** Pseudo-words: a fixed syllable code per rank, so tokens are stable and distinct. */
function pseudoWord(rank: number, prefix: string): string {
  const syll = ['ba', 'ko', 'ri', 'tu', 'me', 'sa', 'lo', 'ne', 'di', 'ga', 'vu', 'pe'];
  let s = prefix;
  let n = rank + 1;
  while (n > 0) { s += syll[n % syll.length]; n = Math.floor(n / syll.length); }
  return s;
}
const contentWords = new Zipf(Array.from({ length: 4000 }, (_, r) => pseudoWord(r, 'k')), 1);
const keywordPicks = new Zipf(contentWords.items, 0.9);
const STOP_WORDS = ['the', 'a', 'in', 'of', 'on', 'and', 'to', 'after', 'near', 'says', 'with', 'by'];
const actorNames = new Zipf(Array.from({ length: 400 }, (_, r) => `${pseudoWord(r, 'a')} ${pseudoWord(r * 7 + 3, 'f')}`), 1);
const sourceNames = new Zipf(Array.from({ length: 60 }, (_, r) => `${pseudoWord(r, 's')}.com`), 1);
const EVENT_TYPES: ReadonlyArray<[string, number]> = [
  ['Battles', 25], ['Explosions/Remote violence', 25], ['Violence against civilians', 15], ['Protests', 15],
  ['Riots', 5], ['Strategic developments', 10], ['Not a conflict event', 5],
];

function sentence(min: number, max: number): string {
  return Array.from({ length: between(min, max) }, () => (chance(0.35) ? STOP_WORDS[between(0, STOP_WORDS.length - 1)] : contentWords.draw())).join(' ');
}

function makeRule(i: number): Rule {
  const rule: Rule = {
    id: `rule-${i}`, name: `bench rule ${i}`, createdAt: '2024-01-01T00:00:00Z', channels: {},
    minLevel: weighted([[1, 2], [2, 8], [3, 30], [4, 40], [5, 20]]),
  } as Rule;
  const geo = weighted([['country', 65], ['admin1', 10], ['region', 10], ['none', 15]] as const);
  if (geo === 'country') rule.countries = countries.drawDistinct(weighted([[1, 70], [2, 20], [3, 10]]));
  // Admin-1 names are mostly unique worldwide; half the rules qualify them with the country anyway.
  if (geo === 'admin1') {
    rule.admin1 = Array.from({ length: between(1, 2) }, () => {
      const c = countries.draw();
      return chance(0.5) ? `${c}:${c} ${provinces.draw()}` : `${c} ${provinces.draw()}`;
    });
  }
  if (geo === 'region') rule.regions = [regions.draw()];
  if (chance(0.3)) rule.eventTypes = [...new Set(Array.from({ length: between(1, 2) }, () => weighted(EVENT_TYPES)))];
  // A rule with no place is a firehose unless it names something: most of them do.
  const wantsTerms = geo === 'none' ? chance(0.85) : chance(0.4);
  if (wantsTerms) {
    rule.keywords = Array.from({ length: between(1, 4) }, () => (chance(0.25) ? `${keywordPicks.draw()} ${keywordPicks.draw()}` : keywordPicks.draw()));
    if (chance(0.2)) rule.keywordMode = 'all';
  }
  if (chance(0.15)) { rule.actors = actorNames.drawDistinct(between(1, 2)); if (chance(0.2)) rule.actorMode = 'all'; }
  if (chance(0.05)) rule.sources = sourceNames.drawDistinct(between(1, 3));
  if (geo === 'none' && !rule.keywords && !rule.actors) rule.minLevel = Math.max(rule.minLevel, 4);
  return rule;
}

function makeIncident(i: number): Incident {
  const primary = countries.draw();
  const others = chance(0.4) ? countries.drawDistinct(between(1, 2)).filter((c) => c !== primary) : [];
  const level = weighted([[1, 35], [2, 30], [3, 20], [4, 11], [5, 4]]) as Incident['level'];
  const reports = Array.from({ length: between(1, 4) }, (_, k) => {
    const source = sourceNames.draw();
    return { articleId: `a-${i}-${k}`, source, url: `https://www.${source}/news/${i}-${k}`, title: sentence(8, 14), publishedAt: '2024-05-01T10:00:00Z' };
  });
  const regionList = REGIONS_OF.get(primary) ?? [];
  return {
    id: `inc-${i}`, level, eventType: weighted(EVENT_TYPES), subEventType: null,
    countries: [primary, ...others],
    primary: { country: primary, admin1: chance(0.8) ? `${primary} ${provinces.draw()}` : null, city: null, lat: null, lon: null },
    region: regionList[0] ?? null, regions: regionList,
    firstSeen: '2024-05-01T10:00:00Z', lastSeen: '2024-05-01T10:00:00Z',
    casualties: { killed: 0, injured: 0 },
    actors: actorNames.drawDistinct(between(0, 3)),
    reports, levelHistory: [{ level, at: '2024-05-01T10:00:00Z' }],
    summary: reports[0].title,
  } as Incident;
}

// --- noise budget: tune each rule like an analyst previewing it ------------------------

/** How often each attribute occurs in a calibration stream (not the measured one). */
class IncidentStats {
  private readonly counts = new Map<string, number>();
  private readonly levelCounts = [0, 0, 0, 0, 0, 0];
  private n = 0;

  add(incident: Incident): void {
    this.n++;
    this.levelCounts[incident.level]++;
    const keys = new Set<string>();
    for (const c of incident.countries) keys.add(`c:${c}`);
    for (const r of incident.regions ?? []) keys.add(`r:${r}`);
    if (incident.primary.admin1) keys.add(`a:${incident.primary.admin1}`);
    keys.add(`t:${incident.eventType}`);
    for (const a of incident.actors) keys.add(`p:${a}`);
    for (const r of incident.reports) keys.add(`s:${r.source}`);
    for (const part of [incident.summary ?? '', ...incident.reports.map((r) => r.title)]) {
      for (const w of part.split(' ')) keys.add(`w:${w}`);
    }
    for (const k of keys) this.counts.set(k, (this.counts.get(k) ?? 0) + 1);
  }

  p(key: string): number {
    return Math.max(0.5, this.counts.get(key) ?? 0) / this.n;
  }

  atLeast(level: number): number {
    let hits = 0;
    for (let l = Math.max(1, level); l <= 5; l++) hits += this.levelCounts[l];
    return hits / this.n;
  }
}

const anyOf = (ps: number[]): number => Math.min(1, ps.reduce((a, b) => a + b, 0));
const allOf = (ps: number[]): number => ps.reduce((a, b) => a * b, 1);

/** Expected share of incidents the rule fires on, assuming its filters are independent. */
function expectedRate(rule: Rule, stats: IncidentStats): number {
  let rate = stats.atLeast(rule.minLevel);
  const geo = [
    ...(rule.countries ?? []).map((c) => stats.p(`c:${c}`)),
    ...(rule.admin1 ?? []).map((a) => stats.p(`a:${a.replace(/^[A-Z]{2}:/, '')}`)),
    ...(rule.regions ?? []).map((r) => stats.p(`r:${r}`)),
  ];
  if (geo.length) rate *= anyOf(geo);
  if (rule.eventTypes) rate *= anyOf(rule.eventTypes.map((t) => stats.p(`t:${t}`)));
  if (rule.sources) rate *= anyOf(rule.sources.map((x) => stats.p(`s:${x}`)));
  const phrase = (k: string): number => allOf(k.split(' ').map((w) => stats.p(`w:${w}`)));
  if (rule.keywords) rate *= (rule.keywordMode === 'all' ? allOf : anyOf)(rule.keywords.map(phrase));
  if (rule.actors) rate *= (rule.actorMode === 'all' ? allOf : anyOf)(rule.actors.map((a) => stats.p(`p:${a}`)));
  return rate;
}

// Words an analyst adds to narrow a rule: specific, not the most common ones.
const narrowingWords = new Zipf(contentWords.items.slice(100), 0.8);

function tune(rule: Rule, stats: IncidentStats): void {
  const budget = 10 ** (-4 + 2 * random());
  for (let step = 0; step < 10 && expectedRate(rule, stats) > budget; step++) {
    if (rule.minLevel < 5 && (chance(0.5) || (rule.eventTypes && rule.keywords))) rule.minLevel++;
    else if (!rule.eventTypes) rule.eventTypes = [weighted(EVENT_TYPES)];
    else if (!rule.keywords) rule.keywords = [narrowingWords.draw()];
    else if (rule.keywordMode !== 'all' && rule.keywords.length > 1) rule.keywords = rule.keywords.slice(0, -1);
    else { rule.keywords = [...rule.keywords, narrowingWords.draw()]; rule.keywordMode = 'all'; }
  }
}

// --- measurement --------------------------------------------------------------------------

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

function timeEach(incidents: readonly Incident[], texts: readonly (string | undefined)[], fn: (i: Incident, t?: string) => RuleMatch[]) {
  const micros: number[] = [];
  let matches = 0;
  for (let i = 0; i < incidents.length; i++) {
    const t0 = process.hrtime.bigint();
    const result = fn(incidents[i], texts[i]);
    const t1 = process.hrtime.bigint();
    micros.push(Number(t1 - t0) / 1000);
    matches += result.length;
  }
  const sorted = [...micros].sort((a, b) => a - b);
  return { p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99), mean: micros.reduce((s, x) => s + x, 0) / micros.length, matches };
}

const round = (x: number, digits = 1): number => Math.round(x * 10 ** digits) / 10 ** digits;
const log = (line: string): void => { if (!args.json) console.log(line); };

const calibration = new IncidentStats();
for (let i = 0; i < 3000; i++) calibration.add(makeIncident(-1 - i));
const rules = Array.from({ length: RULES }, (_, i) => makeRule(i));
if (!args.untuned) for (const rule of rules) tune(rule, calibration);
const incidents = Array.from({ length: INCIDENTS }, (_, i) => makeIncident(i));
const texts = incidents.map(() => (TEXT_WORDS > 0 ? sentence(TEXT_WORDS, TEXT_WORDS) : undefined));

const buildStart = process.hrtime.bigint();
const index = new RuleIndex();
for (const rule of rules) index.upsert(rule);
const buildMs = Number(process.hrtime.bigint() - buildStart) / 1e6;
log(`built index of ${index.size} rules in ${round(buildMs)} ms; heap ${round(process.memoryUsage().heapUsed / 2 ** 20)} MB`);

// Warm up both paths (JIT, and the scan's per-rule compile cache) before timing.
for (let i = 0; i < Math.min(500, INCIDENTS); i++) index.match(incidents[i], texts[i]);
for (let i = 0; i < Math.min(5, INCIDENTS); i++) linearScanMatch(rules, incidents[i], texts[i]);

const evaluationsBefore = index.evaluations;
const indexed = timeEach(incidents, texts, (inc, text) => index.match(inc, text));
const candidates = (index.evaluations - evaluationsBefore) / INCIDENTS;
const scanSample = incidents.slice(0, SCAN_INCIDENTS);
const scanned = timeEach(scanSample, texts, (inc, text) => linearScanMatch(rules, inc, text));

// Same answers, or the speed means nothing.
const ids = (m: RuleMatch[]): string => m.map((x) => x.rule.id).sort().join(',');
let mismatches = 0;
for (let i = 0; i < SCAN_INCIDENTS; i++) {
  if (ids(index.match(incidents[i], texts[i])) !== ids(linearScanMatch(rules, incidents[i], texts[i]))) mismatches++;
}

// Where the matches come from, so the rule mix behind the numbers is visible.
const byKind = new Map<string, number>();
for (let i = 0; i < Math.min(500, INCIDENTS); i++) {
  for (const m of index.match(incidents[i], texts[i])) {
    const r = m.rule;
    const geo = r.countries ? 'country' : r.admin1 ? 'admin1' : r.regions ? 'region' : 'anywhere';
    const filters = [r.eventTypes && 'types', r.keywords && 'keywords', r.actors && 'actors', r.sources && 'sources'].filter(Boolean).join('+') || 'no-filter';
    const kind = `${geo}/${filters}`;
    byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
  }
}
log(`matches per incident by rule kind (first ${Math.min(500, INCIDENTS)} incidents): ` +
  [...byKind].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, n]) => `${k} ${round(n / Math.min(500, INCIDENTS))}`).join(', '));

const result = {
  rules: RULES,
  p50Us: round(indexed.p50),
  p99Us: round(indexed.p99),
  scanP50Us: round(scanned.p50),
  speedup: round(scanned.p50 / indexed.p50),
  incidents: INCIDENTS,
  scanIncidents: SCAN_INCIDENTS,
  meanUs: round(indexed.mean),
  meanMatches: round(indexed.matches / INCIDENTS),
  meanCandidates: round(candidates),
  buildMs: Math.round(buildMs),
  textWords: TEXT_WORDS,
  mismatches,
  tuned: !args.untuned,
};
log(`index: p50 ${result.p50Us} µs, p99 ${result.p99Us} µs, mean ${result.meanUs} µs over ${INCIDENTS} incidents; ` +
  `${result.meanCandidates} candidates and ${result.meanMatches} matches per incident`);
log(`scan:  p50 ${result.scanP50Us} µs over ${SCAN_INCIDENTS} incidents → speedup ${result.speedup}×; mismatches ${mismatches}`);
if (args.json) console.log(JSON.stringify(result));
if (mismatches) process.exitCode = 1;
