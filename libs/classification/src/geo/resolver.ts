import { Place } from '../gazetteer/place';
import { TokenizedText } from '../text/tokenizer';
import { approxKm, GeoEnv, Scored } from './geo-env';
import { GeoMention } from './geo-mention';

/** strayTown(): towns this big are named outside their region too; the other admin-1 needs this many names. */
const STRAY_TOWN_MAX_POPULATION = 100_000;
const STRAY_TOWN_MIN_OTHER = 2;
/** contextBonus(): a town abroad this big is no stray even where the story's groups or people all point elsewhere. */
const CUE_STRAY_MAX_POPULATION = 500_000;
/** strayTown(): a town this near another of the article's towns is not a stray. */
const STRAY_TOWN_NEAR_KM = 60;

interface NameVote { country: string; admin1: string | null; named: boolean; lat: number | null; lon: number | null }
interface Point { name: string; lat: number; lon: number; admin1: string | null }
interface Votes {
  country: Map<string, number>; admin1: Map<string, number>; admin1Named: Map<string, number>; byName: Map<string, NameVote>; points: Point[]; totalCountryVotes: number; demonyms: Set<string>;
  /** The one country of the story's armed groups and unit words ("ELN", "woreda"), if they agree on one. */
  /** The countries the story's agreeing armed groups and unit words stand for and strike ("al-Shabaab": Somalia, Kenya), or null. */
  cueReach: ReadonlySet<string> | null;
  /** Votes for each country's land neighbours, filled in as candidates ask (neighbourVotes). */
  neighbours: Map<string, number>;
}
interface Pick { id: number; score: number; margin: number; rival: number }

/**
 * Resolves every name to one place: a first round on priors and spatial fit, whose picks vote for
 * countries and admin-1 units; a second round with those votes; then the final picks, with stray
 * small towns dropped and near-ties between admin-1 units left without an admin-1.
 */
export function resolve(env: GeoEnv, doc: TokenizedText, scored: readonly Scored[], bodies: ReadonlySet<string> | null, cueReach: ReadonlySet<string> | null): GeoMention[] {
  const twin = twins(scored);
  // Votes depend only on which place each name picked, so a round that picks the same places as
  // the one before gives the same votes and the next round the same picks: they are not recounted.
  const first = pickAll(env, scored, twin, null);
  const firstVotes = countVotes(env, scored, first, bodies, cueReach);
  let finalPicks = pickAll(env, scored, twin, firstVotes);
  let finalVotes = samePlaces(finalPicks, first) ? firstVotes : countVotes(env, scored, finalPicks, bodies, cueReach);
  // A second round lets names settled by the first round's context settle others in turn.
  if (scored.length > 1 && finalVotes !== firstVotes) {
    const second = finalPicks;
    const secondVotes = finalVotes;
    finalPicks = pickAll(env, scored, twin, secondVotes);
    finalVotes = samePlaces(finalPicks, second) ? secondVotes : countVotes(env, scored, finalPicks, bodies, cueReach);
  }
  const mentions: GeoMention[] = [];
  for (let k = 0; k < scored.length; k++) {
    const s = scored[k];
    const best = finalPicks[k];
    if (!best) continue;
    if (strayTown(env, best.id, s.nameKey, finalVotes)) continue;
    const { id, score, margin } = best;
    const found = env.gazetteer.place(s.admin1Named ? id : preferCity(env, id, s.mention.candidates));
    // A county is placed in the state the rest of the article names, if it names one.
    let place: Place = found;
    if (s.county && found.country === 'US') {
      const admin1 = dominantAdmin1(finalVotes, found.country, s.nameKey);
      place = { ...found, kind: 'admin2', admin1, admin1Code: env.gazetteer.admin1Code(found.country, admin1), name: `${found.name} County`, admin2: `${found.name} County` };
    } else if (s.county && found.kind === 'city') {
      // Outside the US a county lies in its town's province ("Tonj County", South Sudan), or is the
      // province itself where one bears its name (Kenya's "Garissa County").
      const unit = s.mention.candidates.map((c) => env.gazetteer.place(c)).find((q) => q.kind === 'admin1' && q.country === found.country && q.admin1 === found.admin1);
      place = unit ?? { ...found, kind: 'admin2', name: `${found.name} County`, admin2: `${found.name} County` };
    }
    if (margin < (s.conflictLead ? env.w.conflictAdmin1MinMargin : env.w.admin1MinMargin) && best.rival >= 0 && place.kind !== 'admin1') {
      const r = env.gazetteer.place(best.rival);
      if (r.country !== place.country || r.admin1 !== place.admin1) place = { ...place, admin1: null, admin1Code: null, admin2: null };
    }
    const t0 = doc.tokens[s.mention.first];
    const t1 = doc.tokens[s.mention.last];
    mentions.push({
      name: doc.text.slice(t0.start, t1.end), span: [t0.start, t1.end], placeId: id, place,
      confidence: Math.max(0.05, Math.min(0.99, 0.45 + margin / 12 + (score - env.w.minScore) / 30)),
      role: place.kind === 'demonym' ? 'demonym' : place.actor ? 'actor' : s.role, sentence: s.sentence, inTitle: s.inTitle, background: s.background,
      locative: s.locative, dateline: s.dateline, outsider: s.outsider, speaker: s.speaker,
    });
  }
  return mentions;
}

