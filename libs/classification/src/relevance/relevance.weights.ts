import { EventType } from '@sitrep/contracts';

/**
 * The learned weights of the relevance decision, as `npm run train events` writes them to
 * relevance.weights.json (scripts/train/events.train.ts). Versioned with the code that reads them.
 */
export interface LinearWeights {
  /** Weights of the named features (relevance.features.ts, NAMED_FEATURES). */
  named: Record<string, number>;
  /** [hash bucket, weight] pairs of the word features; buckets not listed weigh 0. */
  hashed: [number, number][];
}

export interface RelevanceWeights {
  /**
   * One-against-the-rest type models (CASE 2021 ACLED types): among the types the cues voted
   * for, the engine takes the one its model rates highest. Empty: the type with the most votes.
   */
  types: Partial<Record<EventType, LinearWeights>>;
  /** What produced the file: data files with their SHA-256, settings, dev and cross-validated scores. */
  about: Record<string, unknown>;
  hashBits: number;
  /** "Does it report a conflict event?": at or above `threshold` (violent types) it does. */
  event: LinearWeights;
  threshold: number;
  /** The same for protests and strategic developments, which stay at level 2 or below. */
  minorThreshold: number;
  /**
   * "Is it about conflict at all?" (events, threats, condemnations against ordinary news): a
   * non-event at or above `statementThreshold` is a statement or threat, level 2 at most.
   */
  topic: LinearWeights;
  statementThreshold: number;
}
