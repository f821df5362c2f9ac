import { TokenizedText } from '../text/tokenizer';
import { GeoEnv, isPlaceToken, nameKey, speaksForState } from './geo-env';
import { RawMention } from './mention-finder';
import { LOCATIVE, ORG_HEADS, PERSON_TITLES, PLACE_PREFIXES, PLACE_SUFFIXES } from './name-context.data';
import { spacesOnly } from '../text/gap';

/** speakerSurnames(): verbs after a bare surname ("Trump said") and titles before one ("Mr Trump"). */
const SURNAME_VERBS = new Set(['said', 'says', 'told', 'added', 'stated', 'wrote', 'tweeted', 'argued', 'insisted']);
const SURNAME_TITLES = new Set(['mr', 'mrs', 'ms', 'dr']);
/** Arabic "son of", "daughter of", as written in English text between a given name and a father's name. */
const PATRONYMIC_LINKS = new Set(['bin', 'ibn', 'bint']);
/** A speaker's surname makes its bare mentions a person only where no town of the name is this big. */
const SURNAME_TOWN_MAX_POPULATION = 50_000;

/** Drops impossible candidates and computes the penalties that do not depend on other names. */
/**
 * Names used for people anywhere in the article ("Sen. Harman", "Bob Jones"): once a name is a
 * person, its bare repetitions ("Jones said") are too.
 */
export function findPersonNames(env: GeoEnv, doc: TokenizedText, raw: RawMention[]): Set<string> {
  const out = new Set<string>();
  const { tokens, text } = doc;
  const surnames = speakerSurnames(env, doc);
  for (const m of raw) {
    // "Dyer said" makes every bare "Dyer" of the article the person ("… for Dyer", "Dyer's year").
    // A big town's name is left alone: "Liverpool said", "Columbia said" are a club, a university.
    if (m.first === m.last && surnames.has(tokens[m.first].norm) && !m.candidates.some((id) => env.gazetteer.place(id).population >= SURNAME_TOWN_MAX_POPULATION)) {
      out.add(nameKey(tokens, m));
      continue;
    }
    const prev = m.first > 0 ? tokens[m.first - 1] : undefined;
    const t0 = tokens[m.first];
    const next = tokens[m.last + 1];
    // "Donald Trump" when the article also has "Trump said" or "Mr Trump": a name before a surname.
    if (surnames.size > 0 && next && next.sentence === t0.sentence && next.cap && surnames.has(next.norm) && spacesOnly(text, tokens[m.last].end, next.start)) {
      out.add(nameKey(tokens, m));
      continue;
    }
    // "Jordan Henderson", "Paris Hilton": a first name running into another capitalised word.
    if (m.first === m.last && env.firstNames.has(t0.norm) && next && next.sentence === t0.sentence && next.cap
      && spacesOnly(text, tokens[m.last].end, next.start) && !PLACE_SUFFIXES.has(next.norm) && !env.stop.has(next.norm) && !isPlaceToken(env, next.norm)
      && !ORG_HEADS.has(next.norm)) {
      out.add(nameKey(tokens, m));
      continue;
    }
    // "Mohammed bin Salman", "Hamza bin Laden": after a given name and a lower-case "bin", "ibn" or
    // "bint", a father's name. (A capitalised "Bint Jbeil" is a town's own name.)
    if (prev && m.first > 1 && PATRONYMIC_LINKS.has(text.slice(prev.start, prev.end)) && prev.sentence === t0.sentence) {
      const given = tokens[m.first - 2];
      if (given.sentence === t0.sentence && given.cap && spacesOnly(text, given.end, prev.start) && spacesOnly(text, prev.end, t0.start)) {
        out.add(nameKey(tokens, m));
        continue;
      }
    }
    if (!prev || prev.sentence !== t0.sentence || !prev.cap) continue;
    const gap = text.slice(prev.end, t0.start);
    // "William J. Seymour", "Mark R. Warner": a middle initial between two capitalised words.
    if (prev.end - prev.start === 1 && /^\.\s+$/.test(gap) && m.first > 1) {
      const before = tokens[m.first - 2];
      if (before.sentence === t0.sentence && before.cap && spacesOnly(text, before.end, prev.start) && !env.stop.has(before.norm)) out.add(nameKey(tokens, m));
      continue;
    }
    if (PERSON_TITLES.has(prev.norm) && /^\.?\s+$/.test(gap)) out.add(nameKey(tokens, m));
    else if (env.firstNames.has(prev.norm) && /^\s+$/.test(gap) && !isPlaceToken(env, prev.norm)) out.add(nameKey(tokens, m));
    // ("CTV Edmonton", "Photo: AP Saudi Arabia was": an acronym before a name is a broadcaster, an
    // agency or a body, no first name.)
    else if (/^\s+$/.test(gap) && !PLACE_PREFIXES.has(prev.norm) && !env.stop.has(prev.norm) && prev.norm.length > 1 && !isPlaceToken(env, prev.norm)
      && !/^\p{Lu}{2,}$/u.test(text.slice(prev.start, prev.end)) && !env.common.has(prev.norm)) out.add(nameKey(tokens, m));
  }
  return out;
}

/**
 * Capitalised words the article uses alone for a person: "Trump said", "Mr Trump". Words that are
 * place names themselves ("Washington said") are left out.
 */
function speakerSurnames(env: GeoEnv, doc: TokenizedText): Set<string> {
  const out = new Set<string>();
  const { tokens } = doc;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if (!t.cap || t.end - t.start < 2) continue;
    const next = tokens[i + 1];
    const prev = i > 0 ? tokens[i - 1] : undefined;
    // "Trump said", not "a pupil from Botley, said" nor "police in Norfolk said".
    const speaks = next.sentence === t.sentence && SURNAME_VERBS.has(next.norm) && spacesOnly(doc.text, t.end, next.start)
      && !(prev !== undefined && prev.sentence === t.sentence && (LOCATIVE.has(prev.norm) || prev.norm === 'from'));
    const titled = prev !== undefined && prev.sentence === t.sentence && prev.cap && SURNAME_TITLES.has(prev.norm);
    if (!(speaks || titled) || env.stop.has(t.norm)) continue;
    // A surname that is also a small town ("Stevens", "Wilson") is still a person here; only a
    // name that can speak for a state ("Washington said", "Moscow said") is left to the place reading.
    // (The gazetteer is asked last: it copies the name's candidates out.)
    const ids = env.gazetteer.lookup(t.norm);
    if (!(ids && ids.some((id) => speaksForState(env, id)))) out.add(t.norm);
  }
  return out;
}
