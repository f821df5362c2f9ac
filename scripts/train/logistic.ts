/**
 * Weighted, L2-regularised logistic regression over sparse features, fitted by full-batch
 * gradient descent with Adam. No random numbers at all (full batches, zero start), so the same
 * data gives the same weights bit for bit.
 */
export interface Sample {
  index: number[];
  value: number[];
  label: 0 | 1;
  weight: number;
}

export interface FitOptions {
  dims: number;
  epochs: number;
  l2: number;
  rate: number;
  /** Dimensions not regularised (the bias). */
  unpenalised?: number[];
}

export function fitLogistic(samples: readonly Sample[], o: FitOptions): Float64Array {
  const w = new Float64Array(o.dims);
  const m = new Float64Array(o.dims);
  const v = new Float64Array(o.dims);
  const g = new Float64Array(o.dims);
  const free = new Set(o.unpenalised ?? []);
  const touched = touchedDims(samples, o.dims);
  let totalWeight = 0;
  for (const s of samples) totalWeight += s.weight;
  const b1 = 0.9, b2 = 0.999, eps = 1e-8;
  for (let t = 1; t <= o.epochs; t++) {
    g.fill(0);
    for (const s of samples) {
      const p = sigmoid(dotSparse(w, s));
      const err = (p - s.label) * s.weight / totalWeight;
      for (let k = 0; k < s.index.length; k++) g[s.index[k]] += err * s.value[k];
    }
    const c1 = 1 - Math.pow(b1, t), c2 = 1 - Math.pow(b2, t);
    for (const j of touched) {
      const grad = g[j] + (free.has(j) ? 0 : o.l2 * w[j]);
      m[j] = b1 * m[j] + (1 - b1) * grad;
      v[j] = b2 * v[j] + (1 - b2) * grad * grad;
      w[j] -= (o.rate * (m[j] / c1)) / (Math.sqrt(v[j] / c2) + eps);
    }
  }
  return w;
}

export function predict(w: ArrayLike<number>, s: { index: number[]; value: number[] }): number {
  return sigmoid(dotSparse(w, s));
}

function touchedDims(samples: readonly Sample[], dims: number): number[] {
  const seen = new Uint8Array(dims);
  for (const s of samples) for (const i of s.index) seen[i] = 1;
  const out: number[] = [];
  for (let i = 0; i < dims; i++) if (seen[i]) out.push(i);
  return out;
}

function dotSparse(w: ArrayLike<number>, s: { index: number[]; value: number[] }): number {
  let z = 0;
  for (let k = 0; k < s.index.length; k++) z += w[s.index[k]] * s.value[k];
  return z;
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}
