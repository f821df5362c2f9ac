import type { Incident } from '@sitrep/contracts';
import type { MergeModel } from './merge.model';

export type DuplicateReason = 'same_id' | 'same_url' | 'same_text';

export type CorrelationResult =
  | { outcome: 'duplicate'; reason: DuplicateReason; incidentId?: string }
  /** Classified "Not a conflict event": no incident opened or joined (see CorrelatorOptions.keepNonEvents). */
  | { outcome: 'not_an_event' }
  | {
      outcome: 'opened' | 'updated' | 'escalated' | 'unchanged';
      incident: Incident;
      /** JSON.stringify(incident), when this call wrote it to the store: publishers reuse it instead of encoding the record again. */
      incidentJson?: string;
    };

export interface CorrelatorOptions {
  /** Merge probability at or above which a report joins a candidate incident (0..1; default: the trained one). */
  threshold?: number;
  /** The merge model (default: merge-weights.json); training and cross-validation pass their own. */
  model?: MergeModel;
  /**
   * Correlate reports classified "Not a conflict event" too (default false: they open no incident
   * and join none). The clustering eval sets it: ECB+ measures the merge decision on general news.
   */
  keepNonEvents?: boolean;
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
  /**
   * In a profile: how many of its reports had each key (parallel to keys). What the incident's
   * core is made of (see `coreCut`); absent in profiles stored before it existed (all core then).
   */
  docs?: number[];
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
  /** Full dates the text states (YYYY-MM-DD), first mentioned first (event-facts.extractor.ts). */
  dates: string[];
  /** The date the text says the event happened on ("on 10 March 2026"), if it says so. */
  eventDate: string | null;
  /** The year the report is about, when the text states one. */
  year: number | null;
  /** Casualties as the classifier read them. */
  killed: number;
  injured: number;
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
  /** Votes of its reports for their first stated date and for their year (absent: none yet / older profile). */
  dates?: WeightedTerms;
  years?: WeightedTerms;
  eventDates?: WeightedTerms;
  /** Distinct death tolls its reports gave (above zero), at most 8. */
  killed?: number[];
}

/** A candidate incident as the store returns it for scoring. */
export interface Candidate {
  profile: IncidentProfile;
  /** True when the candidate came from a shared LSH band (a near-duplicate of one of its reports). */
  viaBand: boolean;
}