function samePlaces(a: readonly (Pick | null)[], b: readonly (Pick | null)[]): boolean {
  for (let k = 0; k < a.length; k++) if ((a[k]?.id ?? -1) !== (b[k]?.id ?? -1)) return false;
  return true;
}

/**
 * For each mention, the first mention of the same name with the same evidence (sameEvidence):
 * repeated names are picked once per round, and that mention's pick is theirs. Worked out once
 * for all rounds, comparing the fields themselves: a memo key string per mention and a memo Map
 * per round cost ~1 % of classify() on the bench's articles.
 */
function twins(scored: readonly Scored[]): number[] {
  const firsts = new Map<string, number[]>();
  return scored.map((s, k) => {
    const seen = firsts.get(s.nameKey);
    if (!seen) {
      firsts.set(s.nameKey, [k]);
      return k;
    }
    const twin = seen.find((j) => sameEvidence(scored[j], s));
    if (twin !== undefined) return twin;
    seen.push(k);
    return k;
  });
}

/** Same penalty, person evidence and candidates (told by their number and the first one). */
function sameEvidence(a: Scored, b: Scored): boolean {
  return a.penalty === b.penalty && a.person === b.person && a.mention.candidates.length === b.mention.candidates.length && a.mention.candidates[0] === b.mention.candidates[0];
}

/** Picks for every mention; a repeated name reads its twin's pick (twins()). */
function pickAll(env: GeoEnv, scored: readonly Scored[], twin: readonly number[], votes: Votes | null): (Pick | null)[] {
  const picks: (Pick | null)[] = [];
  for (let k = 0; k < scored.length; k++) picks.push(twin[k] === k ? pick(env, scored[k], votes) : picks[twin[k]]);
  return picks;
}

function pick(env: GeoEnv, s: Scored, votes: Votes | null): Pick | null {
  let best = -1;
  let bestScore = -Infinity;
  let second = -Infinity;
  let rival = -1;
  const ids = s.mention.candidates;
  const own = votes?.byName.get(s.nameKey);
  for (let k = 0; k < ids.length; k++) {
    const p = env.gazetteer.place(ids[k]);
    let score = s.scores[k] - s.penalty;
    if (votes) {
      const bonus = contextBonus(env, ids[k], p, votes, s.nameKey, own);
      // A name with person evidence ("Michael Jordan … Jordan said") is a place only where the
      // rest of the article supports it, whatever the fitted threshold.
      if (s.person && bonus <= 0) continue;
      score += bonus;
    } else if (s.person) continue;
    if (score > bestScore) { second = bestScore; rival = best; bestScore = score; best = ids[k]; } else if (score > second) { second = score; rival = ids[k]; }
  }
  if (best < 0) return null;
  const bestCountry = env.gazetteer.place(best).country;
  const oneCountry = ids.every((id) => env.gazetteer.place(id).country === bestCountry);
  if (bestScore < (oneCountry ? env.w.minScoreOneCountry : env.w.minScore)) return null;
  return { id: best, score: bestScore, margin: Number.isFinite(second) ? bestScore - second : 6, rival };
}

/**
 * Support from the rest of the article: other names only, so nine "Mansfield"s do not vote for
 * themselves (`own` is the vote of `nameKey`, if it cast one).
 */
