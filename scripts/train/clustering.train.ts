/**
 * `npm run train clustering`: the correlator's merge model (libs/correlation/src/merge-weights.json).
 *
 * 1. Every ECB+ dev article is classified (the engine, as the eval does) and its report features
 *    extracted, with publication times spread over 48 hours in file order, as in the eval.
 * 2. Labelled pairs, taken the way the correlator meets them: each report against every gold
 *    incident formed before it (the profile of all its earlier reports, and of its latest report
 *    alone, so small incidents are learned too); same cluster = 1. Pairs with nothing in common
 *    (no shared term weight worth 0.05, no band, another topic) are left out: the store never
 *    offers them as candidates.
 * 3. Topic-grouped cross-validation (6 folds of 4 topics; a topic's two sub-topics, i.e. its hard
 *    negatives, always on one side): fit on 5 folds, cluster the 6th online with the real scorer
 *    and greedy best-candidate decision, pool the 6 held-out clusterings, sweep the threshold.
 *    The threshold is the one with the best CV B³ F1 among those holding CV pairwise precision
 *    ≥ MIN_PAIR_P (0.95: the issue's 0.92 plus a margin, see below); of thresholds within B3_TIE
 *    of that F1, the highest.
 * 4. The final model is fitted on all dev pairs; the file records the data's sha256, the CV
 *    table and the in-memory dev scores. No clock, no randomness: same data, same bytes.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  extendProfile,
  openProfile,
  ReportFeaturesExtractor,
  ReportSimilarityScorer,
  DEFAULT_SCORER,
  type IncidentProfile,
  type ReportFeatures,
} from '@sitrep/correlation';
import { fitLogistic } from '../../libs/correlation/src/logistic.regression';
import { MERGE_FEATURES, type MergeModel } from '../../libs/correlation/src/merge.model';
import { ecbEvents, loadClassifier, scoreClusters, type ClusteringScores, type Row } from '../eval/clustering.eval';
import type { TrainContext } from '../train';

/** A fixed epoch for the spread publication times (only their differences matter). */
const EPOCH = Date.parse('2026-01-01T00:00:00Z');
const FOLDS = 6;
const L2 = 1;
/**
 * The issue asks for CV pairwise precision ≥ 0.92; the sweep is noisy near that line (on the
 * merged classifier of 2026-12-06: 0.935 at t=0.775 next to 0.907 at t=0.75), and the earlier
 * hand-set rules lost 0.18 of pairwise precision from dev to the unseen half. A wrong merge hides
 * an attack inside another, the worst error for an analyst, so the choice keeps a margin: at
 * 0.95 (t=0.875 on that run) CV B³ F1 is 0.888, still above the 0.86 floor, and the hard
 * negatives of the integration tests (one state, one day, one type, 5 against 40 dead) stay
 * apart, which they did not at 0.92 or 0.94.
 */
const MIN_PAIR_P = 0.95;
/**
 * Thresholds whose CV B³ F1 lies this close to the best count as tied, and the highest of them (the
 * most precise) is taken: the sweep moves by a few thousandths when a classifier change moves a
 * handful of pairs (0.886 at t=0.9 beside 0.890 at t=0.875, pairwise precision 0.978 against 0.962,
 * after a geotagger change of 2026-12-07), and precision is what the unseen half loses.
 */
const B3_TIE = 0.005;
const THRESHOLDS = Array.from({ length: 33 }, (_, i) => Math.round((0.1 + i * 0.025) * 1000) / 1000);

interface Doc {
  row: Row;
  topic: string;
  f: ReportFeatures;
}

interface Pair {
  x: number[];
  y: number;
  /** Topics of the report and of the incident (for grouping). */
  topics: [string, string];
}

export async function loadDocs(file: string): Promise<{ docs: Doc[]; classifier: string }> {
  const rows = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Row);
  const classifier = await loadClassifier();
  const extractor = new ReportFeaturesExtractor();
  const docs: Doc[] = [];
  const ids = (row: Row) => ({ eventId: `train-${row.id}`, url: `https://eval.invalid/${encodeURIComponent(row.id)}` });
  for await (const { row, event } of ecbEvents(rows, classifier.classify, EPOCH, ids)) {
    docs.push({ row, topic: String(row.topic ?? row.cluster_id.split('_')[0]), f: extractor.extract(event) });
  }
  return { docs, classifier: classifier.name };
}

