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
 * slot s ≥ 1 owns `ids[starts[s - 1] … starts[s])`. An unknown key's ref is 0.
 */
export class NameIndex {
  private constructor(
    private readonly refs: ReadonlyMap<string, number>,
    private readonly starts: Int32Array,
    private readonly ids: Int32Array,
  ) {}

  /** Packs a built index; `entries` is read once and can be dropped afterwards. */
  static pack(entries: ReadonlyMap<string, { ids: readonly number[] | null; prefix: boolean }>): NameIndex {
    let total = 0;
    let slots = 0;
    for (const e of entries.values()) {
      if (!e.ids) continue;
      total += e.ids.length;
      slots++;
    }
    const starts = new Int32Array(slots + 1);
    const ids = new Int32Array(total);
    const refs = new Map<string, number>();
    let slot = 0;
    let at = 0;
    for (const [key, e] of entries) {
      let ref = 0;
      if (e.ids) {
        starts[slot] = at;
        for (const id of e.ids) ids[at++] = id;
        slot++;
        starts[slot] = at;
        ref = slot;
      }
      refs.set(key, (ref << 1) | (e.prefix ? 1 : 0));
    }
    return new NameIndex(refs, starts, ids);
  }

  /** One hash lookup answers both "is this a name" and "can a longer name start like this". */
  ref(key: string): number {
    return this.refs.get(key) ?? 0;
  }

  /** Longer names start with the key of `ref`. */
  static startsLonger(ref: number): boolean {
    return (ref & 1) === 1;
  }

  /** The candidate place ids of `ref`, a fresh array the caller may keep; undefined when the key names no place. */
  candidates(ref: number): number[] | undefined {
    const slot = ref >>> 1;
    if (slot === 0) return undefined;
    const from = this.starts[slot - 1];
    const to = this.starts[slot];
    const out: number[] = [];
    for (let i = from; i < to; i++) out.push(this.ids[i]);
    return out;
  }

  get size(): number {
    return this.refs.size;
  }
}
