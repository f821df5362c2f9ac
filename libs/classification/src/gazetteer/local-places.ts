// Villages and wards of countries whose local places GeoNames' cities500 mostly lacks, from
// per-country npm data packages (nothing downloaded): the last-resort phase of the geotagger
// (geo/local-place-fallback.ts) reads them only where a conflict report names no province.
import { nameKeys } from '../text/fold';
import { Gazetteer } from './gazetteer';

/** A local place: its name, country, admin-1 (ISO 3166-2) and district (LGA, upazila) as the package gives them. */
export interface LocalPlace { name: string; country: string; admin1Code: string; admin2: string }

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

/**
 * Nigeria's towns and wards with their LGA and state (nigeria-geodata, MIT: about 47,700), and
 * Bangladesh's upazilas and unions with their district and division (bd-divisions-to-unions,
 * ISC: about 500 and 5,000).
 */
function readPackages(gazetteer: Gazetteer): LocalPlace[] {
  const out: LocalPlace[] = [];
  const code = (country: string, name: string): string | null => ADMIN1_CODES[`${country}/${name}`] ?? gazetteer.admin1Code(country, name);
  const ng = require('nigeria-geodata') as NigeriaGeodata;
  for (const state of ng.getAllStates()) {
    const admin1Code = code('NG', state);
    if (!admin1Code) continue;
    for (const lga of ng.getLocalGovernments(state)) {
      out.push({ name: lga, country: 'NG', admin1Code, admin2: lga });
      for (const town of ng.getCities(state, lga) ?? []) out.push({ name: town, country: 'NG', admin1Code, admin2: lga });
    }
  }
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
  const upazilas = bd.getAllUpazila('en');
  const unions = bd.getAllUnion('en');
  for (const [district, list] of Object.entries(upazilas)) {
    const admin1Code = divisionOf.get(Number(district));
    if (!admin1Code) continue;
    for (const upazila of list) {
      out.push({ name: upazila.title, country: 'BD', admin1Code, admin2: districtName.get(Number(district)) ?? upazila.title });
      for (const union of unions[String(upazila.value)] ?? []) out.push({ name: union.title, country: 'BD', admin1Code, admin2: upazila.title });
    }
  }
  return out;
}

let built: { gazetteer: Gazetteer; byKey: Map<string, LocalPlace[]> } | null = null;

/** Local places by every name key (text/fold.ts nameKeys), built once per gazetteer. */
export function localPlaces(gazetteer: Gazetteer): Map<string, LocalPlace[]> {
  if (built?.gazetteer !== gazetteer) {
    const byKey = new Map<string, LocalPlace[]>();
    for (const p of readPackages(gazetteer)) {
      // "Ukhia (East)", "Kajuru Town": the name without its bracket.
      const name = p.name.replace(/\s*\([^)]*\)\s*$/, '').trim();
      for (const key of nameKeys(name)) {
        const list = byKey.get(key);
        if (!list) byKey.set(key, [p]);
        else if (!list.some((q) => q.admin1Code === p.admin1Code && q.admin2 === p.admin2)) list.push(p);
      }
    }
    built = { gazetteer, byKey };
  }
  return built.byKey;
}
