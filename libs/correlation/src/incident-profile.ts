import type { IncidentProfile, ReportFeatures, WeightedTerms } from './correlation.types';

/** How much an incident remembers of its reports' words: bounded, the heaviest terms win. */
export const MAX_PROFILE_TERMS = 80;
export const MAX_PROFILE_NAMES = 30;
const MAX_ACTORS = 20;

const round1 = (x: number): number => Math.round(x * 10) / 10;

/** The first `limit` of a report's terms (already heaviest first), rounded. */
function rounded(from: WeightedTerms, limit: number): WeightedTerms {
  return { keys: from.keys.slice(0, limit), weights: from.weights.slice(0, limit).map(round1) };
}

/** The incident's terms plus a report's, summed; the `limit` heaviest kept, rounded. */
function addTop(into: WeightedTerms, from: WeightedTerms, limit: number): WeightedTerms {
  // The incident's terms first, then the report's new ones.
  const keys = into.keys.slice();
  const sums = into.weights.slice();
  const at = new Map<string, number>();
  for (let i = 0; i < keys.length; i++) at.set(keys[i], i);
  for (let j = 0; j < from.keys.length; j++) {
    const i = at.get(from.keys[j]);
    if (i === undefined) {
      keys.push(from.keys[j]);
      sums.push(from.weights[j]);
    } else {
      sums[i] += from.weights[j];
    }
  }
  // Rounded: profiles are stored in Redis and read back by other instances.
  if (keys.length <= limit) return { keys, weights: sums.map(round1) };
  // The `limit` heaviest, ties to the earlier key (the set a stable sort by weight keeps), in the
  // order above: the cut-off weight from a numeric sort of the sums (no comparator calls).
  const cut = Float64Array.from(sums).sort()[sums.length - limit];
  let ties = limit;
  for (const x of sums) if (x > cut) ties--;
  const out: WeightedTerms = { keys: [], weights: [] };
  for (let i = 0; i < keys.length; i++) {
    if (sums[i] > cut || (sums[i] === cut && ties-- > 0)) {
      out.keys.push(keys[i]);
      out.weights.push(round1(sums[i]));
    }
  }
  return out;
}

/**
 * A profile as stored in Redis. Profiles written before terms were parallel arrays hold them as
 * term → weight objects: read either.
 */
export function parseProfile(json: string): IncidentProfile {
  const p = JSON.parse(json) as IncidentProfile;
  const asArrays = (t: WeightedTerms | Record<string, number>): WeightedTerms =>
    Array.isArray((t as WeightedTerms).keys) ? (t as WeightedTerms) : { keys: Object.keys(t), weights: Object.values(t as Record<string, number>) };
  p.terms = asArrays(p.terms);
  p.names = asArrays(p.names);
  return p;
}

export function openProfile(id: string, f: ReportFeatures): IncidentProfile {
  return {
    id,
    t0: f.time,
    t1: f.time,
    place: { ...f.place },
    countries: [...f.countries],
    eventType: f.eventType,
    actors: f.actors.slice(0, MAX_ACTORS),
    terms: rounded(f.terms, MAX_PROFILE_TERMS),
    names: rounded(f.names, MAX_PROFILE_NAMES),
    reports: 1,
  };
}

/** The profile after one more report: time range, place filled in, words and names pooled. */
export function extendProfile(p: IncidentProfile, f: ReportFeatures): IncidentProfile {
  return {
    id: p.id,
    t0: Math.min(p.t0, f.time),
    t1: Math.max(p.t1, f.time),
    place: {
      country: p.place.country ?? f.place.country,
      admin1: p.place.admin1 ?? (p.place.country === f.place.country || !p.place.country ? f.place.admin1 : null),
      city: p.place.city ?? (p.place.country === f.place.country || !p.place.country ? f.place.city : null),
    },
    countries: [...new Set([...p.countries, ...f.countries])].slice(0, 10),
    eventType: p.eventType === 'Not a conflict event' ? f.eventType : p.eventType,
    actors: [...new Set([...p.actors, ...f.actors])].slice(0, MAX_ACTORS),
    terms: addTop(p.terms, f.terms, MAX_PROFILE_TERMS),
    names: addTop(p.names, f.names, MAX_PROFILE_NAMES),
    reports: p.reports + 1,
  };
}
