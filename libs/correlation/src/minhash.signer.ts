import { hash32, words } from './text-normalizer';

export interface MinHashOptions {
  /** Words per shingle. */
  shingle: number;
  bands: number;
  rowsPerBand: number;
}

export const DEFAULT_MINHASH: MinHashOptions = { shingle: 3, bands: 6, rowsPerBand: 2 };

/**
 * MinHash over word shingles with LSH banding: two texts whose shingle sets have Jaccard
 * similarity s share at least one band with probability 1 - (1 - s^r)^b. With 6 bands of 2 rows
 * that is 0.98 at s = 0.7, 0.82 at s = 0.5 and 0.06 at s = 0.1 (10 bands of 3 rows, used before:
 * 0.98, 0.74, 0.01), so rewrites of one copy find each other through a handful of exact lookups
 * instead of a scan. Fewer bands mean fewer signatures per article: 12 hashes instead of 30, and
 * 9 Redis fields per article instead of 13 (memory and lookup work scale with them).
 */
export class MinHashSigner {
  private readonly mulA: Uint32Array;
  private readonly addB: Uint32Array;

  constructor(readonly options: MinHashOptions = DEFAULT_MINHASH) {
    const k = options.bands * options.rowsPerBand;
    this.mulA = new Uint32Array(k);
    this.addB = new Uint32Array(k);
    // Fixed seeds: signatures must agree across instances and restarts.
    for (let i = 0; i < k; i++) {
      this.mulA[i] = (hash32(`a${i}`) | 1) >>> 0;
      this.addB[i] = hash32(`b${i}`);
    }
  }

  signature(text: string): Uint32Array {
    return this.signatureOfWords(words(text));
  }

  /** Signature of already normalised words (the extractor splits each text once). */
  signatureOfWords(tokens: readonly string[]): Uint32Array {
    // Each word is hashed once; a shingle's hash mixes its words' hashes (no string building).
    const wordHashes = new Uint32Array(tokens.length);
    for (let t = 0; t < tokens.length; t++) wordHashes[t] = hash32(tokens[t]);
    return this.signatureOfHashes(wordHashes);
  }

  /** Signature of words given by their hash32 (the extractor's vocabulary has them). */
  signatureOfHashes(wordHashes: Uint32Array): Uint32Array {
    const k = this.mulA.length;
    const mins = new Uint32Array(k).fill(0xffffffff);
    if (!wordHashes.length) return mins;
    const n = this.options.shingle;
    const count = Math.max(1, wordHashes.length - n + 1);
    for (let s = 0; s < count; s++) {
      let h = 0x2545f491;
      for (let t = 0; t < n && s + t < wordHashes.length; t++) {
        h = Math.imul(h ^ wordHashes[s + t], 0x9e3779b1);
        h ^= h >>> 15;
      }
      h = h >>> 0;
      for (let i = 0; i < k; i++) {
        // Universal hashing modulo 2^32: cheap and good enough to simulate k permutations.
        const v = (Math.imul(h, this.mulA[i]) + this.addB[i]) >>> 0;
        if (v < mins[i]) mins[i] = v;
      }
    }
    return mins;
  }

  /**
   * One 48-bit base64url key per band (8 characters), seeded by the band index so equal rows in
   * different bands do not meet. Empty text gives no bands.
   */
  bands(signature: Uint32Array): string[] {
    if (!signature.length || signature[0] === 0xffffffff) return [];
    const { bands, rowsPerBand } = this.options;
    const out: string[] = [];
    const buf = Buffer.alloc(6);
    for (let b = 0; b < bands; b++) {
      // Two independent 32-bit mixes of the band's rows (integers, no string building).
      let h1 = (0x9747b28c + b) | 0;
      let h2 = (0x5bd1e995 + b) | 0;
      for (let r = b * rowsPerBand; r < (b + 1) * rowsPerBand; r++) {
        h1 = Math.imul(h1 ^ signature[r], 0x85ebca6b);
        h1 ^= h1 >>> 13;
        h2 = Math.imul(h2 ^ signature[r], 0xc2b2ae35);
        h2 ^= h2 >>> 16;
      }
      h1 = Math.imul(h1 ^ (h1 >>> 16), 0x7feb352d);
      h1 ^= h1 >>> 15;
      h2 = Math.imul(h2 ^ (h2 >>> 15), 0x846ca68b);
      h2 ^= h2 >>> 16;
      buf.writeUInt32BE(h1 >>> 0, 0);
      buf.writeUInt16BE(h2 & 0xffff, 4);
      out.push(buf.toString('base64url'));
    }
    return out;
  }

  static similarity(a: Uint32Array, b: Uint32Array): number {
    let same = 0;
    for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
    return a.length ? same / a.length : 0;
  }
}
