import { Gazetteer } from '../gazetteer/gazetteer';
import { TokenizedText } from '../text/tokenizer';
import { filterCandidates, prior } from './candidate-filter';
import { createGeoEnv, GeoContext, GeoEnv, Scored } from './geo-env';
import { GeoMention, GeoResult } from './geo-mention';
import { DEFAULT_GEO_WEIGHTS, GeoWeights } from './geo-weights';
import { findMentions } from './mention-finder';
import { findPersonNames } from './person-evidence';
import { summarise } from './primary';
import { resolve } from './resolver';
import { armedGroupCues, GroupCue } from './armed-group-cues';
import { institutionCountries, unitWordCountries } from './institution-cues';
import { EXPEDITIONARY_STATES, STATE_FORCES } from './name-context.data';
import { localPlaceFallback } from './local-place-fallback';
import { addSpatialFit, qualifyByComma } from './spatial-fit';
import { spellingFallback, warmSpellingIndex } from './spelling-fallback';
import { nameCountryGuess, warmNameCountryModel } from './name-country-guess';
import { quietCountryStrays } from './quiet-country-strays';
import { truecase } from './truecase';
import { unitWordFallback } from './unit-word-fallback';

export type { GeoContext } from './geo-env';

/**
 * Finds place names, resolves each to one gazetteer entry (population prior + the countries and
 * admin-1 units the rest of the article supports), tells places from actors, and picks the
 * primary location weighted to the title and lead. Each phase is a function in its own file that
 * takes data and returns data; this class only runs them in order.
 */
export class Geotagger {
  private readonly env: GeoEnv;

  constructor(gazetteer: Gazetteer, weights: GeoWeights = DEFAULT_GEO_WEIGHTS) {
    this.env = createGeoEnv(gazetteer, weights, prior);
    warmSpellingIndex(gazetteer);
    warmNameCountryModel(gazetteer);
  }

  tag(written: TokenizedText, ctx: GeoContext): GeoResult {
    const env = this.env;
    const doc = truecase(env, written);
    const raw = findMentions(doc, env.gazetteer);
    const persons = findPersonNames(env, doc, raw);
    let scored: Scored[] = [];
    for (const m of raw) {
      const s = filterCandidates(env, doc, m, ctx, persons);
      if (s) scored.push(s);
    }
    const groups = armedGroupCues(doc);
    if (groups.length > 0) scored = placesInGroupNames(env, scored, groups);
    if (groups.some((g) => g.provinces.length > 0)) scored = groupProvinces(env, scored, groups);
    if (scored.length > 1) scored = addSpatialFit(env, qualifyByComma(env, doc, scored));
    // Armed groups that fight in one country and unit words one country uses ("ELN", "woreda"):
    // they vote for their country's places, and give the country of a story that names no place.
    const unitWords = unitWordCountries(doc);
    const cues = union(groups.length > 0 ? new Set(groups.map((g) => g.country)) : null, unitWords);
    const cueCountry = cues === null ? null : cues.size === 1 ? [...cues][0] : sharedArea(groups, unitWords);
    const bodies = scored.length > 0 ? union(institutionCountries(doc), cues) : null;
    // Where the cues agree, the countries their groups strike (al-Shabaab's Kenya too): a small town
    // elsewhere is a stray.
    const cueReach = cueCountry ? new Set([cueCountry, ...groups.filter((g) => g.country === cueCountry).flatMap((g) => g.reach)]) : null;
    // Where no cue does, a conflict report's one people acting there gives the area (peopleReach).
    const mentions = resolve(env, doc, scored, bodies, cueReach ?? (ctx.conflict ? peopleReach(env, doc, scored) : null));
    const kept = ctx.conflict && cueReach === null ? quietCountryStrays(doc, mentions) : mentions;
    const summary = summarise(env, cueReach ? foreignForces(kept, cueReach) : kept, cueCountry);
    return groupProvince(env, groups, nameCountryGuess(env, doc, ctx, cues, spellingFallback(env, doc, ctx, localPlaceFallback(env, doc, ctx, unitWordFallback(doc, ctx, summary)))));
  }
}

/**
 * Cues of several countries agree where one country alone lies in every cue's area (its home and
 * the neighbours it strikes): "JNIM" (Burkina Faso, also Mali, Niger, Benin, Togo) with "FAMa"
 * (Mali) is Mali. Null otherwise.
 */
function sharedArea(groups: readonly GroupCue[], unitWords: ReadonlySet<string> | null): string | null {
  // Each unit word is a cue of its one country.
  if (unitWords && unitWords.size > 1) return null;
  let shared: Set<string> | null = unitWords ? new Set(unitWords) : null;
  for (const g of groups) {
    const area = new Set([g.country, ...g.reach]);
    shared = shared === null ? area : new Set([...shared].filter((c) => area.has(c)));
  }
  return shared?.size === 1 ? [...shared][0] : null;
}

/**
 * In a conflict report that names no armed group or unit word, the one people it names acting or
 * reporting ("Malian soldiers", "Burkinabè army uniforms", "Ecuadorian police said"), not striking
 * from afar or hit as foreigners, with that people's land neighbours: a small town elsewhere is a
 * namesake the gazetteer holds of a village it lacks ("Malian soldiers raided Léré" is no Léré in
 * Nigeria). A people of a state whose forces news often reports abroad (EXPEDITIONARY_STATES:
 * "Russian instructors … Bria") says nothing of where. Null where the report names no other
 * people, or several.
 */
