import { Gazetteer } from '../gazetteer/gazetteer';
import { NameIndex } from '../gazetteer/name-index';
import { ARTICLE_TOKENS, LOOSE_ARTICLES } from '../text/fold';
import { nameGap, possessiveGap } from '../text/gap';
import { TokenizedText } from '../text/tokenizer';

/** A span of tokens whose key is in the gazetteer, with every candidate place. */
export interface RawMention {
  first: number;
  last: number;
  candidates: readonly number[];
}

/** Lower-case words allowed inside a multi-word name ("Gulf of Aden", "Rio de Janeiro"). */
const CONNECTORS = new Set(['of', 'de', 'del', 'la', 'le', 'al', 'el', 'the', 'and', 'on', 'upon', 'sur', 'di', 'da', 'do', 'du', 'des', 'y', 'en', 'am', 'an', 'der', 'ash', 'as', 'ad', 'ar', 'at', 'az', 'bin', 'ibn', 'bani', 'abu',
  // The Persian ezafe: "Pul-e Khumri", "Qala-i-Naw".
  'e', 'i']);
const MAX_NGRAM = 6;

/**
 * Longest-match scan over the token stream: every capitalised token starts a lookup of its
 * 1..6-gram keys in the gazetteer Map, so the cost is a handful of hash lookups per name-like
 * token, independent of the gazetteer's size.
 */
export function findMentions(doc: TokenizedText, gazetteer: Gazetteer): RawMention[] {
  const { tokens, text } = doc;
  const out: RawMention[] = [];
  const maxN = Math.min(MAX_NGRAM, gazetteer.maxTokens);
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    // A name starts capitalised, or with a joined Arabic article ("al-Anbar"). The article Set is
    // asked last: most words are lower case and not joined to a capitalised one.
    const next = tokens[i + 1];
    const articleStart = !t.cap && next !== undefined && next.hyphenBefore && next.cap && ARTICLE_TOKENS.has(t.norm);
    if (!t.cap && !articleStart) { i++; continue; }
    let full = '';
    let stripped = '';
    // The longest name found so far: its index ref, its ids read once the longest is known.
    let bestRef = 0;
    let bestLast = -1;
    for (let n = 1; n <= maxN && i + n - 1 < tokens.length; n++) {
      const j = i + n - 1;
      const tok = tokens[j];
      if (n > 1) {
        const prev = tokens[j - 1];
        if (tok.sentence !== t.sentence) break;
        if (!tok.cap && !CONNECTORS.has(tok.norm)) break;
        // (Across a possessive too: "King's Lynn" where the gazetteer holds it so.)
        if (!nameGap(text, prev.end, tok.start) && !possessiveGap(text, prev.end, tok.start)) break;
      }
      full = n === 1 ? tok.norm : `${full} ${tok.norm}`;
      const next = tokens[j + 1];
      const droppable = ARTICLE_TOKENS.has(tok.norm) && (LOOSE_ARTICLES.has(tok.norm) || (next !== undefined && next.hyphenBefore));
      if (!droppable) stripped = stripped ? `${stripped} ${tok.norm}` : tok.norm;
      const fullRef = gazetteer.ref(full);
      const strippedRef = stripped && stripped !== full ? gazetteer.ref(stripped) : 0;
      if (tok.cap) { // a name never ends on a connector
        const ref = NameIndex.namesPlaces(fullRef) ? fullRef : strippedRef;
        if (NameIndex.namesPlaces(ref)) { bestRef = ref; bestLast = j; }
      }
      if (!NameIndex.startsLonger(fullRef) && !NameIndex.startsLonger(strippedRef)) break;
    }
    if (bestLast >= 0) {
      out.push({ first: i, last: bestLast, candidates: gazetteer.candidates(bestRef) ?? [] });
      i = bestLast + 1;
    } else i++;
  }
  return out;
}
