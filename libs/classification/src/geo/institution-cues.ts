import { TokenizedText } from '../text/tokenizer';

/**
 * Local institutions whose names belong to one country's local government: US local news names
 * its sheriffs, high schools, school districts, boards of education and city police and fire
 * departments ("Sheriff Tom Hale", "the Paris Fire Department"), in stories that often name no
 * place but the town itself. Capitalised, as names of offices and bodies are. Words shared with
 * other countries' institutions ("township": South Africa; "superintendent": police ranks across
 * the Commonwealth; "school board": Canada) are left out.
 * First word → the words that must follow it ([] for a single word) and the country.
 */
const INSTITUTION_CUES: ReadonlyMap<string, { next: readonly string[]; country: string }> = new Map([
  ['sheriff', { next: [], country: 'US' }],
  ['high', { next: ['school'], country: 'US' }],
  ['school', { next: ['district'], country: 'US' }],
  ['board', { next: ['of', 'education'], country: 'US' }],
  ['police', { next: ['department'], country: 'US' }],
  ['fire', { next: ['department'], country: 'US' }],
]);

/**
 * Countries whose local institutions the story names (INSTITUTION_CUES), or null. Like a people
 * named in the story ("Greek police"), such a name counts once for that country's places but is no
 * place itself: "Paris firefighters … the Paris Fire Department said" is the Paris of a US paper.
 */
export function institutionCountries(doc: TokenizedText): Set<string> | null {
  const { tokens } = doc;
  let out: Set<string> | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.cap) continue;
    const cue = INSTITUTION_CUES.get(t.norm);
    if (!cue || out?.has(cue.country)) continue;
    let ok = true;
    for (let k = 0; k < cue.next.length && ok; k++) {
      const n = tokens[i + 1 + k];
      ok = n !== undefined && n.sentence === t.sentence && n.norm === cue.next[k] && (n.cap || cue.next[k] === 'of');
    }
    if (ok) (out ??= new Set()).add(cue.country);
  }
  return out;
}
