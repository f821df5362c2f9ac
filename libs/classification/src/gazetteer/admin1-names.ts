import { ADMIN1_ALIASES, ADMIN1_SUFFIXES } from './aliases.data';
import { admin1Variants } from './admin1-variants';
import type { Admin1Unit } from './package-data';

const SUFFIX_RE = new RegExp(`\\s+(${ADMIN1_SUFFIXES.join('|')})$`, 'i');

/** "Al Anbar Governorate" → "Al Anbar": the form analysts and the eval compare. */
export function displayAdmin1(name: string): string {
  // "Limassol District (Leymasun)": the bracketed other-language name is not part of the name.
  const stripped = name.replace(/\s*\([^)]*\)\s*$/, '').replace(SUFFIX_RE, '').trim();
  return stripped || name;
}

/**
 * Every name an admin-1 unit is read by: its package names and aliases, each also without its
 * "Governorate"/"Province" word, and the transliteration variants of all of them. The gazetteer
 * indexes text with these and the ISO 3166-2 index maps rule names with them, so both agree.
 */
export function admin1NameForms(u: Pick<Admin1Unit, 'code' | 'names'>): Set<string> {
  const names = new Set<string>();
  for (const n of [...u.names, ...(ADMIN1_ALIASES[u.code] ?? [])]) {
    names.add(n);
    names.add(displayAdmin1(n));
  }
  for (const n of [...names]) for (const v of admin1Variants(n)) names.add(v);
  return names;
}
