import { keywordScanner } from './keyword-scanner';

/** Words without which a clause names no casualty; most clauses have none and are done with at once. */
export const CASUALTY_WORD = /kill|dead|death|died|slain|murder|massacr|execut|assassin|behead|perish|lives|(?:lost|ended)\s+(?:his|her)\s+life|the\s+life\s+of|burn(?:ed|t)\s+alive|injur|wound|hurt|maim|hospital|fatal|toll|bodies|body\s+of|corpse|lifeless|remains\s+of/;

/**
 * CASUALTY_WORD's words, and a word of each pattern that counts the dead or the injured, found in
 * one pass. On the bench's sentences CASUALTY_WORD took a third of the extractor's time, nine in
 * ten of them having no casualty word; the scan half of that.
 */
const SCANNER = keywordScanner({
  /** CASUALTY_WORD's single words: one of them and it matches. */
  single: ['kill', 'dead', 'death', 'died', 'slain', 'murder', 'massacr', 'execut', 'assassin', 'behead', 'perish', 'lives', 'injur', 'wound', 'hurt', 'maim', 'hospital', 'fatal', 'toll', 'bodies', 'corpse', 'lifeless'],
  /** A word of each of CASUALTY_WORD's phrases: CASUALTY_WORD may match. */
  phrase: ['life', 'alive', 'body', 'remains'],
  /** A word every pattern of the dead needs (DEATH_PATTERNS in casualty.extractor.ts, and bodies()). */
  death: ['fatal', 'mortal', 'kill', 'dead', 'death', 'died', 'slain', 'slay', 'murder', 'massacr', 'execut', 'assassin', 'behead', 'perish', 'lives', 'life', 'alive', 'gunned', 'lynch', 'strangl', 'passed', 'succumb', 'toll', 'bodies', 'body', 'corpse', 'remains'],
  /** A word every pattern of the injured needs (INJURY_PATTERNS). */
  injury: ['injur', 'wound', 'hurt', 'maim', 'hospital'],
});
const SINGLE = SCANNER.bit('single');
const PHRASE = SCANNER.bit('phrase');
const DEATH = SCANNER.bit('death');
const INJURY = SCANNER.bit('injury');

/** Which kinds of casualty pattern a clause can match: the others need not be run. */
export interface CasualtyKinds {
  deaths: boolean;
  injuries: boolean;
}
const KINDS: CasualtyKinds[] = [
  { deaths: false, injuries: false },
  { deaths: true, injuries: false },
  { deaths: false, injuries: true },
  { deaths: true, injuries: true },
];

/** Null when CASUALTY_WORD.test(clause.toLowerCase()) fails, else the kinds of pattern the clause can match. */
export function casualtyKinds(clause: string): CasualtyKinds | null {
  const found = SCANNER.scan(clause);
  if (found === null) return CASUALTY_WORD.test(clause.toLowerCase()) ? KINDS[3] : null;
  if ((found & SINGLE) === 0 && ((found & PHRASE) === 0 || !CASUALTY_WORD.test(clause.toLowerCase()))) return null;
  return KINDS[((found & DEATH) !== 0 ? 1 : 0) + ((found & INJURY) !== 0 ? 2 : 0)];
}
