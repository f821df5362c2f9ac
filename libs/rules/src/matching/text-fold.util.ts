/**
 * Case- and accent-folding for whole-word matching: "Ḥamāh, Governorate" → "hamah governorate".
 * Everything that is not a letter or digit becomes one space, so a folded phrase occurs in a
 * folded text exactly when it occurs there as whole words.
 */

// Letters that NFKD does not decompose into a base letter plus marks.
const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ø': 'o', 'ł': 'l', 'đ': 'd', 'ð': 'd', 'þ': 'th', 'ı': 'i', 'ħ': 'h',
};
const SPECIAL_RE = /[ßæœøłđðþıħ]/g;
const NON_ASCII = /[^\x00-\x7f]/;
const NON_WORD_ASCII = /[^a-z0-9]+/g;
const NON_WORD = /[^\p{L}\p{N}]+/gu;
const MARKS = /\p{M}+/gu;

export function foldText(input: string): string {
  const lower = input.toLowerCase();
  // Most news text in the hot path is ASCII: skip Unicode normalisation for it.
  if (!NON_ASCII.test(lower)) return lower.replace(NON_WORD_ASCII, ' ').trim();
  const stripped = lower.normalize('NFKD').replace(MARKS, '').replace(SPECIAL_RE, (c) => SPECIAL_LETTERS[c] ?? c);
  return stripped.replace(NON_WORD, ' ').trim();
}

/** Folded text padded with spaces, parts separated by a newline so no phrase spans two parts. */
export function buildHaystack(parts: readonly string[]): string {
  let out = ' ';
  for (const part of parts) {
    const folded = foldText(part);
    if (folded) out += folded + ' \n ';
  }
  return out;
}

/** The distinct tokens of a haystack built by `buildHaystack`. */
export function haystackTokens(haystack: string): Set<string> {
  const tokens = new Set<string>();
  for (const token of haystack.split(/[ \n]+/)) if (token) tokens.add(token);
  return tokens;
}

/** `" a b "` for a phrase, or null when nothing word-like is left after folding. */
export function foldPhrase(phrase: string): string | null {
  const folded = foldText(phrase);
  return folded ? ` ${folded} ` : null;
}

/** The longest token of a folded phrase: a cheap proxy for the rarest, used as index anchor. */
export function anchorToken(paddedPhrase: string): string {
  let best = '';
  for (const token of paddedPhrase.trim().split(' ')) if (token.length > best.length) best = token;
  return best;
}

// Generic words in admin-1 names, dropped so "Kirkuk Governorate" and "Kirkuk" compare equal
// (the same folding the geo evaluation uses).
const ADMIN_GENERIC = new Set([
  'governorate', 'province', 'state', 'region', 'oblast', 'district', 'prefecture', 'county',
  'department', 'municipality', 'wilayah', 'vilayet', 'krai', 'raion', 'division', 'territory',
  'emirate', 'muhafazah', 'voivodeship', 'canton', 'parish', 'autonomous', 'republic', 'special',
]);

export function foldAdminName(name: string): string {
  const folded = foldText(name);
  const kept = folded.split(' ').filter((w) => w && !ADMIN_GENERIC.has(w));
  while (kept.length > 1 && kept[0] === 'of') kept.shift();
  return kept.length ? kept.join(' ') : folded;
}

export function foldRegion(name: string): string {
  return foldText(name);
}

/** Source names and hostnames: lower case, no scheme, no "www.", no trailing dot. */
export function normalizeSource(source: string): string {
  return source.trim().toLowerCase().replace(/^[a-z][a-z0-9+.-]*:\/\//, '').replace(/\/.*$/, '').replace(/^www\./, '').replace(/\.+$/, '');
}
