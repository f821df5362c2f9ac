import type { IncidentProfile, ReportFeatures, WeightedTerms } from './correlation.types';
import { daysBetween } from './event-facts.extractor';
import { coreCut, topVote, type ProfileTrace } from './incident-profile';
import { DEFAULT_MERGE_MODEL, MERGE_FEATURES, mergeProbability, type MergeModel } from './merge.model';

const HOUR = 3_600_000;
export const NOT_CONFLICT = 'Not a conflict event';
/** The report's names that say what it is about: its six most mentioned. */
const MAIN_NAMES = 6;

export interface ScorerOptions {
  /** Reports further apart in time than this never join (default 72 h). */
  matchWindowMs: number;
  /** Names ("Anbar", "Reid") count this many times a common word in the text vector. */
  nameBoost: number;
  /** Learned weights over the pair features (merge-weights.json, `npm run train clustering`). */
  model: MergeModel;
}

export const DEFAULT_SCORER: ScorerOptions = { matchWindowMs: 72 * HOUR, nameBoost: 2, model: DEFAULT_MERGE_MODEL };

/**
 * A weighted term vector over term ids (see TermIds), names boosted, with the ids of names: built
 * once per report and once per profile object, under one numbering (`generation`).
 */
interface TermVector {
  generation: number;
  ids: Int32Array;
  weights: Float64Array;
  norm: number;
  nameIds: Int32Array;
  /** Name counts, for a report's main names (parallel to nameIds); empty for a profile. */
  nameCounts: number[];
  /** Every name of the report (for a profile: its core names, heaviest first). */
  allNameIds: Int32Array;
}

/** Term ids of a profile's terms and names, in order (see `adopt`). */
interface KnownIds {
  terms: ArrayLike<number>;
  names: ArrayLike<number>;
}

/** Most terms numbered before the numbering starts again (2 MB of scratch weights at most). */
const MAX_TERM_IDS = 1 << 18;

/**
 * `ids.includes(id)` as a plain loop: `Int32Array.prototype.includes` is a call into the runtime
 * (~3% of the correlator's CPU in a perf profile of the bench, for arrays of at most 30 names).
 */
function has(ids: Int32Array, id: number): boolean {
  for (let i = 0; i < ids.length; i++) if (ids[i] === id) return true;
  return false;
}

/** A copy of `array` long enough to index `id` (doubling, so growth is rare). */
function grown<T extends Float64Array | Int32Array>(array: T, id: number): T {
  let size = array.length;
  while (size <= id) size *= 2;
  const out = new (array.constructor as new (n: number) => T)(size);
  out.set(array);
  return out;
}

/**
 * Terms as small integers, so that the cosine of a report and a profile reads the report's
 * weights from a dense array instead of doing a string-keyed lookup per profile term and
 * candidate (that lookup was the scorer's largest cost). Bounded: at MAX_TERM_IDS it starts
 * again, and vectors of the old numbering are rebuilt when next used.
 */
class TermIds {
  generation = 0;
  private readonly ids = new Map<string, number>();

  idOf(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      if (this.ids.size >= MAX_TERM_IDS) {
        this.ids.clear();
        this.generation++;
      }
      id = this.ids.size;
      this.ids.set(term, id);
    }
    return id;
  }
}

/** Score and the pair features it came from, kept for explanations, tests and training. */
export interface SimilarityBreakdown {
  /** Probability that the report tells the incident's event (0 beyond the time window). */
  score: number;
  /** Feature values in MERGE_FEATURES order (empty beyond the time window). */
  x: number[];
  text: number;
  place: number;
  time: number;
}

const NO_MATCH: SimilarityBreakdown = { score: 0, x: [], text: 0, place: 0, time: -1 };
const F = Object.fromEntries(MERGE_FEATURES.map((name, i) => [name, i])) as Record<(typeof MERGE_FEATURES)[number], number>;

