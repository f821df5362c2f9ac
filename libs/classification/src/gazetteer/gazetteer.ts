import { CountryInfo, Place } from './place';

/**
 * Read-only name index: folded token n-gram key → candidate places. Built once per process
 * (see GazetteerBuilder) and shared by every engine instance, so it must never be mutated.
 */
export class Gazetteer {
  constructor(
    readonly places: readonly Place[],
    private readonly index: ReadonlyMap<string, readonly number[]>,
    readonly maxTokens: number,
    readonly countries: ReadonlyMap<string, CountryInfo>,
    /** "<ISO2>/<admin1 folded>" → population of the unit (sum of its towns), for priors. */
    readonly admin1Population: ReadonlyMap<string, number>,
    /** Every proper prefix of a multi-word key ("new", "new york"): a scan stops extending when its prefix is not here. */
    private readonly prefixes: ReadonlySet<string>,
  ) {}

  hasPrefix(key: string): boolean {
    return this.prefixes.has(key);
  }

  lookup(key: string): readonly number[] | undefined {
    return this.index.get(key);
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
