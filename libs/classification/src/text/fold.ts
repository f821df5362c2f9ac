/**
 * Folding shared by the gazetteer and the tokenizer: both sides must produce the same key for
 * "Ḩadīthah", "Hadithah" and "Haditha", so every normalisation lives here and nowhere else.
 */
const COMBINING = /[\u0300-\u036f]/g;
/** Letters NFD does not decompose, plus the ʿayn/hamza marks of Arabic transliteration. */
const SPECIAL: Record<string, string> = {
  'ı': 'i', 'ł': 'l', 'ø': 'o', 'đ': 'd', 'ð': 'd', 'þ': 'th', 'æ': 'ae', 'œ': 'oe', 'ß': 'ss',
  'ʿ': '', 'ʾ': '', '‘': '', '’': '', "'": '', '`': '', 'ʼ': '', 'ʻ': '',
};
const SPECIAL_RE = /[ıłøđðþæœßʿʾ‘’'`ʼʻ]/g;

/** Lowercase, strip accents and apostrophes. Pure ASCII input takes the fast path. */
export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  let plain = true;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c > 0x7f || c === 39 || c === 96) { plain = false; break; }
  }
  if (plain) return lower;
  return lower.normalize('NFD').replace(COMBINING, '').replace(SPECIAL_RE, (c) => SPECIAL[c] ?? '');
}

/**
 * Transliteration variants collapse to one spelling: a final "-ah" becomes "-a" (Hadithah/Haditha,
 * Fallujah/Falluja), and "-iyah", "-iyeh", "-ieh" become "-ia" (Nabatiyeh and Nabatieh meet). A
 * plain "-eh" stays ("Moreh" is no "Mora"), and so does "-iya" without the "h" ("Ashiya" is no
 * "Asia"). Doubled vowels ("Ayn"/"Ain") stay distinct on purpose.
 */
export function normalizeToken(folded: string): string {
  // Every ending rewritten below ends in "h": other words leave at once (the tokenizer calls this
  // for every word; measured ~12 % of tokenize() before this test).
  if (folded.length <= 4 || folded.charCodeAt(folded.length - 1) !== 104) return folded;
  if (folded.endsWith('ah')) return folded.endsWith('iyah') ? `${folded.slice(0, -4)}ia` : folded.slice(0, -1);
  if (folded.endsWith('ieh')) return `${folded.slice(0, -3)}ia`;
  if (folded.endsWith('iyeh')) return `${folded.slice(0, -4)}ia`;
  return folded;
}

/** Arabic article tokens dropped from keys so "al-Anbar", "Al Anbar" and "Anbar" meet. */
export const ARTICLE_TOKENS: ReadonlySet<string> = new Set(['al', 'el', 'ar', 'as', 'ad', 'ash', 'an', 'at', 'az']);

/** Articles that may be dropped only when written joined by a hyphen ("as-Sakhar"), not "as" the word. */
export const LOOSE_ARTICLES: ReadonlySet<string> = new Set(['al', 'el']);

const WORD_RE = /[\p{L}\p{M}\p{N}]+(?:[‘’'ʿʾ`][\p{L}\p{M}]+)*/gu;

/** ASCII letters and single spaces only: what most of the gazetteer's 700,000 names are. */
const PLAIN_NAME = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

/** Key of a whole name as the gazetteer stores it: folded, normalised tokens joined by spaces. */
export function nameKeys(name: string): string[] {
  let words: string[];
  // Such a name's words are its letters lower-cased (what WORD_RE and foldWord make of them),
  // without the regular expression's match objects: a tenth of the gazetteer's build.
  if (PLAIN_NAME.test(name)) words = name.toLowerCase().split(' ').map(normalizeToken);
  else {
    words = [];
    for (const m of name.matchAll(WORD_RE)) {
      let w = m[0];
      if (/['’]s$/i.test(w)) w = w.slice(0, -2);
      words.push(normalizeToken(foldWord(w)));
    }
  }
  if (words.length === 0) return [];
  const full = words.join(' ');
  const stripped = words.filter((w, i) => !(ARTICLE_TOKENS.has(w) && i < words.length - 1)).join(' ');
  return stripped && stripped !== full ? [full, stripped] : [full];
}