/**
 * How likely a report describes the incident a profile summarises: a logistic model over pair
 * features (merge.model.ts) learned from ECB+ dev pairs with topic-grouped cross-validation
 * (`npm run train clustering`). The features are the text and names against the incident as a
 * whole and against its core (what most of its reports say, so that one outlying report cannot
 * pull unrelated events in), the classifier's place, type and actors, the time gap, a shared
 * MinHash band, and what tells two similar events apart: stated dates, years and death tolls.
 */
export class ReportSimilarityScorer {
  private readonly terms = new TermIds();
  /** Vectors by report and by profile object (the store caches profiles by version). */
  private readonly vectors = new WeakMap<ReportFeatures | IncidentProfile, TermVector>();
  private readonly cores = new WeakMap<IncidentProfile, TermVector>();
  /** The weights of the report being scored (`loaded`), by term id; zero elsewhere. */
  private scratch = new Float64Array(1024);
  private loaded: TermVector | null = null;
  /** Term id → the stamp of the last vector build that had it as a name. */
  private marks = new Int32Array(1024);
  private stamp = 0;
  /** The features of the pair being decided (`probability`), reused. */
  private readonly x = new Array<number>(MERGE_FEATURES.length).fill(0);

  constructor(private readonly options: ScorerOptions = DEFAULT_SCORER) {}

  private vectorOf(x: ReportFeatures | IncidentProfile, mainNames: number): TermVector {
    let v = this.vectors.get(x);
    if (!v || v.generation !== this.terms.generation) {
      v = this.build(x.terms, x.names, mainNames);
      // Numbering restarted while building: build again, now with room to spare.
      if (v.generation !== this.terms.generation) v = this.build(x.terms, x.names, mainNames);
      this.vectors.set(x, v);
    }
    return v;
  }

  /** A profile's core (see `coreCut`): what most of its reports say. `pv`: the profile's own vector. */
  private coreOf(p: IncidentProfile, pv: TermVector): TermVector {
    let v = this.cores.get(p);
    if (!v || v.generation !== this.terms.generation) {
      const cut = coreCut(p.reports);
      if (pv.generation === this.terms.generation) v = this.coreFrom(p, pv, cut);
      else {
        v = this.build(p.terms, p.names, Infinity, cut);
        if (v.generation !== this.terms.generation) v = this.build(p.terms, p.names, Infinity, cut);
      }
      this.cores.set(p, v);
    }
    return v;
  }

  /**
   * The core's vector taken from the profile's (same numbering): the same ids, weights, norm and
   * names `build(p.terms, p.names, Infinity, cut)` gives, without numbering every term a second
   * time (a new profile, i.e. one per report, was two builds; the term lookups were most of it).
   * Everything is core (the profile's own vector) below three reports or without report counts.
   */
  private coreFrom(p: IncidentProfile, pv: TermVector, cut: number): TermVector {
    const termDocs = cut > 1 ? p.terms.docs : undefined;
    const nameDocs = cut > 1 ? p.names.docs : undefined;
    if (!termDocs && !nameDocs) return pv;
    const stamp = ++this.stamp;
    const nameIds: number[] = [];
    const nameCounts: number[] = [];
    for (let i = 0; i < pv.allNameIds.length; i++) {
      if (nameDocs && nameDocs[i] < cut) continue;
      nameIds.push(pv.allNameIds[i]);
      nameCounts.push(p.names.weights[i]);
      this.marks[pv.allNameIds[i]] = stamp;
    }
    let n = 0;
    for (let i = 0; i < pv.ids.length; i++) if (!termDocs || termDocs[i] >= cut) n++;
    const ids = new Int32Array(n);
    const weights = new Float64Array(n);
    let sq = 0;
    for (let i = 0, k = 0; i < pv.ids.length; i++) {
      if (termDocs && termDocs[i] < cut) continue;
      const id = (ids[k] = pv.ids[i]);
      weights[k] = this.marks[id] === stamp ? p.terms.weights[i] * this.options.nameBoost : p.terms.weights[i];
      sq += weights[k] * weights[k];
      k++;
    }
    const allNameIds = Int32Array.from(nameIds);
    return { generation: pv.generation, ids, weights, norm: Math.sqrt(sq), nameIds: allNameIds, nameCounts, allNameIds };
  }

