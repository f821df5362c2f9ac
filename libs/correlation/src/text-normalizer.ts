import * as crypto from 'node:crypto';
import { createHash } from 'node:crypto';
import stopwordLists from 'stopwords-iso';

/**
 * Text normalisation shared by exact-duplicate hashes, MinHash shingles and term vectors, so
 * that case, accents, punctuation and spacing never make two copies of one text look different.
 */
const COMBINING = /[\u0300-\u036f]/g;
const NON_WORD = /[^\p{L}\p{N}]+/gu;

/** News boilerplate that the generic stopword list keeps but that says nothing about the event. */
const NEWS_WORDS = [
  'said', 'says', 'told', 'reported', 'report', 'reports', 'according', 'officials', 'official', 'news',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday',
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'week', 'weeks', 'month', 'months', 'year', 'years', 'day', 'days', 'time', 'times',
  'people', 'statement', 'update', 'updated', 'read', 'photo', 'video', 'copyright', 'reuters', 'ap', 'afp',
];
const STOPWORDS: ReadonlySet<string> = new Set([...(stopwordLists.en ?? []), ...NEWS_WORDS]);

export function isStopword(token: string): boolean {
  return STOPWORDS.has(token);
}

/** Lowercase, accents stripped, apostrophes dropped, every other non-alphanumeric run one space. */
export function normalizeText(text: string): string {
  // Most news copy is ASCII: skip Unicode decomposition and property classes, the slow part.
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(text)) {
    return text.toLowerCase().replace(/['`]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
  }
  return text
    .normalize('NFKD')
    .replace(COMBINING, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(NON_WORD, ' ')
    .trim();
}

// eslint-disable-next-line no-control-regex
const ASCII_ONLY = /^[\x00-\x7f]*$/;

/**
 * `normalizeText(text).split(' ')` (no empty words) in one pass over ASCII text, which most news
 * copy is: the regex replaces built a second 3 KB string and cost more than the rest of feature
 * extraction together. Other text takes the Unicode path of normalizeText.
 */
export function wordsOf(text: string): string[] {
  if (!ASCII_ONLY.test(text)) {
    const norm = normalizeText(text);
    return norm ? norm.split(' ') : [];
  }
  const lower = text.toLowerCase();
  const out: string[] = [];
  let start = -1;
  // Apostrophes are dropped, the word goes on ("don't" -> "dont"): its pieces so far.
  let pending = '';
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (start < 0) start = i;
    } else if (c === 39 || c === 96) {
      if (start >= 0) {
        pending += lower.slice(start, i);
        start = -1;
      }
    } else if (start >= 0) {
      out.push(pending + lower.slice(start, i));
      start = -1;
      pending = '';
    } else if (pending) {
      out.push(pending);
      pending = '';
    }
  }
  if (start >= 0) out.push(pending + lower.slice(start));
  else if (pending) out.push(pending);
  return out;
}

/** Every normalised word, in order (shingles need the stopwords: "the" keeps copies aligned). */
export function words(text: string): string[] {
  return wordsOf(text);
}

/** Light suffix stripping so "rockets"/"rocket" and "attacked"/"attacks" share one term. */
export function stem(token: string): string {
  if (token.length <= 4 || /\d/.test(token)) return token;
  if (token.endsWith('ies') && token.length > 5) return `${token.slice(0, -3)}y`;
  if (token.endsWith('ing') && token.length > 6) return token.slice(0, -3);
  if (token.endsWith('ed') && token.length > 5) return token.slice(0, -2);
  if (token.endsWith('es') && token.length > 5 && /(ss|sh|ch|x)es$/.test(token)) return token.slice(0, -2);
  if (token.endsWith('s') && !token.endsWith('ss')) return token.slice(0, -1);
  return token;
}

/**
 * word → its term ('' when it is no term). News vocabulary repeats, so most words of a report
 * were seen before: one Map lookup instead of a stopword lookup, a regex and suffix tests per
 * word. Bounded: cleared when full (a refill costs a few reports' worth of stemming).
 */
const TERM_CACHE_SIZE = 200_000;
const termCache = new Map<string, string>();

/** The content term of one normalised word, or '' for a stopword or a 1-letter token. */
export function termOf(w: string): string {
  let t = termCache.get(w);
  if (t === undefined) {
    t = w.length < 2 || STOPWORDS.has(w) ? '' : stem(w);
    if (termCache.size >= TERM_CACHE_SIZE) termCache.clear();
    termCache.set(w, t);
  }
  return t;
}

/** Content terms of normalised words: no stopwords, no 1-letter tokens, light stemming. */
export function termsOfWords(list: readonly string[]): string[] {
  const out: string[] = [];
  for (const w of list) {
    const t = termOf(w);
    if (t) out.push(t);
  }
  return out;
}

export function contentTerms(text: string): string[] {
  return termsOfWords(words(text));
}

