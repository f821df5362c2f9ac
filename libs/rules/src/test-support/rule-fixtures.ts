import type { Incident, Rule } from '@sitrep/contracts';

/** Test-only builders (not exported from the lib's barrel). */
export function makeRule(overrides: Partial<Rule> = {}): Rule {
  return Object.assign(
    { id: 'rule-1', name: 'Test rule', createdAt: '2024-01-01T00:00:00.000Z', minLevel: 1, channels: {} },
    overrides,
  ) as Rule;
}

export function makeIncident(overrides: Partial<Incident> = {}): Incident {
  return Object.assign(
    {
      id: 'inc-1',
      level: 3,
      eventType: 'Battles',
      subEventType: null,
      countries: ['IQ'],
      primary: { country: 'IQ', admin1: 'Kirkuk Governorate', city: 'Kirkuk', lat: 35.47, lon: 44.39 },
      region: 'Western Asia',
      regions: ['Western Asia', 'Middle East'],
      firstSeen: '2024-05-01T10:00:00.000Z',
      lastSeen: '2024-05-01T11:00:00.000Z',
      casualties: { killed: 0, injured: 0 },
      actors: [],
      reports: [],
      levelHistory: [{ level: 3, at: '2024-05-01T10:00:00.000Z' }],
    },
    overrides,
  ) as Incident;
}

/** Small seeded PRNG (mulberry32) so property tests and benchmarks are reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