/** An incident as the store would index it: profile, bands and index keys of its reports. */
interface SimIncident {
  profile: IncidentProfile;
  bands: Set<string>;
  blocks: Set<string>;
  topic: string;
}

function simOpen(id: string, d: Doc): SimIncident {
  return { profile: openProfile(id, d.f), bands: new Set(d.f.bands), blocks: new Set(d.f.blocks), topic: d.topic };
}

function simExtend(inc: SimIncident, d: Doc): SimIncident {
  return {
    profile: extendProfile(inc.profile, d.f),
    bands: new Set([...inc.bands, ...d.f.bands]),
    blocks: new Set([...inc.blocks, ...d.f.blocks]),
    topic: inc.topic,
  };
}

const viaBand = (inc: SimIncident, f: ReportFeatures): boolean => f.bands.some((b) => inc.bands.has(b));
const sharesKey = (inc: SimIncident, f: ReportFeatures): boolean => viaBand(inc, f) || f.blocks.some((b) => inc.blocks.has(b));

function pairsOf(docs: Doc[]): Pair[] {
  const scorer = new ReportSimilarityScorer();
  const gold = new Map<string, SimIncident>();
  const last = new Map<string, SimIncident>();
  const pairs: Pair[] = [];
  for (const d of docs) {
    for (const [cluster, inc] of gold) {
      // The incident of all its earlier reports, and (when that has more than one) its latest alone.
      const latest = last.get(cluster);
      for (const candidate of inc.profile.reports > 1 && latest ? [inc, latest] : [inc]) {
        const { x } = scorer.score(d.f, candidate.profile, viaBand(candidate, d.f));
        if (!x.length) continue;
        const y = cluster === d.row.cluster_id ? 1 : 0;
        const related = candidate.topic === d.topic || x[MERGE_FEATURES.indexOf('text')] >= 0.05 || sharesKey(candidate, d.f);
        if (y || related) pairs.push({ x, y, topics: [d.topic, candidate.topic] });
      }
    }
    const cluster = d.row.cluster_id;
    const prev = gold.get(cluster);
    gold.set(cluster, prev ? simExtend(prev, d) : simOpen(cluster, d));
    last.set(cluster, simOpen(`${cluster}:last`, d));
  }
  return pairs;
}

/** Online greedy clustering as the Correlator does it (candidates share a key; best ≥ threshold joins). */
export function cluster(docs: Doc[], model: MergeModel, threshold: number): string[] {
  const scorer = new ReportSimilarityScorer({ ...DEFAULT_SCORER, model });
  const incidents: SimIncident[] = [];
  const pred: string[] = [];
  for (const d of docs) {
    let best = -1;
    let bestScore = threshold;
    for (let k = 0; k < incidents.length; k++) {
      if (!sharesKey(incidents[k], d.f)) continue;
      const { score } = scorer.score(d.f, incidents[k].profile, viaBand(incidents[k], d.f));
      if (score >= bestScore) {
        best = k;
        bestScore = score;
      }
    }
    if (best >= 0) incidents[best] = simExtend(incidents[best], d);
    else {
      best = incidents.length;
      incidents.push(simOpen(`inc${best}`, d));
    }
    pred.push(incidents[best].profile.id);
  }
  return pred;
}

function fit(pairs: Pair[]): number[] {
  // Classes balanced, so the weights do not depend on how many unrelated pairs were kept.
  const pos = pairs.filter((p) => p.y === 1).length;
  const neg = pairs.length - pos;
  const rowWeights = pairs.map((p) => (p.y ? pairs.length / (2 * pos) : pairs.length / (2 * neg)));
  return fitLogistic(pairs.map((p) => p.x), pairs.map((p) => p.y), { l2: L2, rowWeights }).weights;
}

const round = (x: number, digits = 6): number => Number(x.toFixed(digits));
const roundScores = (s: ClusteringScores): ClusteringScores =>
  Object.fromEntries(Object.entries(s).map(([k, v]) => [k, round(v, 4)])) as unknown as ClusteringScores;

