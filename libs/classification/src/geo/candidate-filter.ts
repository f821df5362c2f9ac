import { Place } from '../gazetteer/place';
import { foldWord } from '../text/fold';
import { TokenizedText } from '../text/tokenizer';
import { GeoContext, GeoEnv, isPlaceToken, nameKey, Scored, speaksForState } from './geo-env';
import { MentionRole } from './geo-mention';
import { RawMention } from './mention-finder';
import {
  ADMIN1_WORDS, COUNTY_WORDS, DETERMINERS, FORCE_NOUNS, GENERIC_REGION_WORDS, INSTITUTIONS, LOCATIVE, NOT_PLACES, PLACE_SUFFIXES, PLACE_WORDS, PREPOSITIONS,
  MODIFIED_NOUNS, SPEECH_VERBS, STANCE_AUXILIARIES, STANCE_WORDS, STATE_AGENT_WORDS, STATE_BODIES, STREET_WORDS,
} from './name-context.data';

/** Party letters of US lawmakers' "D-N.D." designations. */
const PARTY_LETTERS = new Set(['D', 'R', 'I']);
/** A town named like an admin-1 unit must be this big to be read as the town ("Washington"). */
const STATE_NAMESAKE_MIN_POPULATION = 100_000;

export function filterCandidates(env: GeoEnv, doc: TokenizedText, m: RawMention, ctx: GeoContext, persons: ReadonlySet<string>): Scored | null {
  const { tokens, text, allCaps } = doc;
  const t0 = tokens[m.first];
  const t1 = tokens[m.last];
  const surface = text.slice(t0.start, t1.end);
  const single = m.first === m.last;
  const prevTok = m.first > 0 ? tokens[m.first - 1] : undefined;
  const nextTok = tokens[m.last + 1];
  // A common word ("Center", "University") is a town only where syntax says so: "in Reading".
  const commonWord = single && env.common.has(foldWord(surface));
  const placeSyntax = (prevTok !== undefined && prevTok.sentence === t0.sentence && PREPOSITIONS.has(prevTok.norm))
    || /^,\s*[A-Z]/.test(text.slice(t1.end, t1.end + 3));
  // "Scott County" when the county list lacks it: the town it is named like, placed by dominantAdmin1().
  const county = nextTok !== undefined && COUNTY_WORDS.has(nextTok.norm) && /^\s+$/.test(text.slice(t1.end, nextTok.start));
  const lawmakerState = partyState(doc, m.first);
  let ids = m.candidates.filter((id) => {
    const p = env.gazetteer.place(id);
    // A common word ("Church", "Reading") is a town only where syntax says so, and only a sizeable one.
    if (commonWord && (p.kind === 'city' || p.kind === 'admin1') && !allCaps && (!placeSyntax || p.population < 3_000)) return false;
    if (p.kind === 'admin1' && genericRegion(p.name)) return false;
    if (p.kind === 'city' && surface.length <= 2) return false;
    if (county && p.kind !== 'city' && p.kind !== 'admin1') return false;
    if (p.codeOnly) return !allCaps && surface === surface.toUpperCase();
    if (p.abbrev) return lawmakerState || /,\s*$/.test(text.slice(Math.max(0, t0.start - 3), t0.start)) || plainAbbreviation(env, text, t0.start, t1.end);
    return true;
  });
  if (ids.length === 0) return null;
  // "Donetsk oblast", "Idlib province": the unit, not its city, when the name has an admin-1 reading.
  const spaced = nextTok !== undefined && nextTok.sentence === t0.sentence && /^\s+$/.test(text.slice(t1.end, nextTok.start));
  const admin1Named = spaced && ADMIN1_WORDS.has(nextTok.norm) && ids.some((id) => env.gazetteer.place(id).kind === 'admin1');
  if (admin1Named) ids = ids.filter((id) => env.gazetteer.place(id).kind === 'admin1');
  // "Hawija district", "the village of Kafr Nabl": a place word beside the name says it is a place.
  const ofWord = m.first > 1 && prevTok !== undefined && prevTok.norm === 'of' && PLACE_WORDS.has(tokens[m.first - 2].norm) && tokens[m.first - 2].sentence === t0.sentence;
  const placeWord = (spaced && PLACE_WORDS.has(nextTok.norm)) || ofWord;
  // "Florida", "Virginia", "Nevada": a state beats the small towns named after it.
  const stateCountries = new Set(ids.map((id) => env.gazetteer.place(id)).filter((p) => p.kind === 'admin1').map((p) => p.country));
  if (stateCountries.size > 0) ids = ids.filter((id) => { const p = env.gazetteer.place(id); return p.kind !== 'city' || !stateCountries.has(p.country) || p.population >= STATE_NAMESAKE_MIN_POPULATION; });
  let penalty = 0;
  const prev = m.first > 0 ? tokens[m.first - 1] : undefined;
  const next = tokens[m.last + 1];
  const sentenceStart = !prev || prev.sentence !== t0.sentence;
  if (NOT_PLACES.has(nameKey(tokens, m))) return null;
  // "VerDi", "iPhone": inner capitals make a brand or an acronym, not a town.
  if (!allCaps && single && /^.\p{Ll}*\p{Lu}/u.test(surface) && surface !== surface.toUpperCase()) return null;
  // Short all-capitals words in mixed-case text are acronyms ("BA", "BOE"), not towns.
  if (!allCaps && single && surface.length <= 4 && surface === surface.toUpperCase() && ids.every((id) => env.gazetteer.place(id).kind === 'city')) return null;
  // "Turkey", "China", "Chad" mid-sentence are the countries; at a sentence start or in capitals
  // the common word is likelier. Towns named by common words were filtered above.
  if (commonWord) penalty += allCaps || sentenceStart ? 6 : placeSyntax ? 0 : 2;
  if (placeWord) penalty -= env.w.placeWordBonus;
  // Evidence that the name is a person's: towns of that name are out, a country needs more support.
  let person = persons.has(nameKey(tokens, m)); // "Michael Jordan", "Sen. Harman", then "Harman said"
  let role: MentionRole = 'literal';
  // "Iran-aligned", "US-led": the name modifies a word, it is not where anything happened.
  if (/^[-‐‑]\p{L}/u.test(text.slice(t1.end, t1.end + 2))) role = 'demonym';
  else if (next && next.sentence === t0.sentence && /^\.?\s+$/.test(text.slice(t1.end, next.start))) {
    // "US forces", "Washington said" are actors; "Ripley police" is still the town of Ripley.
    if (SPEECH_VERBS.has(next.norm) || (FORCE_NOUNS.has(next.norm) && ids.some((id) => speaksForState(env, id)))) {
      role = 'actor';
      // Only a capital or a country speaks for a state; "Harman said" is a person.
      if (SPEECH_VERBS.has(next.norm) && !ids.some((id) => speaksForState(env, id))) person = true;
    } else if (STANCE_AUXILIARIES.has(next.norm) && tokens[m.last + 2]?.sentence === t0.sentence && STANCE_WORDS.has(tokens[m.last + 2].norm)
      && ids.some((id) => speaksForState(env, id))) {
      // "Washington is concerned about the gas attack in Idlib": the government speaking, not the event's place.
      role = 'actor';
    } else if (!allCaps && next.cap && !PLACE_SUFFIXES.has(next.norm) && !env.stop.has(next.norm) && !isPlaceToken(env, next.norm)
      // "Rapides Parish Sheriff's Office", "DuPage County Board": a county named in full stays the county.
      && !COUNTY_WORDS.has(t1.norm)) {
      // "Ripley High School" may still be the town; "Jordan Peterson" is not.
      if (env.common.has(next.norm)) penalty += 3;
      else person = true;
    }
  }
  // "Flanders Road", "Collins Run Road", "Griffith Park": a street or park named after a town or a
  // region is not that place.
  if (next && next.sentence === t0.sentence && STREET_WORDS.has(next.norm) && /^\s+$/.test(text.slice(t1.end, next.start))) {
    ids = ids.filter((id) => { const k = env.gazetteer.place(id).kind; return k !== 'city' && k !== 'admin1'; });
    if (ids.length === 0) return null;
  }
  // "Stevens & Wilkinson", "Marks & Spencer": a firm, not the town it shares a name with.
  if (/^\s*&\s*\p{Lu}/u.test(text.slice(t1.end, t1.end + 4)) || /\p{L}\s*&\s*$/u.test(text.slice(Math.max(0, t0.start - 4), t0.start))) {
    ids = ids.filter((id) => { const k = env.gazetteer.place(id).kind; return k !== 'city' && k !== 'admin2'; });
    if (ids.length === 0) return null;
  }
  // "US$3.7m" is money.
  if (text.charAt(t1.end) === '$') return null;
  // "DPRK-U.S. summit": the second half of a hyphenated pair modifies a word too, except a
  // lawmaker's party and state ("Sen. Byron Dorgan, D-N.D.,", "(R-Calif.)"): that names the state.
  if (t0.hyphenBefore && prev && prev.sentence === t0.sentence && !lawmakerState) role = 'demonym';
  // "Bank of Japan", "Central Bank of Malta", "US Federal Reserve": an institution, not a place.
  if (prev && prev.norm === 'of' && m.first > 1 && tokens[m.first - 2].cap && INSTITUTIONS.has(tokens[m.first - 2].norm)) role = 'actor';
  // "US pastor", "Iraq war": a country name before a common noun modifies it, unless a preposition
  // makes it the place ("in Iraq yesterday").
  if (role === 'literal' && next && next.sentence === t0.sentence && !next.cap && /^\s+$/.test(text.slice(t1.end, next.start))
    && !env.stop.has(next.norm) && (!prev || prev.sentence !== t0.sentence || DETERMINERS.has(prev.norm))
    && ids.every((id) => env.gazetteer.place(id).kind === 'country')) role = 'demonym';
  const onlyCountry = ids.every((id) => { const k = env.gazetteer.place(id).kind; return k === 'country' || k === 'demonym'; });
  if (role === 'literal' && onlyCountry && next && next.sentence === t0.sentence && /^\.?\s+$/.test(text.slice(t1.end, next.start))) {
    // "US dollars", "Korean and US flags": a modifier wherever it stands.
    if (MODIFIED_NOUNS.has(next.norm)) role = 'demonym';
    // "China has imposed", "Russia wants", "US Federal Reserve", "US Secretary of State": the state acting.
    else if (STATE_AGENT_WORDS.has(next.norm) || (next.cap && (STATE_BODIES.has(next.norm) || INSTITUTIONS.has(next.norm)))) role = 'actor';
  }
  // "China's commerce ministry", "Russia's army": a state's body acting.
  if (role === 'literal' && onlyCountry && /^['’]s\s/.test(text.slice(t1.end, t1.end + 3))) {
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
  return {
    mention: { ...m, candidates: ids }, scores: ids.map((id) => prior(env, env.gazetteer.place(id))), penalty, role,
    sentence: t0.sentence, inTitle: t0.sentence < ctx.titleSentences, background: ctx.background.has(t0.sentence), county, admin1Named,
    nameKey: nameKey(tokens, m),
    // "in France", "near Haditha". (A dateline names where the reporter is, so it gets no boost.)
    locative: prev !== undefined && prev.sentence === t0.sentence && LOCATIVE.has(prev.norm),
  };
}

/**
 * A state abbreviation read anywhere, not only after "<town>,": dotted ones ("W.Va.", "N.C.", when
 * the tokenizer keeps them in one sentence) and long ones that are no English word ("Calif.",
 * "Tenn."); "Mass.", "Ill.", "Pa." need the comma.
 */
function plainAbbreviation(env: GeoEnv, text: string, start: number, end: number): boolean {
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

function genericRegion(name: string): boolean {
  return name.toLowerCase().split(/[\s-]+/).every((w) => GENERIC_REGION_WORDS.has(w));
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
  return base;
}