  /** Keys held by at least `cut` reports (all, when the counts are absent). */
  private static kept(t: WeightedTerms, cut: number): WeightedTerms {
    const docs = t.docs;
    if (cut <= 1 || !docs) return t;
    const out: WeightedTerms = { keys: [], weights: [] };
    for (let i = 0; i < t.keys.length; i++) {
      if (docs[i] >= cut) {
        out.keys.push(t.keys[i]);
        out.weights.push(t.weights[i]);
      }
    }
    return out;
  }

  /**
   * `known`: the term ids of every term and name, in order, when the caller has them (see
   * `adopt`; only for `cut` 1, where every key is kept): the same vector without a lookup per key.
   */
  private build(allTerms: WeightedTerms, allNames: WeightedTerms, mainNames: number, cut = 1, known?: KnownIds): TermVector {
    const terms = ReportSimilarityScorer.kept(allTerms, cut);
    const names = ReportSimilarityScorer.kept(allNames, cut);
    const generation = this.terms.generation;
    // Names marked with a fresh stamp: "is this term a name" is one array read.
    const stamp = ++this.stamp;
    const nameIds = new Int32Array(names.keys.length);
    for (let i = 0; i < nameIds.length; i++) {
      const id = (nameIds[i] = known ? known.names[i] : this.terms.idOf(names.keys[i]));
      if (id >= this.marks.length) this.marks = grown(this.marks, id);
      this.marks[id] = stamp;
    }
    const ids = new Int32Array(terms.keys.length);
    const weights = new Float64Array(ids.length);
    let sq = 0;
    for (let i = 0; i < ids.length; i++) {
      const id = (ids[i] = known ? known.terms[i] : this.terms.idOf(terms.keys[i]));
      weights[i] = this.marks[id] === stamp ? terms.weights[i] * this.options.nameBoost : terms.weights[i];
      sq += weights[i] * weights[i];
    }
    const main = Math.min(mainNames, nameIds.length);
    return {
      generation,
      ids,
      weights,
      norm: Math.sqrt(sq),
      nameIds: main < nameIds.length ? nameIds.slice(0, main) : nameIds,
      nameCounts: names.weights.slice(0, main),
      allNameIds: nameIds,
    };
  }

  /**
   * Gives `next`, a profile made from `prev` and the report `f` (`extendProfile` or, with `prev`
   * null, `openProfile`), its vector from theirs: `trace` says where each of its terms and names
   * came from (an index into `prev`'s, or `~j` for the report's `j`th), so no term is looked up
   * again. The same vector scoring would build for it; nothing is done when either vector is
   * missing or of an older numbering (then it is built when first scored).
   */
  adopt(next: IncidentProfile, prev: IncidentProfile | null, f: ReportFeatures, trace: ProfileTrace): void {
    const generation = this.terms.generation;
    const rv = this.vectors.get(f);
    const pv = prev ? this.vectors.get(prev) : undefined;
    if (!rv || rv.generation !== generation || (prev && (!pv || pv.generation !== generation))) return;
    const pick = (from: number[], own: Int32Array | undefined, report: Int32Array): Int32Array => {
      const ids = new Int32Array(from.length);
      for (let i = 0; i < from.length; i++) ids[i] = from[i] >= 0 ? (own as Int32Array)[from[i]] : report[~from[i]];
      return ids;
    };
    const known = { terms: pick(trace.terms, pv?.ids, rv.ids), names: pick(trace.names, pv?.allNameIds, rv.allNameIds) };
    this.vectors.set(next, this.build(next.terms, next.names, Infinity, 1, known));
  }

