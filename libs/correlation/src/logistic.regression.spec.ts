import { fitLogistic } from './logistic.regression';

describe(fitLogistic.name, () => {
  // y = 1 when x > 0.5, with overlap so the optimum is finite.
  const xs = Array.from({ length: 200 }, (_, i) => [1, (i % 100) / 100]);
  const ys = xs.map(([, x], i) => (x > 0.5 !== (i % 17 === 0) ? 1 : 0));

  it('learns a positive slope and a boundary near the middle', () => {
    const { weights } = fitLogistic(xs, ys, { l2: 0.01 });
    expect(weights[1]).toBeGreaterThan(5);
    expect(-weights[0] / weights[1]).toBeCloseTo(0.5, 1);
  });

  it('gives the same weights bit for bit on the same data', () => {
    expect(fitLogistic(xs, ys)).toEqual(fitLogistic(xs, ys));
  });

  it('shrinks weights as the penalty grows', () => {
    const loose = fitLogistic(xs, ys, { l2: 0.01 }).weights[1];
    const tight = fitLogistic(xs, ys, { l2: 100 }).weights[1];
    expect(Math.abs(tight)).toBeLessThan(Math.abs(loose));
  });
});
