import { fmix32, FNV_OFFSET, FNV_PRIME, termOf, wordsOf } from './text-normalizer';

/** A normalised word (wordsOf's), with what the extractor needs of it, computed once per process. */
export interface WordEntry {
  word: string;
  /** termOf(word): '' when it is no content term. */
  term: string;
  /** Small integer per distinct term (-1 for none), for counting in arrays; see Vocabulary. */
  termId: number;
  /** hash32(word), for MinHash shingles. */
  hash: number;
}

/** Words remembered before the table starts again (a refill costs a few reports of misses). */
const MAX_WORDS = 1 << 17;
function isAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

// eslint-disable-next-line no-control-regex
const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** A copy of `array` with at least `size` elements (doubling). */
function grown<T extends Int32Array | Uint32Array | Uint8Array>(array: T, size: number): T {
  let n = array.length;
  while (n < size) n *= 2;
  if (n === array.length) return array;
  const out = new (array.constructor as new (n: number) => T)(n);
  out.set(array);
  return out;
}

/**
 * The words of a text as entries of a process-wide table, scanned straight from the text's
 * characters: a word seen before (most words of news are) is found by its hash and compared in
 * place, so it is neither sliced into a new string nor looked up in a string-keyed map, and its
 * term, term id and MinHash word hash come with it. Same words as `wordsOf` (checked on random
 * text in vocabulary.spec.ts); text other than ASCII takes wordsOf's Unicode path.
 *
 * The table is typed arrays (hash, characters) that stay small and close together, so a probe
 * touches the entry object only once it has matched: with objects and strings, the cache misses
 * of each lookup cost more than the rest of the scan.
 *
 * Term ids are only compared within one call of `words`: the table may start again (bounded at
 * MAX_WORDS) before a call, never during one.
 */
export class Vocabulary {
  private slots = new Int32Array(1 << 12).fill(-1);
  private entries: WordEntry[] = [];
  /** Per entry: hash32 of the word, and where its characters are in `chars` (-1: not ASCII). */
  private hashes = new Uint32Array(1 << 11);
  private starts = new Int32Array(1 << 11);
  private chars = new Uint8Array(1 << 14);
  private charsUsed = 0;
  private readonly termIds = new Map<string, number>();

  words(text: string): WordEntry[] {
    if (this.entries.length >= MAX_WORDS) this.reset();
    const out: WordEntry[] = [];
    if (!ASCII_ONLY.test(text)) {
      for (const w of wordsOf(text)) out.push(this.entryOfWord(w));
      return out;
    }
    const n = text.length;
    let i = 0;
    while (i < n) {
      let c = text.charCodeAt(i);
      if (!isAlnum(c)) {
        i++;
        continue;
      }
      // A run of letters, digits and apostrophes (' and `, dropped) that holds a letter or digit.
      const start = i;
      let h = FNV_OFFSET;
      let len = 0;
      let plain = true;
      for (; i < n; i++) {
        c = text.charCodeAt(i);
        if (c === 39 || c === 96) {
          plain = false;
          continue;
        }
        if (!isAlnum(c)) break;
        if (c >= 65 && c <= 90) {
          c += 32;
          plain = false;
        }
        h = Math.imul(h ^ c, FNV_PRIME);
        len++;
      }
      out.push(this.entryAt(text, start, i, fmix32(h), len, plain));
    }
    return out;
  }

  /**
   * The entry of the word in text[start, end): `len` characters once lowercased without
   * apostrophes, `hash` its hash32.
   */
  private entryAt(text: string, start: number, end: number, hash: number, len: number, plain: boolean): WordEntry {
    const mask = this.slots.length - 1;
    for (let s = hash & mask; ; s = (s + 1) & mask) {
      const k = this.slots[s];
      if (k < 0) break;
      if (this.hashes[k] === hash && this.sameChars(k, len, text, start, end)) return this.entries[k];
    }
    const slice = text.slice(start, end);
    return this.add(plain ? slice : slice.toLowerCase().replace(/['`]/g, ''), hash);
  }

  /** Whether entry k's word is text[start, end) lowercased without apostrophes (`len` long). */
  private sameChars(k: number, len: number, text: string, start: number, end: number): boolean {
    const from = this.starts[k];
    if (from < 0 || this.chars[from] !== len) return false;
    let at = from + 1;
    for (let i = start; i < end; i++) {
      let c = text.charCodeAt(i);
      if (c === 39 || c === 96) continue;
      if (c >= 65 && c <= 90) c += 32;
      if (this.chars[at++] !== c) return false;
    }
    return true;
  }

  private entryOfWord(word: string): WordEntry {
    let h = FNV_OFFSET;
    for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
    const hash = fmix32(h);
    const mask = this.slots.length - 1;
    for (let s = hash & mask; ; s = (s + 1) & mask) {
      const k = this.slots[s];
      if (k < 0) break;
      if (this.hashes[k] === hash && this.entries[k].word === word) return this.entries[k];
    }
    return this.add(word, hash);
  }

  private add(word: string, hash: number): WordEntry {
    const term = termOf(word);
    let termId = -1;
    if (term) {
      termId = this.termIds.get(term) ?? this.termIds.size;
      if (termId === this.termIds.size) this.termIds.set(term, termId);
    }
    const entry: WordEntry = { word, term, termId, hash };
    const k = this.entries.length;
    this.entries.push(entry);
    this.hashes = grown(this.hashes, k + 1);
    this.starts = grown(this.starts, k + 1);
    this.hashes[k] = hash;
    this.starts[k] = this.store(word);
    // Half full at most: short probe runs.
    if (this.entries.length * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    else this.place(k);
    return entry;
  }

  /** The word's length then its characters in `chars`, when it is ASCII and short; else -1. */
  private store(word: string): number {
    if (word.length > 255) return -1;
    for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 127) return -1;
    const at = this.charsUsed;
    this.chars = grown(this.chars, at + word.length + 1);
    this.chars[at] = word.length;
    for (let i = 0; i < word.length; i++) this.chars[at + 1 + i] = word.charCodeAt(i);
    this.charsUsed = at + word.length + 1;
    return at;
  }

  private place(k: number): void {
    const mask = this.slots.length - 1;
    let s = this.hashes[k] & mask;
    while (this.slots[s] >= 0) s = (s + 1) & mask;
    this.slots[s] = k;
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size).fill(-1);
    for (let k = 0; k < this.entries.length; k++) this.place(k);
  }

  private reset(): void {
    this.slots = new Int32Array(1 << 12).fill(-1);
    this.entries = [];
    this.charsUsed = 0;
    this.termIds.clear();
  }
}