  /** The three vectors under the current numbering, the report's weights in `scratch`. */
  private vectorsOf(f: ReportFeatures, p: IncidentProfile): [TermVector, TermVector, TermVector] {
    let pv = this.vectorOf(p, Infinity);
    let cv = this.coreOf(p, pv);
    const rv = this.vectorOf(f, MAIN_NAMES);
    if (pv.generation !== rv.generation || cv.generation !== rv.generation) {
      pv = this.vectorOf(p, Infinity);
      cv = this.coreOf(p, pv);
    }
    if (this.loaded !== rv) {
      if (this.loaded) for (const id of this.loaded.ids) this.scratch[id] = 0;
      for (let i = 0; i < rv.ids.length; i++) {
        if (rv.ids[i] >= this.scratch.length) this.scratch = grown(this.scratch, rv.ids[i]);
        this.scratch[rv.ids[i]] = rv.weights[i];
      }
      this.loaded = rv;
    }
    return [rv, pv, cv];
  }

  /** Cosine of the report's vector (loaded) and a profile's. */
  private textSimilarity(rv: TermVector, pv: TermVector): number {
    if (!rv.norm || !pv.norm) return 0;
    let dot = 0;
    // A profile term numbered after the report's last term lies beyond the scratch array: weight 0.
    const scratch = this.scratch;
    for (let i = 0; i < pv.ids.length; i++) {
      const id = pv.ids[i];
      if (id < scratch.length) dot += scratch[id] * pv.weights[i];
    }
    return dot / (rv.norm * pv.norm);
  }

  score(f: ReportFeatures, p: IncidentProfile, viaBand = false): SimilarityBreakdown {
    const gap = f.time < p.t0 ? p.t0 - f.time : f.time > p.t1 ? f.time - p.t1 : 0;
    if (gap > this.options.matchWindowMs) return NO_MATCH;
    const x = this.features(f, p, viaBand, gap);
    return { score: mergeProbability(this.options.model, x), x, text: x[F.text], place: ReportSimilarityScorer.place(f, p), time: -x[F.lateGap] };
  }

  /**
   * `score(f, p, viaBand).score`, the same number, for the correlator's decision: the features go
   * into one reused array instead of a new array and breakdown per candidate.
   */
  probability(f: ReportFeatures, p: IncidentProfile, viaBand = false): number {
    const gap = f.time < p.t0 ? p.t0 - f.time : f.time > p.t1 ? f.time - p.t1 : 0;
    if (gap > this.options.matchWindowMs) return 0;
    return mergeProbability(this.options.model, this.fill(this.x, f, p, viaBand, gap));
  }

  /** The pair features, in MERGE_FEATURES order. */
  features(f: ReportFeatures, p: IncidentProfile, viaBand: boolean, gap: number): number[] {
    return this.fill(new Array<number>(MERGE_FEATURES.length), f, p, viaBand, gap);
  }