export async function train(ctx: TrainContext): Promise<void> {
  const file = join(ctx.dataDir, 'clustering', 'ecbplus-dev.jsonl');
  const sha256 = createHash('sha256').update(readFileSync(file)).digest('hex');
  const { docs, classifier } = await loadDocs(file);
  const topics = [...new Set(docs.map((d) => d.topic))].sort((a, b) => Number(a) - Number(b) || a.localeCompare(b));
  const foldOf = new Map(topics.map((t, i) => [t, i % FOLDS]));
  const pairs = pairsOf(docs);
  ctx.log(`${docs.length} articles (${classifier}), ${topics.length} topics, ${pairs.length} pairs (${pairs.filter((p) => p.y).length} positive)`);

  // Cross-validation: held-out clusterings pooled, one per threshold.
  const gold = docs.map((d) => d.row.cluster_id);
  const pooled = THRESHOLDS.map(() => new Array<string>(docs.length));
  for (let k = 0; k < FOLDS; k++) {
    const trainPairs = pairs.filter((p) => foldOf.get(p.topics[0]) !== k && foldOf.get(p.topics[1]) !== k);
    const model: MergeModel = { features: MERGE_FEATURES, weights: fit(trainPairs), threshold: 0.5 };
    const held = docs.map((d, i) => ({ d, i })).filter(({ d }) => foldOf.get(d.topic) === k);
    THRESHOLDS.forEach((t, ti) => {
      const pred = cluster(held.map((h) => h.d), model, t);
      held.forEach((h, j) => (pooled[ti][h.i] = `f${k}:${pred[j]}`));
    });
  }
  const cv = THRESHOLDS.map((t, ti) => ({ threshold: t, ...roundScores(scoreClusters(gold, pooled[ti])) }));
  const holding = cv.filter((c) => c.pairP >= MIN_PAIR_P);
  const best = (holding.length ? holding : cv.slice(-1)).reduce((a, b) => (b.b3F1 > a.b3F1 ? b : a));
  const chosen = (holding.length ? holding : [best]).filter((c) => c.b3F1 >= best.b3F1 - B3_TIE).reduce((a, b) => (b.threshold > a.threshold ? b : a));
  // Each held-out fold alone at the chosen threshold: how much the pooled figure hides.
  const chosenAt = THRESHOLDS.indexOf(chosen.threshold);
  const perFold = Array.from({ length: FOLDS }, (_, k) => {
    const idx = docs.map((d, i) => ({ d, i })).filter(({ d }) => foldOf.get(d.topic) === k).map(({ i }) => i);
    return { fold: k, topics: topics.filter((t) => foldOf.get(t) === k), ...roundScores(scoreClusters(idx.map((i) => gold[i]), idx.map((i) => pooled[chosenAt][i]))) };
  });
  for (const f of perFold) ctx.log(`cv fold ${f.fold} topics ${f.topics.join(',')}: b3F1=${f.b3F1.toFixed(3)} pairP=${f.pairP.toFixed(3)}`);
  for (const c of cv) ctx.log(`cv t=${c.threshold.toFixed(3)} b3F1=${c.b3F1.toFixed(3)} b3P=${c.b3P.toFixed(3)} pairP=${c.pairP.toFixed(3)} pairR=${c.pairR.toFixed(3)}${c === chosen ? '  <- chosen' : ''}`);

  const weights = fit(pairs).map((w) => round(w));
  const model: MergeModel = { features: MERGE_FEATURES, weights, threshold: chosen.threshold };
  const dev = roundScores(scoreClusters(gold, cluster(docs, model, chosen.threshold)));
  ctx.log(`weights ${MERGE_FEATURES.map((f, i) => `${f}=${weights[i]}`).join(' ')}`);
  ctx.log(`threshold ${chosen.threshold}: CV b3F1 ${chosen.b3F1} pairP ${chosen.pairP}; dev (in memory) b3F1 ${dev.b3F1} pairP ${dev.pairP}`);

  const out = {
    $comment: 'Generated by `npm run train clustering` (scripts/train/clustering.train.ts). Do not edit.',
    features: MERGE_FEATURES,
    weights,
    threshold: chosen.threshold,
    trainedOn: { file: 'clustering/ecbplus-dev.jsonl', sha256, articles: docs.length, topics: topics.length, pairs: pairs.length, classifier, l2: L2 },
    crossValidation: { folds: FOLDS, groupedBy: 'topic', minPairP: MIN_PAIR_P, chosen, perFold, table: cv },
    devInMemory: dev,
  };
  const target = join(ctx.repoRoot, 'libs/correlation/src/merge-weights.json');
  writeFileSync(target, `${JSON.stringify(out, null, 2)}\n`);
  ctx.log(`wrote ${target}`);
}
