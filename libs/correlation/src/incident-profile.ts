import type { IncidentProfile, ReportFeatures, WeightedTerms } from './correlation.types';

/** How much an incident remembers of its reports' words: bounded, the heaviest terms win. */
export const MAX_PROFILE_TERMS = 80;
export const MAX_PROFILE_NAMES = 30;
const MAX_ACTORS = 20;

const round1 = (x: number): number => Math.round(x * 10) / 10;

const MAX_KILLED = 8;

/** The first `limit` of a report's terms (already heaviest first), rounded, each from one report. */
function rounded(from: WeightedTerms, limit: number, trace?: number[]): WeightedTerms {
  const keys = from.keys.slice(0, limit);
  if (trace) for (let j = 0; j < keys.length; j++) trace.push(~j);
  return { keys, weights: from.weights.slice(0, limit).map(round1), docs: keys.map(() => 1) };
}

/**
 * The least number of reports a term or name needs to belong to the incident's core: what most
 * of its reports say, not what one outlying report added. One report or two: everything (there is
 * no majority yet); then a quarter of the reports, at least two.
 */
export function coreCut(reports: number): number {
  return reports >= 3 ? Math.max(2, Math.ceil(reports / 4)) : 1;
}

/** One more vote for `key` (a report's date or year). */
function vote(into: WeightedTerms | undefined, key: string | null): WeightedTerms | undefined {
  if (key === null) return into;
  const keys = into ? into.keys.slice() : [];
  const weights = into ? into.weights.slice() : [];
  const i = keys.indexOf(key);
  if (i >= 0) weights[i]++;
  else if (keys.length < 8) {
    keys.push(key);
    weights.push(1);
  }
  return { keys, weights };
}

/**
 * The most voted key (ties: the first voted), or null; with `reports`, only when its votes reach
 * the core (`coreCut`): a date that one report of ten gave is not yet the incident's date, so the
 * next report with that date does not join through it (ECB+ dev: one 2013 report joined the 2010
 * Doctor Who casting, and its date then pulled every later 2013 report in).
 */
export function topVote(votes: WeightedTerms | undefined, reports = 1): string | null {
  if (!votes || !votes.keys.length) return null;
  let best = 0;
  for (let i = 1; i < votes.keys.length; i++) if (votes.weights[i] > votes.weights[best]) best = i;
  return votes.weights[best] >= coreCut(reports) ? votes.keys[best] : null;
}

/**
 * Where each key sits in the profile being merged (`addTop`): term → stamp × 1024 + index, valid
 * while the stamp is the current call's. One long-lived table instead of a new Map per merge
 * (two per report: with its growth rehashes, part of the ~10 KB `addTop` allocated per report in
 * the correlate bench); a stale entry is never read, so the result is the same. Values stay small
 * integers (no boxed numbers): the stamp wraps, and the table is emptied then and when it is large.
 */
const slots = new Map<string, number>();
const MAX_SLOTS = 200_000;
const STAMP_WRAP = 1 << 19;
let slotStamp = 0;

/**
 * Where each term and name of a profile made by `extendProfile` / `openProfile` came from: the
 * index of the same key in the previous profile, or `~j` for the report's `j`th (what lets the
 * scorer reuse both vectors' term ids, `ReportSimilarityScorer.adopt`).
 */
export interface ProfileTrace {
  terms: number[];
  names: number[];
}

/**
 * The incident's terms plus a report's, summed, with how many reports had each; the `limit`
 * heaviest kept, rounded. `trace`, when given, gets where each kept key came from (ProfileTrace).
 */
