/**
 * L2-regularised logistic regression fitted by Newton's method (IRLS): no learning rate, no
 * random start, no shuffling, so the same data gives the same weights bit for bit. Small on
 * purpose: a few dozen features, tens of thousands of rows.
 */
export interface LogisticFit {
  weights: number[];
  iterations: number;
}

export interface LogisticOptions {
  /** L2 penalty on every weight but the first (the bias). */
  l2?: number;
  maxIterations?: number;
  /** Per-row weights (e.g. to balance classes); 1 by default. */
  rowWeights?: readonly number[];
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** Solves A x = b for a symmetric positive definite A (Cholesky); A is overwritten. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  for (let j = 0; j < n; j++) {
    let d = a[j][j];
    for (let k = 0; k < j; k++) d -= a[j][k] * a[j][k];
    const root = Math.sqrt(Math.max(d, 1e-12));
    a[j][j] = root;
    for (let i = j + 1; i < n; i++) {
      let s = a[i][j];
      for (let k = 0; k < j; k++) s -= a[i][k] * a[j][k];
      a[i][j] = s / root;
    }
  }
  const y = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    let s = b[i];
    for (let k = 0; k < i; k++) s -= a[i][k] * y[k];
    y[i] = s / a[i][i];
  }
  const x = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let s = y[i];
    for (let k = i + 1; k < n; k++) s -= a[k][i] * x[k];
    x[i] = s / a[i][i];
  }
  return x;
}

export function fitLogistic(xs: readonly (readonly number[])[], ys: readonly number[], options: LogisticOptions = {}): LogisticFit {
  const l2 = options.l2 ?? 1;
  const maxIterations = options.maxIterations ?? 50;
  const d = xs[0]?.length ?? 0;
  let w = new Array<number>(d).fill(0);
  let iterations = 0;
  for (; iterations < maxIterations; iterations++) {
    const grad = new Array<number>(d).fill(0);
    const hess = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    for (let r = 0; r < xs.length; r++) {
      const x = xs[r];
      const rw = options.rowWeights?.[r] ?? 1;
      let z = 0;
      for (let i = 0; i < d; i++) z += w[i] * x[i];
      const p = sigmoid(z);
      const g = (p - ys[r]) * rw;
      const h = Math.max(p * (1 - p), 1e-9) * rw;
      for (let i = 0; i < d; i++) {
        if (x[i] === 0) continue;
        grad[i] += g * x[i];
        for (let j = 0; j <= i; j++) hess[i][j] += h * x[i] * x[j];
      }
    }
    for (let i = 1; i < d; i++) {
      grad[i] += l2 * w[i];
      hess[i][i] += l2;
    }
    hess[0][0] += 1e-6;
    for (let i = 0; i < d; i++) for (let j = i + 1; j < d; j++) hess[i][j] = hess[j][i];
    const step = solve(hess, grad);
    const next = w.map((v, i) => v - step[i]);
    const moved = Math.max(...step.map(Math.abs));
    w = next;
    if (moved < 1e-9) break;
  }
  return { weights: w, iterations };
}