function peopleReach(env: GeoEnv, doc: TokenizedText, scored: readonly Scored[]): Set<string> | null {
  let country: string | null = null;
  for (const s of scored) {
    const people = s.mention.candidates.find((id) => env.gazetteer.place(id).kind === 'demonym');
    if (s.outsider || s.inOfName || people === undefined || !statePeople(doc, s.mention.last)) continue;
    const c = env.gazetteer.place(people).country;
    if (c && EXPEDITIONARY_STATES.has(c)) continue;
    if (!c || (country !== null && c !== country)) return null;
    country = c;
  }
  return country ? new Set([country, ...(env.gazetteer.country(country)?.borders ?? [])]) : null;
}

/** "Malian soldiers", "Burkinabè army uniforms", "Ecuadorian air force", "Chadian border police": a people's forces or authorities, up to two words on. */
function statePeople(doc: TokenizedText, last: number): boolean {
  for (let k = last + 1; k <= last + 3 && k < doc.tokens.length && doc.tokens[k].sentence === doc.tokens[last].sentence && !doc.tokens[k].cap; k++) {
    if (STATE_FORCES.has(doc.tokens[k].norm)) return true;
  }
  return false;
}

/**
 * A people or state acting outside the area the story's armed groups fight in are foreign forces
 * there: "Israeli troops pushed into Khiam as Hezbollah fighters fired" is in Lebanon, "Burundian
 * troops pulled back as M23 advanced" in DR Congo. Like a people striking from afar, they give the
 * story's country only where nothing else does. (A neighbour the group strikes is no outsider:
 * "Chadian soldiers fighting Boko Haram" are at home.)
 */
function foreignForces(mentions: GeoMention[], area: ReadonlySet<string>): GeoMention[] {
  return mentions.map((m) => (m.role !== 'literal' && m.place.country && !area.has(m.place.country) && !m.speaker && !m.outsider ? { ...m, outsider: 'forces' } : m));
}

/**
 * A town named like towns in other provinces leans to the provinces where the story's groups mostly
 * fight (ARMED_GROUP_PROVINCES): "Boko Haram fighters killed villagers in Mafa" is Borno's Mafa,
 * not Oyo's.
 */
function groupProvinces(env: GeoEnv, scored: Scored[], groups: readonly GroupCue[]): Scored[] {
  const provinces = new Set(groups.flatMap((g) => g.provinces));
  return scored.map((s) => {
    const lifted = s.mention.candidates.map((id) => provinces.has(env.gazetteer.place(id).admin1Code ?? ''));
    return lifted.some(Boolean) ? { ...s, scores: s.scores.map((v, k) => (lifted[k] ? v + env.w.groupProvinceBonus : v)) } : s;
  });
}

/**
 * A report whose primary place gives no admin-1 unit (it names none the gazetteer holds) takes the
 * one province where every armed group and community it names of its country mostly fights
 * (ARMED_GROUP_PROVINCES, COMMUNITY_HOMES): "Fano militiamen attacked <a village>" is in Amhara,
 * "CODECO fighters …" in Ituri. A group that also fights across the border counts with its
 * provinces there: Boko Haram in a report from Cameroon is in the Far North. The primary point
 * only: no place is made up.
 */
function groupProvince(env: GeoEnv, groups: readonly GroupCue[], result: GeoResult): GeoResult {
  const country = result.primaryCountry;
  if (result.primaryAdmin1 !== null || country === null) return result;
  let only: string | null = null;
  for (const g of groups) {
    if (g.country !== country && !g.reach.includes(country)) continue;
    const own = g.provinces.filter((code) => code.startsWith(`${country}-`));
    if (own.length !== 1 || (only !== null && only !== own[0])) return result;
    only = own[0];
  }
  const name = only ? env.cache.admin1Unit(only)?.admin1 : undefined;
  return only && name ? { ...result, primaryAdmin1: name, primaryAdmin1Code: only } : result;
}

/** The union of two sets of countries the story's cues stand for. */
function union(a: Set<string> | null, b: Set<string> | null): Set<string> | null {
  if (!a || !b) return a ?? b;
  return new Set([...a, ...b]);
}

/**
 * A name inside a group's name is a place of the group's country only ("Kachin" in "Kachin
 * Independence Army"): "Amba fighters" are Cameroon's, not Ambah in India.
 */
function placesInGroupNames(env: GeoEnv, scored: Scored[], groups: readonly GroupCue[]): Scored[] {
  const out: Scored[] = [];
  for (const s of scored) {
    const g = groups.find((x) => s.mention.first >= x.first && s.mention.last <= x.last);
    if (!g) { out.push(s); continue; }
    const keep = s.mention.candidates.map((id, k) => (env.gazetteer.place(id).country === g.country ? k : -1)).filter((k) => k >= 0);
    if (keep.length === 0) continue;
    out.push({ ...s, mention: { ...s.mention, candidates: keep.map((k) => s.mention.candidates[k]) }, scores: keep.map((k) => s.scores[k]) });
  }
  return out;
}
