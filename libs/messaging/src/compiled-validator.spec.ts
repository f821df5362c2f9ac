import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import {
  AlertEvent, ArticleClassifiedEvent, ArticleInput, ArticleReceivedEvent, DeliveryEvent, IncidentEvent, Rule, Subscriber,
} from '@sitrep/contracts';
import { isValidPlain } from './compiled-validator';

const article = {
  id: 'a1', source: 'Wire', url: 'https://wire.example/a1', title: 'Rockets hit base', body: 'Two rockets hit the base.',
  publishedAt: '2026-11-23T09:10:00Z', receivedAt: '2026-11-23T09:11:00.123Z', language: 'en',
};
const envelope = { eventId: 'e1', occurredAt: '2026-11-23T09:11:00Z', schemaVersion: 1, correlationId: 'a1' };
const geo = { country: 'IQ', admin1: 'Al Anbar', city: null, lat: 33.8, lon: 42.4 };
const classification = {
  places: [{ name: 'Anbar', span: [10, 15], country: 'IQ', admin1: 'Al Anbar', city: null, lat: 33.8, lon: 42.4, confidence: 0.9, kind: 'admin1' }],
  primary: geo, countries: ['IQ'], region: 'Western Asia', regions: ['Western Asia', 'Middle East'], level: 4,
  signals: [{ phrase: 'rockets', span: [0, 7], weight: 2, kind: 'weapon' }], eventType: 'Explosions/Remote violence',
  subEventType: 'Shelling/artillery/missile attack', actors: ['militia'], casualties: { killed: 0, injured: 5 },
  weapons: ['rocket'], targets: ['military base'], language: 'en', languageSupported: true, engine: 'sitrep-1',
};
/** What the classifier sends for a non-event since it stops at the relevance verdict. */
const verdictOnly = {
  places: [], primary: { country: null, admin1: null, admin1Code: null, admin2: null, city: null, lat: null, lon: null }, countries: [], region: null,
  regions: [], level: 1, relevance: 0.12, relevanceReasons: ['"football" −1.20'], signals: [], eventType: 'Not a conflict event', subEventType: null,
  actors: [], casualties: { killed: 0, injured: 0, perpetratorsKilled: 0 }, weapons: [], targets: [], language: 'en', languageSupported: true,
  engine: 'sitrep-1', detail: 'verdict',
};
const correlation = {
  v: 1, textKey: 'k3yk3yk3yk3yk3yk', bands: ['b1', 'b2'], terms: { keys: ['rocket', 'base'], weights: [1.693, 1] },
  names: { keys: ['anbar'], weights: [2] }, dates: ['2026-11-23'], eventDate: null, year: 2026,
};
const incident = {
  id: 'inc1', level: 4, eventType: 'Explosions/Remote violence', subEventType: null, countries: ['IQ'], primary: geo,
  region: 'Western Asia', regions: ['Western Asia'], firstSeen: '2026-11-23T09:10:00Z', lastSeen: '2026-11-23T10:10:00Z',
  casualties: { killed: 0, injured: 5 }, casualtySources: { killedBy: null, injuredBy: 'a1' }, actors: ['militia'],
  reports: [{ articleId: 'a1', source: 'Wire', url: 'https://wire.example/a1', title: 'Rockets hit base', publishedAt: '2026-11-23T09:10:00Z', level: 4 }],
  levelHistory: [{ level: 4, at: '2026-11-23T09:11:00Z', articleId: 'a1' }], summary: 'Rockets hit base', keywords: ['rocket'],
};

const SAMPLES: [Function, object][] = [
  [ArticleInput, { ...article, receivedAt: undefined }],
  [ArticleReceivedEvent, { ...envelope, article }],
  [ArticleClassifiedEvent, { ...envelope, article, classification, correlation }],
  [ArticleClassifiedEvent, { ...envelope, article, classification: verdictOnly }],
  [IncidentEvent, { ...envelope, type: 'opened', incident, articleId: 'a1', articleReceivedAt: '2026-11-23T09:11:00Z' }],
  [AlertEvent, {
    ...envelope, alertId: 'r1:inc1:4', ruleId: 'r1', ruleName: 'Iraq', level: 4, incident,
    reason: { countries: ['IQ'], nested: { any: 'thing' } }, articleReceivedAt: '2026-11-23T09:11:00Z',
  }],
  [DeliveryEvent, {
    ...envelope, id: 'd1', alertId: 'r1:inc1:4', ruleId: 'r1', incidentId: 'inc1', level: 4, channel: 'webhook',
    target: 'https://hooks.example/x', status: 'sent', attempts: 1, lastError: null, latencyMs: 120,
  }],
  [Rule, {
    id: 'r-1', name: 'Iraq severe', minLevel: 4, countries: ['IQ'], regions: ['Middle East'], keywords: ['rocket'],
    channels: { email: ['a@example.org'], webhooks: [{ url: 'https://hooks.example/x', secret: 's3cr3t-value' }] },
    subscribers: ['s-1'], policy: { realert: true, digest: 'hourly', quietHours: { start: '22:00', end: '06:00', timeZone: 'Europe/Berlin' } },
    createdAt: '2026-11-23T09:00:00Z', ownerKeyId: 'k1',
  }],
  [Subscriber, {
    id: 's-1', name: 'Ana', email: 'ana@example.org', timeZone: 'Europe/Berlin', createdAt: '2026-11-23T09:00:00Z',
    webhooks: [{ url: 'https://hooks.example/y', secret: 's3cr3t-value' }],
  }],
];

