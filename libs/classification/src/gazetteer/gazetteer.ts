import { foldWord } from '../text/fold';
import { CountryInfo, Place } from './place';

/** A key's candidate places (null when the key is only the start of longer names) and whether it starts longer names. */
export interface IndexEntry {
  ids: number[] | null;
  prefix: boolean;
}

/**
 * Read-only name index: folded token n-gram key → candidate places. Built once per process
 * (see GazetteerBuilder) and shared by every engine instance, so it must never be mutated.
 */
export class Gazetteer {
  constructor(
    readonly places: readonly Place[],
    private readonly index: ReadonlyMap<string, IndexEntry>,
    readonly maxTokens: number,
    readonly countries: ReadonlyMap<string, CountryInfo>,
    /** "<ISO2>/<admin1 folded>" → population of the unit (sum of its towns), for priors. */
    readonly admin1Population: ReadonlyMap<string, number>,
    /** "<ISO2>/<folded admin-1 name or variant>" → ISO 3166-2 code. */
    private readonly admin1Codes: ReadonlyMap<string, string> = new Map(),
  ) {}

  /** ISO 3166-2 code of an admin-1 unit named `name` (any spelling the gazetteer holds) in `country`. */
  admin1Code(country: string | null, name: string | null): string | null {
    if (!country || !name) return null;
    return this.admin1Codes.get(`${country}/${foldWord(name)}`) ?? null;
  }

  /** One hash lookup answers both "is this a name" and "can a longer name start like this". */
  entry(key: string): IndexEntry | undefined {
    return this.index.get(key);
  }

  lookup(key: string): readonly number[] | undefined {
    return this.index.get(key)?.ids ?? undefined;
  }

  place(id: number): Place {
    return this.places[id];
  }

  country(code: string | null): CountryInfo | undefined {
    return code ? this.countries.get(code) : undefined;
  }

  get size(): number {
    return this.index.size;
  }
}
