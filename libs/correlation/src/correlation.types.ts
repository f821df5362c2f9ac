import type { Incident } from '@sitrep/contracts';

export type DuplicateReason = 'same_id' | 'same_url' | 'same_text';

export type CorrelationResult =
  | { outcome: 'duplicate'; reason: DuplicateReason; incidentId?: string }
  | {
      outcome: 'opened' | 'updated' | 'escalated' | 'unchanged';
      incident: Incident;
      /** JSON.stringify(incident), when this call wrote it to the store: publishers reuse it instead of encoding the record again. */
      incidentJson?: string;
    };

export interface CorrelatorOptions {
  /** Score at or above which a report joins a candidate incident (0..1). */
  threshold?: number;
  /** Reports further apart in publication time than this are never one incident. */
  matchWindowMs?: number;
  /** Optimistic-concurrency retries before giving up (a RetryableError-like throw). */
  maxAttempts?: number;
}

/** Place as the classifier gave it, folded for comparison. */
export interface PlaceKey {
  country: string | null;
  admin1: string | null;
  city: string | null;
}

/**
 * Words and their weights as parallel arrays (same length, no repeated key). Cheaper than a
 * term → weight object at every step the correlator takes: a null-prototype object of 80 words
 * cost ~7 us to enumerate and ~14 us to stringify, and a parsed one a new hidden class per word
 * combination; arrays are built, merged, stored and parsed in a fraction of that.
 */
export interface WeightedTerms {
  keys: string[];
  weights: number[];
}

/** Everything the correlator needs from one report, computed once. */
export interface ReportFeatures {
  articleId: string;
  /** Short hash of the event id: the same event redelivered vs the same article sent again. */
  eventTag: string;
  idKey: string;
  urlKey: string | null;
  textKey: string | null;
  bands: string[];
  time: number;
  place: PlaceKey;
  countries: string[];
  eventType: string;
  actors: string[];
  /** Content terms, weight 1 + log tf, the strongest few only, heaviest first. */
  terms: WeightedTerms;
  /** Name terms by count, the strongest few only, most mentioned first. */
  names: WeightedTerms;
  /** Index keys under which candidate incidents are found (place, names). */
  blocks: string[];
}

/** Compact, mergeable summary of an incident: what a new report is scored against. */
export interface IncidentProfile {
  id: string;
  t0: number;
  t1: number;
  place: PlaceKey;
  countries: string[];
  eventType: string;
  actors: string[];
  /** The heaviest terms and names of its reports, summed (in no particular order). */
  terms: WeightedTerms;
  names: WeightedTerms;
  reports: number;
}

/** A candidate incident as the store returns it for scoring. */
export interface Candidate {
  profile: IncidentProfile;
  /** True when the candidate came from a shared LSH band (a near-duplicate of one of its reports). */
  viaBand: boolean;
}
