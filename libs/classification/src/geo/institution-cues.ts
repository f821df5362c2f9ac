import { wordFlag, wordFlags } from '../escalation/word-flags';
import { TokenizedText } from '../text/tokenizer';
import { PHRASE_HOMES, UNIT_WORD_HOMES } from './name-context.data';

/**
 * Names of local institutions that belong to US local government: a county sheriff's office
 * ("the Boone County Sheriff's Office", "Sheriff's deputies"), a school district, a board of
 * education, a city police or fire department ("the Paris Fire Department"). US local news names
 * them in stories that often name no place but the town itself. Capitalised, as names of offices
 * and bodies are. Forms other countries share are left out: a Scottish "Sheriff" is a judge
 * ("Aberdeen Sheriff Court", "Sheriff Ann Lee said") and an English "High Sheriff" an honour, so a
 * sheriff counts only as "Sheriff's …" or "County Sheriff"; "High School" (Scotland, Canada,
 * Australia), "township" (South Africa), "superintendent" (police ranks) and "school board"
 * (Canada) are left out.
 */
const NEXT_WORD: ReadonlyMap<string, string> = new Map([
  ['school', 'district'],
  ['police', 'department'],
  ['fire', 'department'],
]);

/** The US local institution starting at token i, if any (see above). */
function usInstitutionAt(doc: TokenizedText, i: number): boolean {
  const { tokens, text } = doc;
  const t = tokens[i];
  const next = tokens[i + 1];
  const same = (n: TokenizedText['tokens'][number] | undefined): n is TokenizedText['tokens'][number] => n !== undefined && n.sentence === t.sentence;
  if (t.norm === 'sheriff') {
    const prev = i > 0 ? tokens[i - 1] : undefined;
    return /^['’]s\b/.test(text.slice(t.end, t.end + 3)) || (same(prev) && prev.cap && prev.norm === 'county');
  }
  if (t.norm === 'board') return same(next) && next.norm === 'of' && same(tokens[i + 2]) && tokens[i + 2].cap && tokens[i + 2].norm === 'education';
  const word = NEXT_WORD.get(t.norm);
  return word !== undefined && same(next) && next.cap && next.norm === word;
}

/**
 * "US" when the story names a US local institution (see usInstitutionAt), or null. Like a people
 * named in the story ("Greek police"), such a name counts once for that country's places but is no
 * place itself: "Paris firefighters … the Paris Fire Department said" is the Paris of a US paper.
 */
export function institutionCountries(doc: TokenizedText): Set<string> | null {
  const { tokens } = doc;
  const flags = wordFlags(doc);
  for (let i = 0; i < tokens.length; i++) {
    if ((flags[i] & F_CUE_HEAD) !== 0 && tokens[i].cap && usInstitutionAt(doc, i)) return new Set(['US']);
  }
  return null;
}

/** First words of the institutions above, read as a word flag (word-flags.ts) instead of a Set lookup per token. */
const F_CUE_HEAD = wordFlag(['sheriff', 'board', ...NEXT_WORD.keys()]);

/**
 * Countries whose own local unit words the story uses (UNIT_WORD_HOMES: "Bulen woreda" Ethiopia,
 * "Sharsha upazila" Bangladesh) or phrases of one country's news ("junta troops", "cattle camps":
 * PHRASE_HOMES), or null. Each counts once for its country's places, as a people named does,
 * and is no place itself.
 */
export function unitWordCountries(doc: TokenizedText): Set<string> | null {
  let out: Set<string> | null = null;
  const flags = wordFlags(doc);
  for (let i = 0; i < flags.length; i++) {
    if ((flags[i] & F_UNIT_WORD) === 0) continue;
    const home = UNIT_WORD_HOMES.get(doc.norms[i]);
    if (home) (out ??= new Set()).add(home);
    const phrase = PHRASE_HOMES.get(doc.norms[i]);
    if (phrase && phrase.next.has(doc.norms[i + 1] ?? '') && doc.tokens[i + 1].sentence === doc.tokens[i].sentence) (out ??= new Set()).add(phrase.country);
  }
  return out;
}

/** UNIT_WORD_HOMES' and PHRASE_HOMES' words as a word flag: the maps are read only at the few tokens that hold one. */
const F_UNIT_WORD = wordFlag([...UNIT_WORD_HOMES.keys(), ...PHRASE_HOMES.keys()]);