function contextBonus(env: GeoEnv, id: number, p: Place, votes: Votes, nameKey: string, own: NameVote | undefined): number {
  if (!p.country) return 0;
  // "Greek police said", "Iraqi forces", "the Sheriff's Office": a people or a local institution
  // named in the story counts once for its country's places, though it is no place itself and adds
  // nothing to the story's countries.
  const c = (votes.country.get(p.country) ?? 0) - (own?.country === p.country ? 1 : 0) + (votes.demonyms.has(p.country) ? 1 : 0);
  let bonus = Math.min(env.w.countryVoteCap, env.w.countryVote * c);
  // A town alone in its country, in an article whose other names (two or more) place it in other
  // countries, is probably their namesake we do not hold (Edmonton in north London).
  if (c <= 0 && (p.kind === 'city' || p.kind === 'admin1') && !p.capital && votes.totalCountryVotes - (votes.country.get(p.country) ?? 0) >= 2) bonus -= env.w.strayCountryPenalty;
  // So is a small town or a district abroad in a story whose armed groups or unit words all belong
  // to another country ("CODECO militiamen … near Bule" is no Bulle in Switzerland; "anti-balaka
  // fighters … in Boyo" no district of Cameroon).
  else if (c <= 0 && (p.kind === 'city' || (p.kind === 'admin2' && p.district === true)) && !p.capital && p.population < CUE_STRAY_MAX_POPULATION && votes.cueReach !== null && !votes.cueReach.has(p.country)) bonus -= env.w.strayCountryPenalty;
  // Neighbours support each other: Lebanon next to Israel is the country, not the Ohio town.
  if (c <= 0) bonus += Math.min(3, neighbourVotes(env, votes, p.country));
  const key = p.kind !== 'admin1' ? env.cache.admin1Key(id) : null;
  if (key) {
    const a = (votes.admin1.get(key) ?? 0) - (own?.admin1 === key ? 1 : 0);
    // Each further name in the same admin-1 adds to it: three towns of one state outweigh a big namesake.
    // A state named outright ("Georgia", "Ga.") adds more: it is no guess of the first round.
    if (a > 0) bonus += 3 + 2 * Math.min(3, a - 1) + 3 * Math.min(2, votes.admin1Named.get(key) ?? 0);
  }
  // Towns near the article's other towns: Enfield next to London is the London borough.
  // Only towns in a country the article already supports are worth the distance check.
  if (c > 0 && (p.kind === 'city' || p.kind === 'site') && p.lat !== null && p.lon !== null && votes.points.length > 0) {
    let nearest = Infinity;
    for (const v of votes.points) {
      if (v.name === nameKey) continue;
      const d = approxKm(p.lat, p.lon, v.lat, v.lon);
      if (d < nearest) nearest = d;
    }
    bonus += nearest < 60 ? 3 : nearest < 200 ? 1.5 : 0;
  }
  return bonus;
}

/**
 * The votes for `country`'s land neighbours. Counted once per country and round: a name's
 * namesakes abroad share a handful of countries, and walking their borders for every candidate
 * was a third of contextBonus().
 */
function neighbourVotes(env: GeoEnv, votes: Votes, country: string): number {
  let n = votes.neighbours.get(country);
  if (n === undefined) {
    n = 0;
    for (const nb of env.gazetteer.country(country)?.borders ?? []) n += votes.country.get(nb) ?? 0;
    votes.neighbours.set(country, n);
  }
  return n;
}

/** "Geneva", "Baghdad": a province named after its big city means the city. */
function preferCity(env: GeoEnv, id: number, candidates: readonly number[]): number {
  const p = env.gazetteer.place(id);
  if (p.kind !== 'admin1') return id;
  for (const c of candidates) {
    const q = env.gazetteer.place(c);
    if (q.kind === 'city' && q.country === p.country && q.admin1 === p.admin1 && q.population >= 50_000) return c;
  }
  return id;
}

/** The admin-1 most names support in `country` (a state named outright counts twice), not counting `exceptName`'s own reading. */
function dominantAdmin1(votes: Votes, country: string | null, exceptName: string): string | null {
  const own = votes.byName.get(exceptName)?.admin1;
  let best: string | null = null;
  let bestVotes = 0;
  for (const [key, raw] of votes.admin1) {
    const v = raw - (own === key ? 1 : 0) + (votes.admin1Named.get(key) ?? 0);
    const slash = key.indexOf('/');
    if (key.slice(0, slash) === country && v > bestVotes) { bestVotes = v; best = key.slice(slash + 1); }
  }
  return best;
}