const WORD_RE = /[\p{L}\p{M}][\p{L}\p{M}\p{N}'’]*/gu;
/** WORD_RE restricted to ASCII (no ASCII character is a mark, ’ is not ASCII). */
const ASCII_WORD_RE = /[A-Za-z][A-Za-z0-9']*/g;
const SENTENCE_END = new Set(['.', '!', '?', ':', '"', '“', '”']);

/** The character before `index`, skipping spaces; '' at the start of the line. */
function previousMark(line: string, index: number): string {
  for (let k = index - 1; k >= 0; k--) {
    const ch = line[k];
    if (ch !== ' ' && ch !== '\t') return ch;
  }
  return '';
}

/**
 * Names: capitalised words that do not start a sentence ("Reid", "Anbar", "Katyusha"). They
 * tell two events of one kind apart (two earthquakes, two rehab check-ins) better than any
 * common noun, so the scorer weighs them on their own.
 */
export function nameTerms(text: string): string[] {
  return ASCII_ONLY.test(text) ? asciiNameTerms(text) : nameTermsByPattern(text);
}

/** The name a capitalised word gives, or '' (too short, a stopword). */
function nameOf(part: string): string {
  return part.length >= 3 && !STOPWORDS.has(part) && !/^\d+$/.test(part) ? stem(part) : '';
}

/** nameTerms on any text, by regular expressions: the reference the ASCII scan must agree with. */
export function nameTermsByPattern(text: string): string[] {
  const out: string[] = [];
  // eslint-disable-next-line no-control-regex
  const ascii = /^[\x00-\x7f]*$/.test(text);
  for (const line of text.split(/\n+/)) {
    // On ASCII text the Unicode word pattern matches exactly what this one does, much faster.
    const re = ascii ? ASCII_WORD_RE : WORD_RE;
    re.lastIndex = 0;
    for (let match = re.exec(line); match; match = re.exec(line)) {
      const word = match[0];
      const first = word[0];
      if (first === first.toLowerCase()) continue;
      const mark = previousMark(line, match.index);
      if (!mark || SENTENCE_END.has(mark)) continue;
      // ALL-CAPS headline words are shouting, not names.
      if (word.length > 4 && word === word.toUpperCase()) continue;
      // eslint-disable-next-line no-control-regex
      const parts = /^[A-Za-z0-9]+$/.test(word) ? [word.toLowerCase()] : words(word);
      for (const part of parts) {
        const name = nameOf(part);
        if (name) out.push(name);
      }
    }
  }
  return out;
}

/**
 * nameTermsByPattern on ASCII text in one pass over its characters: no line split, no match
 * array per word, and only capitalised words are sliced. Words are [A-Za-z][A-Za-z0-9']*; a
 * word's mark is the last character before it on its line other than a space or tab.
 */
function asciiNameTerms(text: string): string[] {
  const out: string[] = [];
  let mark = 0; // 0: nothing before on this line
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    const upper = c >= 65 && c <= 90;
    if (!upper && !(c >= 97 && c <= 122)) {
      if (c === 10) mark = 0;
      else if (c !== 32 && c !== 9) mark = c;
      i++;
      continue;
    }
    const start = i;
    let apostrophe = false;
    for (i++; i < text.length; i++) {
      const d = text.charCodeAt(i);
      if (d === 39) apostrophe = true;
      else if (!((d >= 97 && d <= 122) || (d >= 65 && d <= 90) || (d >= 48 && d <= 57))) break;
    }
    // A capitalised word after something on its line other than a sentence end (. ! ? : ").
    if (upper && mark !== 0 && mark !== 46 && mark !== 33 && mark !== 63 && mark !== 58 && mark !== 34) {
      const word = text.slice(start, i);
      // ALL-CAPS headline words are shouting, not names.
      if (!(word.length > 4 && word === word.toUpperCase())) {
        const name = nameOf(apostrophe ? word.toLowerCase().replace(/'/g, '') : word.toLowerCase());
        if (name) out.push(name);
      }
    }
    mark = text.charCodeAt(i - 1);
  }
  return out;
}

/** 96-bit base64url digest: short enough to store per article, long enough never to collide. */
export function digest(text: string): string {
  // crypto.hash (Node >= 20.12) is the one-shot form: no Hash object per call. Same bytes.
  return (oneShotHash ? oneShotHash('sha1', text, 'base64url') : createHash('sha1').update(text).digest('base64url')).slice(0, 16);
}

const oneShotHash = (crypto as { hash?: (algorithm: string, data: string, encoding: 'base64url') => string }).hash;

export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/** murmur3's 32-bit finaliser: avalanche for an FNV-1a state. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a 32-bit, then a murmur finaliser for avalanche: fast hashing of shingles and bands. */
export function hash32(text: string, seed = FNV_OFFSET): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return fmix32(h);
}