  /** The pair features into `x` (every entry written). */
  private fill(x: number[], f: ReportFeatures, p: IncidentProfile, viaBand: boolean, gap: number): number[] {
    const [rv, pv, cv] = this.vectorsOf(f, p);
    x.fill(0);
    x[F.bias] = 1;
    x[F.text] = this.textSimilarity(rv, pv);
    x[F.coreText] = this.textSimilarity(rv, cv);
    x[F.nameCover] = ReportSimilarityScorer.mainNameCover(rv, pv);
    x[F.coreNameCover] = ReportSimilarityScorer.mainNameCover(rv, cv);
    x[F.coreNamesInReport] = ReportSimilarityScorer.coreNamesIn(rv, cv);
    const a = f.place;
    const b = p.place;
    if (a.country && b.country) {
      if (a.country !== b.country) {
        // Cross-border events name both countries; only disjoint country lists disagree.
        if (!f.countries.some((c) => p.countries.includes(c))) x[F.otherCountry] = 1;
      } else if (a.city && b.city) {
        x[a.city === b.city ? F.sameCity : F.otherPlace] = 1;
      } else if (a.admin1 && b.admin1) {
        x[a.admin1 === b.admin1 ? F.sameAdmin1 : F.otherPlace] = 1;
      }
    }
    const type = ReportSimilarityScorer.type(f.eventType, p.eventType);
    if (type > 0) x[F.sameType] = 1;
    if (type < 0) x[F.otherType] = 1;
    if (f.actors.some((act) => p.actors.includes(act))) x[F.actor] = 1;
    // A day's gap is normal news lag; beyond it, every further hour makes a match less likely.
    x[F.lateGap] = gap <= 24 * HOUR ? 0 : (gap - 24 * HOUR) / Math.max(HOUR, this.options.matchWindowMs - 24 * HOUR);
    x[F.band] = viaBand ? 1 : 0;
    const date = topVote(p.dates, p.reports);
    if (f.dates.length && date) {
      // Math.min over the dates, without the intermediate arrays (NaN propagates alike).
      let near = Infinity;
      for (const d of f.dates) near = Math.min(near, daysBetween(d, date));
      // A day either way is one event told from two time zones or datelines; two days apart, two.
      if (near <= 1) x[F.dateAgree] = 1;
      else x[F.dateConflict] = 1;
    }
    // The date the text says the event happened on ("on 10 March 2026"), not a dateline.
    const on = topVote(p.eventDates, p.reports);
    if (f.eventDate && on) x[daysBetween(f.eventDate, on) <= 1 ? F.eventDateAgree : F.eventDateConflict] = 1;
    const year = topVote(p.years, p.reports);
    if (f.year !== null && year !== null) x[f.year === Number(year) ? F.yearAgree : F.yearConflict] = 1;
    // Death tolls far apart (5 against 40): the nearest toll the incident was given, in log ratio.
    if (f.killed > 0 && p.killed?.length) {
      let nearest = Infinity;
      for (const k of p.killed) nearest = Math.min(nearest, Math.abs(Math.log((f.killed + 1) / (k + 1))));
      x[F.killedConflict] = nearest;
    }
    return x;
  }

  /** Share of the profile's core names (at most six, heaviest first) that the report names too. */
  private static coreNamesIn(rv: TermVector, cv: TermVector): number {
    const main = Math.min(MAIN_NAMES, cv.allNameIds.length);
    if (!main) return 0.5;
    let hit = 0;
    for (let i = 0; i < main; i++) if (has(rv.allNameIds, cv.allNameIds[i])) hit++;
    return hit / main;
  }

  /**
   * Share of the report's main names (by mentions) that the incident also has: the people and
   * places a report is about. Two injured running backs of one team share the team, not the
   * player. 0.5 when the report has no names.
   */
  private static mainNameCover(rv: TermVector, pv: TermVector): number {
    let total = 0;
    let covered = 0;
    for (let i = 0; i < rv.nameIds.length; i++) {
      total += rv.nameCounts[i];
      if (has(pv.nameIds, rv.nameIds[i])) covered += rv.nameCounts[i];
    }
    return total ? covered / total : 0.5;
  }

  /** Place agreement: 1 the same city or admin-1, −1 another one or disjoint countries, 0 unknown. */
  static place(f: ReportFeatures, p: IncidentProfile): number {
    const a = f.place;
    const b = p.place;
    if (!a.country || !b.country) return 0;
    if (a.country !== b.country) {
      // Cross-border events name both countries; only disjoint country lists disagree.
      const overlap = f.countries.some((c) => p.countries.includes(c));
      return overlap ? 0 : -1;
    }
    if (a.city && b.city) return a.city === b.city ? 1 : -1;
    if (a.admin1 && b.admin1) return a.admin1 === b.admin1 ? 1 : -1;
    return 0;
  }

  /** Event-type agreement: 1 the same conflict type, −1 another, 0 when either is not a conflict event. */
  static type(a: string, b: string): number {
    if (!a || !b || a === NOT_CONFLICT || b === NOT_CONFLICT) return 0;
    return a === b ? 1 : -1;
  }
}
