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
  return spacesOr(text, from, to, 45);
}

/** `/^[\s,]+$/`: spaces and commas only, at least one. */
export function spacesOrCommas(text: string, from: number, to: number): boolean {
  return spacesOr(text, from, to, 44);
}

/** Spaces and the one other character `other` (a char code) only, at least one. */
function spacesOr(text: string, from: number, to: number, other: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== other && !isSpace(c)) return false;
  }
  return true;
}

/** `/^[\s\-‐‑.]{1,3}$/` without a line break: what may join the words of one name ("Gulf of Aden", "Pul-e Khumri", "St. Louis"). */
export function nameGap(text: string, from: number, to: number): boolean {
  if (to <= from || to - from > 3) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c !== 45 && c !== 0x2010 && c !== 0x2011 && c !== 46 && !isSpace(c))) return false;
  }
  return true;
}

/**
 * `/^['’]s $/`: a possessive between two words ("King's Lynn", "Cox's Bazar"). The gazetteer's keys
 * drop the "'s", so the mention finder joins a name across it only where the gazetteer holds the
 * name so ("Russia's Kursk" stays two names).
 */
export function possessiveGap(text: string, from: number, to: number): boolean {
  if (to - from !== 3) return false;
  const q = text.charCodeAt(from);
  return (q === 39 || q === 0x2019) && text.charCodeAt(from + 1) === 115 && text.charCodeAt(from + 2) === 32;
}

/** `/\s/`: at least one space character. */
export function hasSpace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isSpace(text.charCodeAt(i))) return true;
  return false;
}

/** `/\n/`: a line break. */
export function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

/** `/\n\s*\n/`: a blank line, i.e. two line breaks with nothing but spaces between them. */
export function blankLine(text: string, from: number, to: number): boolean {
  let lineOpen = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (lineOpen) return true;
      lineOpen = true;
    } else if (!isSpace(c)) lineOpen = false;
  }
  return false;
}

/** `/[.!?]/`: a full stop, an exclamation or a question mark. */
export function hasStop(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isStop(text.charCodeAt(i))) return true;
  return false;
}

/** `/[.!?]["'”’)\]]*(\s|$)/`: a full stop, ! or ?, then closing quotes or brackets, then a space or the end. */
export function stopThenSpace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (!isStop(text.charCodeAt(i))) continue;
    let k = i + 1;
    while (k < to && isCloser(text.charCodeAt(k))) k++;
    if (k === to || isSpace(text.charCodeAt(k))) return true;
  }
  return false;
}

function isStop(c: number): boolean {
  return c === 46 || c === 33 || c === 63;
}

/** " ' ” ’ ) ] */
function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93;
}
