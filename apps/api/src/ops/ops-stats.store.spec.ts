import { percentile } from './ops-stats.store';

describe(percentile.name, () => {
  it('is the nearest-rank percentile of sorted values', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 0.5)).toBe(50);
    expect(percentile(values, 0.95)).toBe(95);
    expect(percentile([7], 0.95)).toBe(7);
    expect(percentile([1, 2, 3, 1000], 0.5)).toBe(2);
  });

  it('is null without values', () => {
    expect(percentile([], 0.5)).toBeNull();
  });
});
