/**
 * The gazetteer's name index, packed: folded token n-gram key → candidate place ids, and whether
 * longer names start with the key.
 *
 * Why packed: as a `Map<string, { ids: number[] | null; prefix: boolean }>` the index was about
 * 1.3 million small heap objects (an entry and an id array with its backing store per key, for
 * 470,000 keys), which every major GC of the classifier had to mark again. Here a key maps to one
 * number, and every key's ids sit in one typed array (off the JS heap). See docs/benchmarks.md,
 * fourteenth pass.
 *
 * A key's ref is `(slot << 1) | prefix`: slot 0 means "no ids" (the key only starts longer names),
 * slot s ≥ 1 owns `ids[starts[s - 1] … starts[s])`. An unknown key's ref is 0. Built with
 * NameIndexBuilder.
 */
export class NameIndex {
  constructor(
    private readonly refs: ReadonlyMap<string, number>,
    private readonly starts: Int32Array,
    private readonly ids: Int32Array,
  ) {}

  /** One hash lookup answers both "is this a name" and "can a longer name start like this". */
  ref(key: string): number {
    return this.refs.get(key) ?? 0;
  }

  /** The key of `ref` names places (`candidates(ref)` is not undefined). */
  static namesPlaces(ref: number): boolean {
    return ref >>> 1 !== 0;
  }

  /** Longer names start with the key of `ref`. */
  static startsLonger(ref: number): boolean {
    return (ref & 1) === 1;
  }

  /** The candidate place ids of `ref`, a fresh array the caller may keep; undefined when the key names no place. */
  candidates(ref: number): number[] | undefined {
    if (!NameIndex.namesPlaces(ref)) return undefined;
    const slot = ref >>> 1;
    const from = this.starts[slot - 1];
    const to = this.starts[slot];
    const out: number[] = [];
    for (let i = from; i < to; i++) out.push(this.ids[i]);
    return out;
  }

  get size(): number {
    return this.refs.size;
  }

  /** The index as plain data (gazetteer.cache.ts writes it with v8.serialize). */
  toSnapshot(): NameIndexSnapshot {
    return { refs: this.refs, starts: this.starts, ids: this.ids };
  }

  static fromSnapshot(s: NameIndexSnapshot): NameIndex {
    return new NameIndex(s.refs, s.starts, s.ids);
  }
}

export interface NameIndexSnapshot { refs: ReadonlyMap<string, number>; starts: Int32Array; ids: Int32Array }

/**
 * Collects a NameIndex. While building, a key's ids are a chain through two growing typed arrays
 * (newest first), so the build makes no object per key either; `build()` lays each chain out in
 * the order its ids were added and rewrites the refs in the same Map.
 */
export class NameIndexBuilder {
  /** Key → `(newest node + 1) << 1 | prefix`; 0 nodes means no ids. */
  private readonly refs = new Map<string, number>();
  private idOf: Int32Array = new Int32Array(1 << 16);
  /** Node → the node added before it for the same key, plus one (0: none). */
  private older: Int32Array = new Int32Array(1 << 16);
  private nodes = 0;

  /**
   * `id` becomes one of the key's candidates (once, however often it is added). Returns whether
   * the key named no place before, so a caller can do its once-per-key work only then.
   */
  add(key: string, id: number): boolean {
    const ref = this.refs.get(key) ?? 0;
    for (let n = ref >>> 1; n !== 0; n = this.older[n - 1]) if (this.idOf[n - 1] === id) return false;
    if (this.nodes === this.idOf.length) {
      this.idOf = grown(this.idOf);
      this.older = grown(this.older);
    }
    const node = this.nodes++;
    this.idOf[node] = id;
    this.older[node] = ref >>> 1;
    this.refs.set(key, ((node + 1) << 1) | (ref & 1));
    return ref >>> 1 === 0;
  }

  /** Whether some place has `key` as a name. */
  has(key: string): boolean {
    return ((this.refs.get(key) ?? 0) >>> 1) !== 0;
  }

  /** Longer names start with `key`. */
  markPrefix(key: string): void {
    const ref = this.refs.get(key);
    if (ref === undefined) this.refs.set(key, 1);
    else if ((ref & 1) === 0) this.refs.set(key, ref | 1);
  }

  build(): NameIndex {
    let slots = 0;
    for (const ref of this.refs.values()) if (ref >>> 1 !== 0) slots++;
    const starts = new Int32Array(slots + 1);
    const ids = new Int32Array(this.nodes);
    let slot = 0;
    let at = 0;
    for (const [key, ref] of this.refs) {
      let head = ref >>> 1;
      if (head === 0) continue;
      let n = 0;
      for (let k = head; k !== 0; k = this.older[k - 1]) n++;
      // The chain is newest first: write it back to front.
      starts[slot] = at;
      for (let i = at + n - 1; head !== 0; i--, head = this.older[head - 1]) ids[i] = this.idOf[head - 1];
      at += n;
      slot++;
      starts[slot] = at;
      this.refs.set(key, (slot << 1) | (ref & 1));
    }
    return new NameIndex(this.refs, starts, ids);
  }
}

function grown(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}