const REPLACEMENTS: unknown[] = [
  undefined, null, '', ' ', 'x', 'yesterday', 'http//nope', '2026-13-45T99:00:00Z', 0, -1, 1.5, 5, 6, 1e21, true, [], ['x'], [1], [{}],
  {}, { x: 1 }, 'x'.repeat(1001), '\u200b', '\uFE0F', 'a b', 'EN', 'verdict', 'full', 'x'.repeat(201),
  // Over a 200 or 1,000 limit in code units, within it in characters (maxLength counts a pair as one).
  '😀'.repeat(150), '😀'.repeat(600), ['x'.repeat(201)], [1.5], ['😀'.repeat(150)],
];

type Json = Record<string, unknown> | unknown[];

/** Every path to a value in a JSON tree. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [prefix, ...keys.flatMap((k) => paths((value as Record<string, unknown>)[k as string], [...prefix, k]))];
}

function mutate(sample: object, path: (string | number)[], replacement: unknown): unknown {
  if (!path.length) return replacement;
  const copy = structuredClone(sample) as Json;
  let parent = copy as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (replacement === undefined && !Array.isArray(parent)) delete parent[last];
  else parent[last] = replacement;
  return copy;
}

/** What decodeEvent did before the compiled check: plainToInstance + validateSync. */
function reference(cls: Function, payload: unknown): { valid: boolean; value?: unknown } {
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) return { valid: false };
  const instance = plainToInstance(cls as new () => object, payload);
  const errors = validateSync(instance, { whitelist: true, forbidUnknownValues: true });
  return errors.length ? { valid: false } : { valid: true, value: JSON.parse(JSON.stringify(instance)) };
}

describe('isValidPlain (compiled class-validator tables)', () => {
  it.each(SAMPLES.map(([cls, sample]) => [cls.name, cls, sample] as const))('accepts a valid %s, as class-validator does', (_, cls, sample) => {
    expect(reference(cls, structuredClone(sample)).valid).toBe(true);
    expect(isValidPlain(cls, structuredClone(sample))).toBe(true);
  });

  it.each(SAMPLES.map(([cls, sample]) => [cls.name, cls, sample] as const))(
    'never accepts what class-validator refuses, and strips what it strips: mutations of %s',
    (_, cls, sample) => {
      let refused = 0;
      let mutations = 0;
      for (const path of paths(sample)) {
        for (const replacement of REPLACEMENTS) {
          const payload = mutate(sample, path, replacement);
          const ref = reference(cls, structuredClone(payload));
          const fast = structuredClone(payload);
          mutations++;
          if (!ref.valid) refused++;
          if (isValidPlain(cls, fast)) {
            // Sure means right: class-validator accepts it too, and the stripped payload is its instance.
            expect({ path, replacement, valid: ref.valid }).toEqual({ path, replacement, valid: true });
            expect(JSON.parse(JSON.stringify(fast))).toEqual(ref.value);
          }
        }
        // Unknown properties at every object level are stripped like the whitelist strips them.
        const at = path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], sample);
        if (at && typeof at === 'object' && !Array.isArray(at)) {
          const withExtra = mutate(sample, [...path, '__extra'], 'x');
          const ref = reference(cls, structuredClone(withExtra));
          const fast = structuredClone(withExtra);
          expect(isValidPlain(cls, fast)).toBe(ref.valid);
          if (ref.valid) expect(JSON.parse(JSON.stringify(fast))).toEqual(ref.value);
        }
      }
      // The corpus really contains refusals (the test would prove nothing otherwise).
      expect(refused).toBeGreaterThan(mutations / 4);
    },
  );

  it('answers "unsure" for shapes it does not mirror, so class-validator decides', () => {
    expect(isValidPlain(ArticleReceivedEvent, JSON.parse('{"__proto__": {"x": 1}}'))).toBe(false);
    expect(isValidPlain(ArticleReceivedEvent, [1])).toBe(false);
    expect(isValidPlain(ArticleReceivedEvent, null)).toBe(false);
  });
});
