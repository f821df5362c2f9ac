import { foldWord } from '../text/fold';
import { NameIndex, NameIndexSnapshot } from './name-index';
import { LocalPlaceIndex, LocalPlaceIndexData } from './local-places';
import { CountryInfo, Place } from './place';

/**
 * Read-only name index: folded token n-gram key → candidate places. Built once per process
 * (see GazetteerBuilder) and shared by every engine instance, so it must never be mutated.
 */
export class Gazetteer {
  constructor(
    readonly places: readonly Place[],
    private readonly index: NameIndex,
    readonly maxTokens: number,
    readonly countries: ReadonlyMap<string, CountryInfo>,
    /** "<ISO2>/<admin1 folded>" → population of the unit (sum of its towns), for priors. */
    readonly admin1Population: ReadonlyMap<string, number>,
    /** "<ISO2>/<folded admin-1 name or variant>" → ISO 3166-2 code. */
    private readonly admin1Codes: ReadonlyMap<string, string> = new Map(),
    /** Villages and wards of per-country packages, for the last-resort phase only (local-places.ts). */
    readonly local: LocalPlaceIndex = LocalPlaceIndex.empty(),
  ) {}

  /** ISO 3166-2 code of an admin-1 unit named `name` (any spelling the gazetteer holds) in `country`. */
  admin1Code(country: string | null, name: string | null): string | null {
    if (!country || !name) return null;
    return this.admin1Codes.get(`${country}/${foldWord(name)}`) ?? null;
  }

  /**
   * One hash lookup answers both "is this a name" and "can a longer name start like this":
   * read the answer with `candidates(ref)` and `NameIndex.startsLonger(ref)`. 0 for an unknown key.
   */
  ref(key: string): number {
    return this.index.ref(key);
  }

  /** The places a ref names (a fresh array), undefined when it names none. */
  candidates(ref: number): number[] | undefined {
    return this.index.candidates(ref);
  }

  lookup(key: string): readonly number[] | undefined {
    return this.index.candidates(this.index.ref(key));
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

  /** Everything the gazetteer holds, as plain data (gazetteer.cache.ts writes it with v8.serialize). */
  toSnapshot(): GazetteerSnapshot {
    return {
      places: this.places, index: this.index.toSnapshot(), maxTokens: this.maxTokens, countries: this.countries,
      admin1Population: this.admin1Population, admin1Codes: this.admin1Codes, local: this.local.toData(),
    };
  }

  static fromSnapshot(s: GazetteerSnapshot): Gazetteer {
    return new Gazetteer(s.places, NameIndex.fromSnapshot(s.index), s.maxTokens, s.countries, s.admin1Population, s.admin1Codes, s.local ? LocalPlaceIndex.fromData(s.local) : LocalPlaceIndex.empty());
  }
}

export interface GazetteerSnapshot {
  places: readonly Place[];
  index: NameIndexSnapshot;
  maxTokens: number;
  countries: ReadonlyMap<string, CountryInfo>;
  admin1Population: ReadonlyMap<string, number>;
  admin1Codes: ReadonlyMap<string, string>;
  local: LocalPlaceIndexData;
}
