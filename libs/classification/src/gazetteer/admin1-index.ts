import { nameKeys } from '../text/fold';
import { admin1NameForms, displayAdmin1 } from './admin1-names';
import { loadAdmin1Units } from './package-data';

/** ISO 3166-2 code: country, hyphen, one to three letters or digits ("IQ-AN", "UA-14", "GB-ENG"). */
export const ISO_3166_2 = /^[A-Z]{2}-[A-Z0-9]{1,3}$/;

let index: Map<string, string[]> | null = null;

/**
 * Every admin-1 unit's ISO 3166-2 code under each of its names and their transliteration variants,
 * the ones the gazetteer reads text with. Lets a rule on "Salah al-Din" match an incident the engine
 * placed in "Saladin": both are IQ-SD. Built on first use (about 100 ms), without the gazetteer.
 */
function build(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const units = loadAdmin1Units();
  const byCode = new Map(units.map((u) => [u.code, u]));
  for (const u of units) {
    // A governorate within the West Bank is also found by "West Bank": a rule on the territory
    // matches incidents placed in any of its governorates.
    const within = u.seated ? byCode.get(u.seated.within) : undefined;
    for (const n of [...admin1NameForms(u), ...(within ? admin1NameForms(within) : [])]) {
      for (const key of nameKeys(n)) {
        const list = out.get(key);
        if (!list) out.set(key, [u.code]);
        else if (!list.includes(u.code)) list.push(u.code);
      }
    }
  }
  return out;
}

/**
 * ISO 3166-2 codes of the admin-1 units named `name` in any spelling the gazetteer knows, in
 * `country` when given. A code itself ("IQ-AN") is returned as it is.
 */
export function admin1CodesFor(name: string, country: string | null = null): string[] {
  const trimmed = name.trim();
  if (ISO_3166_2.test(trimmed.toUpperCase()) && (!country || trimmed.toUpperCase().startsWith(`${country.toUpperCase()}-`))) return [trimmed.toUpperCase()];
  index ??= build();
  const codes = new Set<string>();
  for (const key of nameKeys(displayAdmin1(trimmed))) for (const c of index.get(key) ?? []) codes.add(c);
  return [...codes].filter((c) => !country || c.startsWith(`${country.toUpperCase()}-`)).sort();
}
