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

/** The model `npm run train clustering` wrote; refuses a file whose features are not these. */
function loadDefault(): MergeModel {
  const model = weights as MergeModel;
  if (model.features.length !== MERGE_FEATURES.length || model.features.some((f, i) => f !== MERGE_FEATURES[i])) {
    throw new Error('merge-weights.json was trained on other features: run `npm run train clustering`');
  }
  return { features: model.features, weights: model.weights, threshold: model.threshold };
}

export const DEFAULT_MERGE_MODEL: MergeModel = loadDefault();
