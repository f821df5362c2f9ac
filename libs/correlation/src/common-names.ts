import countries from 'world-countries';
import { isStopword, stem, words } from './text-normalizer';

/**
 * Names that are too common in news to be an index key: country names and demonyms ("Iraq",
 * "Chinese", the "united" of "United States") and the generic words of place names ("City",
 * "San", "North"). A large share of all reports carry one of them, so as index keys they put
 * unrelated incidents into the same few blocks: every lookup reads the same handful of incidents
 * and every open conflicts with any concurrent open elsewhere in that country (measured: see
 * docs/benchmarks.md). They still count in scoring; only blocking skips them. The country itself
 * is known from the classification when it matters, and finer places (city, admin-1) are
 * blocks of their own. Weekday and month names are stopwords already (text-normalizer).
 */
const GENERIC_PLACE_WORDS = [
  'city', 'town', 'san', 'santa', 'saint', 'sao', 'new', 'north', 'south', 'east', 'west', 'northern',
  'southern', 'eastern', 'western', 'central', 'port', 'fort', 'upper', 'lower', 'province', 'region',
  'state', 'republic', 'kingdom', 'united', 'island', 'islands', 'federal', 'capital', 'district',
];

/** The same parts `nameTerms` would produce for this text: lowercase, unaccented, stemmed. */
function parts(text: string): string[] {
  return words(text).filter((w) => w.length >= 3 && !isStopword(w) && !/^\d+$/.test(w)).map(stem);
}

function build(): ReadonlySet<string> {
  const out = new Set<string>();
  const add = (text: string | undefined) => {
    if (text) for (const p of parts(text)) out.add(p);
  };
  for (const c of countries) {
    add(c.name.common);
    add(c.name.official);
    add(c.demonyms?.eng?.m);
    add(c.demonyms?.eng?.f);
    // Alternative spellings include native names and codes; the English ones are what news uses.
    for (const alt of c.altSpellings ?? []) if (/^[A-Za-z .'-]+$/.test(alt)) add(alt);
  }
  for (const w of GENERIC_PLACE_WORDS) add(w);
  return out;
}

const COMMON_NAMES = build();

/** True for a name term (as `nameTerms` returns it) too common to be an index key. */
export function isCommonName(name: string): boolean {
  return COMMON_NAMES.has(name);
}
