import { DEFAULT_MERGE_MODEL, MERGE_FEATURES, MERGE_WEIGHTS_FILE, mergeProbability } from './merge.model';

describe('merge model', () => {
  it('was trained on the features the scorer computes (else: npm run train clustering)', () => {
    expect(MERGE_WEIGHTS_FILE.features).toEqual([...MERGE_FEATURES]);
    expect(MERGE_WEIGHTS_FILE.weights).toHaveLength(MERGE_FEATURES.length);
  });

  it('has a threshold strictly between 0 and 1', () => {
    expect(DEFAULT_MERGE_MODEL.threshold).toBeGreaterThan(0);
    expect(DEFAULT_MERGE_MODEL.threshold).toBeLessThan(1);
  });

  it('is a logistic of the weighted sum', () => {
    const model = { features: ['bias', 'text'], weights: [-2, 4], threshold: 0.5 };
    expect(mergeProbability(model, [1, 0.5])).toBeCloseTo(0.5, 12);
    expect(mergeProbability(model, [1, 1])).toBeCloseTo(1 / (1 + Math.exp(-2)), 12);
  });
});