/**
 * A small town alone in its admin-1, in an article whose other names agree on another admin-1 of
 * the same country, is usually a namesake we do not hold (a "Kent" in a Minnesota paper) or not a
 * place at all ("Star", "Williams"): local news names its own state's towns.
 */
function strayTown(env: GeoEnv, id: number, nameKey: string, votes: Votes): boolean {
  const p = env.gazetteer.place(id);
  if (p.kind !== 'city' || p.capital || p.population >= STRAY_TOWN_MAX_POPULATION) return false;
  const ownKey = env.cache.admin1Key(id);
  if (!ownKey) return false;
  const own = votes.byName.get(nameKey);
  const ownSupport = (votes.admin1.get(ownKey) ?? 0) - (own?.admin1 === ownKey ? 1 : 0);
  if (ownSupport > 0) return false;
  const prefix = `${p.country}/`;
  const strong = (key: string): boolean => (votes.admin1.get(key) ?? 0) + (votes.admin1Named.get(key) ?? 0) >= STRAY_TOWN_MIN_OTHER;
  let other = false;
  for (const key of votes.admin1.keys()) {
    // A state named outright ("Minnesota", "Ga.") counts twice: it says where the paper is.
    if (key !== ownKey && key.startsWith(prefix) && strong(key)) { other = true; break; }
  }
  if (!other) return false;
  // A town beside a town of that other admin-1 is no stray: the story crosses a state line
  // (Hanover, New Hampshire, in a story about Bethel, Vermont).
  if (p.lat !== null && p.lon !== null) {
    for (const v of votes.points) {
      if (v.name !== nameKey && v.admin1 !== null && v.admin1 !== ownKey && strong(v.admin1) && approxKm(p.lat, p.lon, v.lat, v.lon) < STRAY_TOWN_NEAR_KM) return false;
    }
  }
  return true;
}

/** One vote per distinct name, for the country and admin-1 of its first-pass reading. */
function countVotes(env: GeoEnv, scored: readonly Scored[], picks: (Pick | null)[], bodies: ReadonlySet<string> | null, cueReach: ReadonlySet<string> | null): Votes {
  const byName = new Map<string, NameVote>();
  // Peoples, local institutions and one-country armed groups named in the story ("Greek police",
  // "the Sheriff's Office", "ELN"): geotagger.ts finds the last two.
  const demonyms = new Set<string>(bodies ?? []);
  for (let k = 0; k < scored.length; k++) {
    const pick = picks[k];
    if (!pick || byName.has(scored[k].nameKey)) continue;
    const p = env.gazetteer.place(pick.id);
    // A people named in the story ("Greek police"), not inside a name ("Organization of American States").
    if (p.kind === 'demonym' && p.country && !scored[k].inOfName) demonyms.add(p.country);
    // "Scott County" read through a town named Scott (the county list lacks it) votes for no state:
    // every state may have a Scott.
    if (!p.country || (scored[k].role !== 'literal' && p.kind !== 'country') || scored[k].county) continue;
    byName.set(scored[k].nameKey, {
      country: p.country, admin1: env.cache.admin1Key(pick.id), named: p.kind === 'admin1',
      // Only towns and sites pin a point: a country's centroid says nothing about nearness. A national
      // capital pins none either: news names it from anywhere, so it says nothing of the story's
      // neighbourhood (Damascus next to Washington is Syria's, not the Maryland town's).
      lat: (p.kind === 'city' || p.kind === 'site') && !p.capital ? p.lat : null, lon: (p.kind === 'city' || p.kind === 'site') && !p.capital ? p.lon : null,
    });
  }
  const country = new Map<string, number>();
  const admin1 = new Map<string, number>();
  const admin1Named = new Map<string, number>();
  for (const v of byName.values()) {
    if (v.named && v.admin1) admin1Named.set(v.admin1, (admin1Named.get(v.admin1) ?? 0) + 1);
    country.set(v.country, (country.get(v.country) ?? 0) + 1);
    if (v.admin1) admin1.set(v.admin1, (admin1.get(v.admin1) ?? 0) + 1);
  }
  const points: Point[] = [];
  for (const [name, v] of byName) if (v.lat !== null && v.lon !== null) points.push({ name, lat: v.lat, lon: v.lon, admin1: v.admin1 });
  let totalCountryVotes = 0;
  for (const v of country.values()) totalCountryVotes += v;
  return { country, admin1, admin1Named, byName, points, totalCountryVotes, demonyms, cueReach, neighbours: new Map() };
}
