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

/** A report's weighted terms (names boosted) and its main names, built once per report. */
interface ReportVector {
  vec: Map<string, number>;
  norm: number;
  mainNames: string[];
  mainCounts: number[];
}

/** A profile's weighted terms and its names, built once per profile object. */
interface ProfileVector {
  keys: string[];
  weights: Float64Array;
  norm: number;
  names: Set<string>;
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

/** A term's weight, times `boost` when the term is also one of the names. */
function boosted(terms: WeightedTerms, names: ReadonlySet<string>, boost: number, i: number): number {
  return names.has(terms.keys[i]) ? terms.weights[i] * boost : terms.weights[i];
}

/**
 * How likely a report describes the incident a profile summarises. Text (content words, names
 * weighted up) is the base; the classifier's place, event type and actors and the time gap move
 * it up or down. Each structural part is small on purpose: the classifier is sometimes wrong,
 * and two events of one kind in one country (two earthquakes) must still be told apart by what
 * the texts say.
 */
export class ReportSimilarityScorer {
  /** The report's weighted vector, built once however many candidates it is scored against. */
  private readonly vectors = new WeakMap<ReportFeatures, ReportVector>();

  constructor(private readonly options: ScorerOptions = DEFAULT_SCORER) {}

  private vectorOf(f: ReportFeatures): ReportVector {
    let v = this.vectors.get(f);
    if (!v) {
      const names = new Set(f.names.keys);
      const vec = new Map<string, number>();
      let sq = 0;
      for (let i = 0; i < f.terms.keys.length; i++) {
        const w = boosted(f.terms, names, this.options.nameBoost, i);
        vec.set(f.terms.keys[i], w);
        sq += w * w;
      }
      v = { vec, norm: Math.sqrt(sq), mainNames: f.names.keys.slice(0, MAIN_NAMES), mainCounts: f.names.weights.slice(0, MAIN_NAMES) };
      this.vectors.set(f, v);
    }
    return v;
  }

  /** A profile's vector, built once per profile object (the store caches profiles). */
  private readonly profileVectors = new WeakMap<IncidentProfile, ProfileVector>();

  private profileVectorOf(p: IncidentProfile): ProfileVector {
    let v = this.profileVectors.get(p);
    if (!v) {
      const names = new Set(p.names.keys);
      const weights = new Float64Array(p.terms.keys.length);
      let sq = 0;
      for (let i = 0; i < weights.length; i++) {
        weights[i] = boosted(p.terms, names, this.options.nameBoost, i);
        sq += weights[i] * weights[i];
      }
      v = { keys: p.terms.keys, weights, norm: Math.sqrt(sq), names };
      this.profileVectors.set(p, v);
    }
    return v;
  }

  /** Cosine of the report's vector and a profile's. */
  private textSimilarity(f: ReportFeatures, p: IncidentProfile): number {
    const { vec, norm } = this.vectorOf(f);
    const pv = this.profileVectorOf(p);
    if (!norm || !pv.norm) return 0;
    let dot = 0;
    for (let i = 0; i < pv.keys.length; i++) {
      const x = vec.get(pv.keys[i]);
      if (x) dot += x * pv.weights[i];
    }
    return dot / (norm * pv.norm);
  }

  score(f: ReportFeatures, p: IncidentProfile): SimilarityBreakdown {
    const gap = f.time < p.t0 ? p.t0 - f.time : f.time > p.t1 ? f.time - p.t1 : 0;
    if (gap > this.options.matchWindowMs) return { score: 0, text: 0, names: 0, place: 0, type: 0, actors: 0, time: -1 };
    const text = this.textSimilarity(f, p);
    const place = ReportSimilarityScorer.place(f, p);
    const type = ReportSimilarityScorer.type(f.eventType, p.eventType);
    const actors = f.actors.some((a) => p.actors.includes(a)) ? 0.02 : 0;
    // A day's gap is normal news lag; beyond it, every further hour makes a match less likely.
    const time = gap <= 24 * HOUR ? 0 : -0.1 * ((gap - 24 * HOUR) / Math.max(HOUR, this.options.matchWindowMs - 24 * HOUR));
    const names = this.options.nameCoverWeight * (this.mainNameCover(f, p) - 0.5);
    return { score: text + names + place + type + actors + time, text, names, place, type, actors, time };
  }

  /**
   * Share of the report's main names (by mentions) that the incident also has: the people and
   * places a report is about. Two injured running backs of one team share the team, not the
   * player. 0.5 when the report has no names.
   */
  private mainNameCover(f: ReportFeatures, p: IncidentProfile): number {
    const { mainNames, mainCounts } = this.vectorOf(f);
    const names = this.profileVectorOf(p).names;
    let total = 0;
    let covered = 0;
    for (let i = 0; i < mainNames.length; i++) {
      total += mainCounts[i];
      if (names.has(mainNames[i])) covered += mainCounts[i];
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
