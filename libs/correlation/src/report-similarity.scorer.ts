import type { IncidentProfile, ReportFeatures, WeightedTerms } from './correlation.types';

const HOUR = 3_600_000;
export const NOT_CONFLICT = 'Not a conflict event';
/** The report's names that say what it is about: its six most mentioned. */
const MAIN_NAMES = 6;

export interface ScorerOptions {
  /** Weight of "the report's main names are the incident's names" (centred on half covered). */
  nameCoverWeight: number;
  /** Reports further apart in time than this never join (default 72 h). */
  matchWindowMs: number;
  /** Names ("Anbar", "Reid") count this many times a common word in the text vector. */
  nameBoost: number;
}

export const DEFAULT_SCORER: ScorerOptions = { matchWindowMs: 72 * HOUR, nameBoost: 2, nameCoverWeight: 0.2 };

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
}

/** Most terms numbered before the numbering starts again (2 MB of scratch weights at most). */
const MAX_TERM_IDS = 1 << 18;

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

/** Score parts, kept for explanations and tests. */
export interface SimilarityBreakdown {
  score: number;
  text: number;
  names: number;
  place: number;
  type: number;
  actors: number;
  time: number;
}

/**
 * How likely a report describes the incident a profile summarises. Text (content words, names
 * weighted up) is the base; the classifier's place, event type and actors and the time gap move
 * it up or down. Each structural part is small on purpose: the classifier is sometimes wrong,
 * and two events of one kind in one country (two earthquakes) must still be told apart by what
 * the texts say.
 */
export class ReportSimilarityScorer {
  private readonly terms = new TermIds();
  /** Vectors by report and by profile object (the store caches profiles by version). */
  private readonly vectors = new WeakMap<ReportFeatures | IncidentProfile, TermVector>();
  /** The weights of the report being scored (`loaded`), by term id; zero elsewhere. */
  private scratch = new Float64Array(1024);
  private loaded: TermVector | null = null;
  /** Term id → the stamp of the last vector build that had it as a name. */
  private marks = new Int32Array(1024);
  private stamp = 0;

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

  private build(terms: WeightedTerms, names: WeightedTerms, mainNames: number): TermVector {
    const generation = this.terms.generation;
    // Names marked with a fresh stamp: "is this term a name" is one array read.
    const stamp = ++this.stamp;
    const nameIds = new Int32Array(names.keys.length);
    for (let i = 0; i < nameIds.length; i++) {
      const id = (nameIds[i] = this.terms.idOf(names.keys[i]));
      if (id >= this.marks.length) this.marks = grown(this.marks, id);
      this.marks[id] = stamp;
    }
    const ids = new Int32Array(terms.keys.length);
    const weights = new Float64Array(ids.length);
    let sq = 0;
    for (let i = 0; i < ids.length; i++) {
      const id = (ids[i] = this.terms.idOf(terms.keys[i]));
      weights[i] = this.marks[id] === stamp ? terms.weights[i] * this.options.nameBoost : terms.weights[i];
      sq += weights[i] * weights[i];
    }
    const main = Math.min(mainNames, nameIds.length);
    return { generation, ids, weights, norm: Math.sqrt(sq), nameIds: main < nameIds.length ? nameIds.slice(0, main) : nameIds, nameCounts: names.weights.slice(0, main) };
  }

  /** Both vectors under the current numbering, the report's weights in `scratch`. */
  private vectorsOf(f: ReportFeatures, p: IncidentProfile): [TermVector, TermVector] {
    let pv = this.vectorOf(p, Infinity);
    const rv = this.vectorOf(f, MAIN_NAMES);
    if (pv.generation !== rv.generation) pv = this.vectorOf(p, Infinity);
    if (this.loaded !== rv) {
      if (this.loaded) for (const id of this.loaded.ids) this.scratch[id] = 0;
      for (let i = 0; i < rv.ids.length; i++) {
        if (rv.ids[i] >= this.scratch.length) this.scratch = grown(this.scratch, rv.ids[i]);
        this.scratch[rv.ids[i]] = rv.weights[i];
      }
      this.loaded = rv;
    }
    return [rv, pv];
  }

  /** Cosine of the report's vector (loaded) and a profile's. */
  private textSimilarity(rv: TermVector, pv: TermVector): number {
    if (!rv.norm || !pv.norm) return 0;
    let dot = 0;
    for (let i = 0; i < pv.ids.length; i++) dot += this.scratch[pv.ids[i]] * pv.weights[i];
    return dot / (rv.norm * pv.norm);
  }

  score(f: ReportFeatures, p: IncidentProfile): SimilarityBreakdown {
    const gap = f.time < p.t0 ? p.t0 - f.time : f.time > p.t1 ? f.time - p.t1 : 0;
    if (gap > this.options.matchWindowMs) return { score: 0, text: 0, names: 0, place: 0, type: 0, actors: 0, time: -1 };
    const [rv, pv] = this.vectorsOf(f, p);
    const text = this.textSimilarity(rv, pv);
    const place = ReportSimilarityScorer.place(f, p);
    const type = ReportSimilarityScorer.type(f.eventType, p.eventType);
    const actors = f.actors.some((a) => p.actors.includes(a)) ? 0.02 : 0;
    // A day's gap is normal news lag; beyond it, every further hour makes a match less likely.
    const time = gap <= 24 * HOUR ? 0 : -0.1 * ((gap - 24 * HOUR) / Math.max(HOUR, this.options.matchWindowMs - 24 * HOUR));
    const names = this.options.nameCoverWeight * (ReportSimilarityScorer.mainNameCover(rv, pv) - 0.5);
    return { score: text + names + place + type + actors + time, text, names, place, type, actors, time };
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
      if (pv.nameIds.includes(rv.nameIds[i])) covered += rv.nameCounts[i];
    }
    return total ? covered / total : 0.5;
  }

  static place(f: ReportFeatures, p: IncidentProfile): number {
    const a = f.place;
    const b = p.place;
    if (!a.country || !b.country) return 0;
    if (a.country !== b.country) {
      // Cross-border events name both countries; only disjoint country lists disagree.
      const overlap = f.countries.some((c) => p.countries.includes(c));
      return overlap ? 0 : -0.15;
    }
    if (a.city && b.city) return a.city === b.city ? 0.04 : -0.04;
    if (a.admin1 && b.admin1) return a.admin1 === b.admin1 ? 0.03 : -0.04;
    return 0;
  }

  static type(a: string, b: string): number {
    if (!a || !b || a === NOT_CONFLICT || b === NOT_CONFLICT) return 0;
    return a === b ? 0.02 : -0.03;
  }
}
