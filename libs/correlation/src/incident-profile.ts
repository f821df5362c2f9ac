import type { IncidentProfile, ReportFeatures } from './correlation.types';

/** How much an incident remembers of its reports' words: bounded, the heaviest terms win. */
export const MAX_PROFILE_TERMS = 80;
export const MAX_PROFILE_NAMES = 30;
const MAX_ACTORS = 20;

/** A report's own top terms, already ordered by the extractor: no need to sort again. */
/**
 * Term maps are null-prototype objects: V8 keeps them as hash tables instead of deriving a hidden
 * class from every new combination of words (cheaper to build, no shape garbage).
 */
function termMap(): Record<string, number> {
  return Object.create(null) as Record<string, number>;
}

function rounded(from: Record<string, number>, limit: number): Record<string, number> {
  const out = termMap();
  let n = 0;
  for (const k in from) {
    if (n++ >= limit) break;
    out[k] = Math.round(from[k] * 10) / 10;
  }
  return out;
}

function addTop(into: Record<string, number>, from: Record<string, number>, limit: number): Record<string, number> {
  // Parallel arrays, not a Map of pairs: profiles merge on every attach and this was the hottest
  // loop. Order: the incident's terms first, then the report's new ones (as a Map would keep them).
  const keys: string[] = [];
  const sums: number[] = [];
  for (const k in into) {
    keys.push(k);
    // typeof, not `in`: a profile read back from Redis is a plain object ('constructor' is "in" it).
    const add = from[k];
    sums.push(typeof add === 'number' ? into[k] + add : into[k]);
  }
  for (const k in from) {
    if (typeof into[k] !== 'number') {
      keys.push(k);
      sums.push(from[k]);
    }
  }
  const out = termMap();
  // Rounded: profiles are stored in Redis and read back by other instances.
  if (keys.length <= limit) {
    for (let i = 0; i < keys.length; i++) out[keys[i]] = Math.round(sums[i] * 10) / 10;
    return out;
  }
  // Heaviest first, ties in the order above (what a stable sort of the pairs gave).
  const order = Array.from(keys.keys()).sort((a, b) => sums[b] - sums[a] || a - b);
  for (let i = 0; i < limit; i++) out[keys[order[i]]] = Math.round(sums[order[i]] * 10) / 10;
  return out;
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
