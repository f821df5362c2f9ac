import { existsSync, readdirSync, readFileSync } from 'fs';
import { dirname, join } from 'path';
import { currentAdmin1Code } from '@sitrep/classification';

/** A gold admin-1 unit as the geo files carry it: a name, and a GeoNames id and/or an ISO 3166-2 code. */
export interface GoldAdmin1 { country: string; name: string; geonameid?: number; code?: string }

let cached: ReadonlyMap<number, string> | null = null;

/**
 * GeoNames id of an admin-1 unit → its ISO 3166-2 code ("US-GA"), from iso3166-2-db's reference
 * files, brought to the current standard as the gazetteer does (`currentAdmin1Code`). The LGL and TR-News dev files carry GeoNames ids but no codes, and the outside checks
 * compare admin-1 by code (names differ by transliteration: "Dahuk"/"Duhok"), so `npm run eval`,
 * `npm run train geo` and scripts/eval/geo-errors.ts all read codes through this one map.
 */
export function admin1CodesByGeonameId(): ReadonlyMap<number, string> {
  if (cached) return cached;
  const root = join(dirname(require.resolve('iso3166-2-db/package.json')), 'regions');
  const out = new Map<number, string>();
  for (const country of readdirSync(root).sort()) {
    const file = join(root, country, 'en_ref.json');
    if (!/^[A-Z]{2}$/.test(country) || !existsSync(file)) continue;
    for (const r of JSON.parse(readFileSync(file, 'utf8')) as { iso: string; reference?: { geonames?: number } }[]) {
      if (r.iso && r.reference?.geonames) out.set(r.reference.geonames, currentAdmin1Code(`${country}-${r.iso}`));
    }
  }
  cached = out;
  return out;
}

/** The gold units with `code` filled from their GeoNames id where the file gave none and the map has one. */
export function withAdmin1Codes<T extends GoldAdmin1>(units: T[], codes: ReadonlyMap<number, string> = admin1CodesByGeonameId()): T[] {
  return units.map((a) => (a.code || !a.geonameid || !codes.has(a.geonameid) ? a : { ...a, code: codes.get(a.geonameid) }));
}
