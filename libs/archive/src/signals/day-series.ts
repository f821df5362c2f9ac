const DAY_MS = 86_400_000;

/** YYYY-MM-DD `n` days after (negative: before) `day`. */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** Sum of `values` over the `length` days ending on `end` (inclusive). */
export function sumDays(values: ReadonlyMap<string, number>, end: string, length: number): number {
  let total = 0;
  for (let i = 0; i < length; i++) total += values.get(addDays(end, -i)) ?? 0;
  return total;
}
