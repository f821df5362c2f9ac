import { readFileSync } from 'fs';

/** Reads a JSON-lines file; blank lines are skipped. */
export function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);
}

export function ratio(num: number, den: number): number {
  return den === 0 ? 0 : num / den;
}

export function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

export function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
