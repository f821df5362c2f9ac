/**
 * Tests on the characters between two tokens, read in place: the same answers as the regular
 * expressions in their names on `text.slice(from, to)`, without cutting the gap out (the geotagger
 * asks them several times per name, in every article).
 */

/** One of the characters JavaScript's `\s` matches. */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** `/^\s+$/`: one or more spaces and nothing else. */
export function spacesOnly(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

/** `/^\.?\s+$/`: an optional full stop, then one or more spaces. */
export function dotThenSpaces(text: string, from: number, to: number): boolean {
  return spacesOnly(text, text.charCodeAt(from) === 46 && to > from ? from + 1 : from, to);
}

/** `/^[\s-]+$/`: spaces and hyphen-minuses only, at least one. */
export function spacesOrHyphens(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 45 && !isSpace(c)) return false;
  }
  return true;
}