function addTop(into: WeightedTerms, from: WeightedTerms, limit: number, reports: number, trace?: number[]): WeightedTerms {
  // The incident's terms first, then the report's new ones.
  const keys = into.keys.slice();
  const sums = into.weights.slice();
  // Profiles stored before docs were counted: every key counts as held by all reports so far.
  const docs = into.docs ? into.docs.slice() : keys.map(() => reports);
  if (++slotStamp >= STAMP_WRAP || slots.size >= MAX_SLOTS) {
    slots.clear();
    slotStamp = 1;
  }
  const base = slotStamp * 1024;
  // A profile holds at most a few hundred keys (MAX_PROFILE_TERMS + a report's); past 1,024 the
  // index would spill into the stamp, so such an input (never made here) takes a Map of its own.
  const at = keys.length + from.keys.length <= 1024 ? null : new Map<string, number>();
  for (let i = 0; i < keys.length; i++) {
    if (at) at.set(keys[i], i);
    else slots.set(keys[i], base + i);
  }
  for (let j = 0; j < from.keys.length; j++) {
    const slot = at ? at.get(from.keys[j]) : slots.get(from.keys[j]);
    const i = at ? slot : slot !== undefined && slot >= base ? slot - base : undefined;
    if (i === undefined) {
      keys.push(from.keys[j]);
      sums.push(from.weights[j]);
      docs.push(1);
      trace?.push(~j);
    } else {
      sums[i] += from.weights[j];
      docs[i]++;
    }
  }
  // Where each key came from, in the order above: the profile's own, then the report's new ones (pushed above).
  if (trace) {
    const added = trace.splice(0);
    for (let i = 0; i < into.keys.length; i++) trace.push(i);
    for (const k of added) trace.push(k);
  }
  // Rounded: profiles are stored in Redis and read back by other instances.
  if (keys.length <= limit) return { keys, weights: sums.map(round1), docs };
  // The `limit` heaviest, ties to the earlier key (the set a stable sort by weight keeps), in the
  // order above: the cut-off weight from a numeric sort of the sums (no comparator calls).
  const cut = Float64Array.from(sums).sort()[sums.length - limit];
  let ties = limit;
  for (const x of sums) if (x > cut) ties--;
  const out: WeightedTerms = { keys: [], weights: [], docs: [] };
  let kept = 0;
  for (let i = 0; i < keys.length; i++) {
    if (sums[i] > cut || (sums[i] === cut && ties-- > 0)) {
      out.keys.push(keys[i]);
      out.weights.push(round1(sums[i]));
      out.docs?.push(docs[i]);
      if (trace) trace[kept++] = trace[i];
    }
  }
  if (trace) trace.length = kept;
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

/** A new incident's profile from its first report; `trace` (empty), when given, gets where its keys came from. */
export function openProfile(id: string, f: ReportFeatures, trace?: ProfileTrace): IncidentProfile {
  return {
    id,
    t0: f.time,
    t1: f.time,
    place: { ...f.place },
    countries: [...f.countries],
    eventType: f.eventType,
    actors: f.actors.slice(0, MAX_ACTORS),
    terms: rounded(f.terms, MAX_PROFILE_TERMS, trace?.terms),
    names: rounded(f.names, MAX_PROFILE_NAMES, trace?.names),
    reports: 1,
    dates: vote(undefined, f.dates[0] ?? null),
    years: vote(undefined, f.year === null ? null : String(f.year)),
    eventDates: vote(undefined, f.eventDate),
    killed: f.killed > 0 ? [f.killed] : [],
  };
}

/**
 * The profile after one more report: time range, place filled in, words and names pooled.
 * `trace` (empty), when given, gets where its terms and names came from (ProfileTrace).
 */
export function extendProfile(p: IncidentProfile, f: ReportFeatures, trace?: ProfileTrace): IncidentProfile {
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
    terms: addTop(p.terms, f.terms, MAX_PROFILE_TERMS, p.reports, trace?.terms),
    names: addTop(p.names, f.names, MAX_PROFILE_NAMES, p.reports, trace?.names),
    reports: p.reports + 1,
    dates: vote(p.dates, f.dates[0] ?? null),
    years: vote(p.years, f.year === null ? null : String(f.year)),
    eventDates: vote(p.eventDates, f.eventDate),
    killed: f.killed > 0 && !(p.killed ?? []).includes(f.killed) ? [...(p.killed ?? []), f.killed].slice(-MAX_KILLED) : p.killed ?? [],
  };
}
