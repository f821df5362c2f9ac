import weights from './merge-weights.json';

/**
 * The pair features the merge decision is made on (report against an incident profile), in the
 * order of the weights. Computed by ReportSimilarityScorer.features; see docs/correlation.md.
 */
export const MERGE_FEATURES = [
  'bias',
  'text',
  'coreText',
  'nameCover',
  'coreNameCover',
  'coreNamesInReport',
  'sameCity',
  'sameAdmin1',
  'otherPlace',
  'otherCountry',
  'sameType',
  'otherType',
  'actor',
  'lateGap',
  'band',
  'dateAgree',
  'dateConflict',
  'eventDateAgree',
  'eventDateConflict',
  'yearAgree',
  'yearConflict',
  'killedConflict',
] as const;

export type MergeFeature = (typeof MERGE_FEATURES)[number];

/** A logistic model: P(same incident) = σ(w · x); a report joins at P ≥ threshold. */
export interface MergeModel {
  features: readonly string[];
  weights: number[];
  threshold: number;
}

export function mergeProbability(model: MergeModel, x: readonly number[]): number {
  let z = 0;
  for (let i = 0; i < x.length; i++) z += model.weights[i] * x[i];
  return 1 / (1 + Math.exp(-z));
}

/**
 * The model `npm run train clustering` wrote, its weights matched to MERGE_FEATURES by name (a
 * feature the file lacks weighs 0, so the trainer can run after a feature was added; the spec
 * fails until the file is rebuilt).
 */
function loadDefault(): MergeModel {
  const file = weights as { features: string[]; weights: number[]; threshold: number };
  const byName = new Map(file.features.map((f, i) => [f, file.weights[i]]));
  return { features: MERGE_FEATURES, weights: MERGE_FEATURES.map((f) => byName.get(f) ?? 0), threshold: file.threshold };
}

/** The trained file as written (for the spec that checks it matches MERGE_FEATURES). */
export const MERGE_WEIGHTS_FILE: { features: readonly string[]; weights: readonly number[]; threshold: number } = weights;

export const DEFAULT_MERGE_MODEL: MergeModel = loadDefault();
