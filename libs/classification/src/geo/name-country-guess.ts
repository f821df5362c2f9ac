import { Gazetteer } from '../gazetteer/gazetteer';
import { foldWord } from '../text/fold';
import { TokenizedText } from '../text/tokenizer';
import { cuedNames, withCountry } from './cued-names';
import { GeoContext, GeoEnv } from './geo-env';
import { GeoResult } from './geo-mention';
import { CONFLICT_COUNTRIES } from './spelling-fallback';
import { FORCE_NOUNS, GROUP_NOUNS } from './name-context.data';
import { commonEnglishWords, englishFirstNames } from '../text/word-lists';

/** The model's class of common English words and first names: names that are no village of a war ("Starbucks", "Charlie"). */
const BACKGROUND = '--';

/** Letter n-grams of a word, with its two ends marked ("^kafr$"): from GRAM_MIN to GRAM_MAX letters. */
const GRAM_MIN = 3;
const GRAM_MAX = 5;
/** Hashed n-gram buckets per country (2^16: 65,536; a 46-country table is 12 MB of floats). */
const BUCKET_BITS = 16;
/** Additive smoothing of the n-gram counts. */
const SMOOTHING = 0.05;
/**
 * The guess is taken where the model gives its country at least this posterior share (naive Bayes
 * is overconfident: the share ranks guesses, it is no probability). Chosen on the dev probes for
 * precision: with the conflict towns in the gazetteer, at 0.999 9 of the 18 guesses in 23 dev sets
 * were right (3 of 6 in the six never-read sets), at 0.99 10 of 23 (3 of 12); before the towns, at
 * 0.5, 28 of 91 (docs/classification.md, twentieth round). The model itself is fitted on the
 * gazetteer's names and word lists alone.
 */
const MIN_POSTERIOR = 0.999;

/**
 * A naive Bayes model of which country's town and district names a name's letters resemble
 * ("-ville", "Kafr …", "-abad", "-ougou"), fitted on the gazetteer's towns and districts of
 * CONFLICT_COUNTRIES with the same prior for each country, and a class of English words and first
 * names (BACKGROUND) that, where it wins, makes no guess.
 */
class NameCountryModel {
  private constructor(readonly countries: readonly string[], private readonly logp: Float32Array) {}

  static fit(gazetteer: Gazetteer): NameCountryModel {
    const countries = [...[...CONFLICT_COUNTRIES].sort(), BACKGROUND];
    const index = new Map(countries.map((c, i) => [c, i]));
    const buckets = 1 << BUCKET_BITS;
    const counts = new Float64Array(countries.length * buckets);
    const totals = new Float64Array(countries.length);
    const seen = new Set<string>();
    for (const p of gazetteer.places) {
      if ((p.kind !== 'city' && p.kind !== 'admin2') || !p.country) continue;
      const c = index.get(p.country);
      if (c === undefined) continue;
      const key = `${p.country}|${foldWord(p.name)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      for (const h of grams(p.name)) { counts[c * buckets + h]++; totals[c]++; }
    }
    const background = index.get(BACKGROUND)!;
    for (const word of [...commonEnglishWords(), ...englishFirstNames()]) {
      for (const h of grams(word)) { counts[background * buckets + h]++; totals[background]++; }
    }
    const logp = new Float32Array(countries.length * buckets);
    for (let c = 0; c < countries.length; c++) {
      const denominator = Math.log(totals[c] + SMOOTHING * buckets);
      for (let h = 0; h < buckets; h++) logp[c * buckets + h] = Math.log(counts[c * buckets + h] + SMOOTHING) - denominator;
    }
    return new NameCountryModel(countries, logp);
  }

  /**
   * The most likely country of a name (of `among`, where given) and its posterior share, or null
   * for a name with no letters or no country to choose from.
   */
  best(name: string, among: ReadonlySet<string> | null): { country: string; posterior: number } | null {
    const gs = grams(name);
    const buckets = 1 << BUCKET_BITS;
    const scores: { country: string; score: number }[] = [];
    this.countries.forEach((country, c) => {
      if (among === null || among.has(country) || country === BACKGROUND) scores.push({ country, score: gs.reduce((sum, h) => sum + this.logp[c * buckets + h], 0) });
    });
    if (gs.length === 0 || scores.length === 0) return null;
    const top = scores.reduce((a, b) => (b.score > a.score ? b : a));
    const total = scores.reduce((sum, s) => sum + Math.exp(s.score - top.score), 0);
    return top.country === BACKGROUND ? null : { country: top.country, posterior: 1 / total };
  }
}

/** Hashed n-grams (FNV-1a) of a name's folded words. */
function grams(name: string): number[] {
  const out: number[] = [];
  const mask = (1 << BUCKET_BITS) - 1;
  for (const word of foldWord(name).replace(/[^a-z]+/g, ' ').trim().split(' ')) {
    if (!word) continue;
    const s = `^${word}$`;
    for (let n = GRAM_MIN; n <= GRAM_MAX; n++) {
      for (let i = 0; i + n <= s.length; i++) {
        let h = 2166136261;
        for (let k = i; k < i + n; k++) h = Math.imul(h ^ s.charCodeAt(k), 16777619);
        out.push((h >>> 0) & mask);
      }
    }
  }
  return out;
}

let model: { gazetteer: Gazetteer; model: NameCountryModel } | null = null;

function nameModel(gazetteer: Gazetteer): NameCountryModel {
  if (model?.gazetteer !== gazetteer) model = { gazetteer, model: NameCountryModel.fit(gazetteer) };
  return model.model;
}

/** Fits the model now, so the first report that needs it does not wait (geotagger.ts). */
export function warmNameCountryModel(gazetteer: Gazetteer): void {
  nameModel(gazetteer);
}

/**
 * The last resort for a conflict report that names no country at all (no place the gazetteer or a
 * package holds, no people, and no armed group or unit word of one country): the country whose
 * towns' names the name it puts its event at resembles most ("Tiabongoudougou" reads like Burkina
 * Faso's villages), where the model is sure enough; of the countries of its cues where it has cues
 * of several (`cues`: "<village> township … <village> locality" is Myanmar or Sudan). Only a name
 * that reads like a village's (villageLike: no owner, people or person) is read. The report gets
 * the country, no place and no province; about half these guesses are right.
 */
export function nameCountryGuess(env: GeoEnv, doc: TokenizedText, ctx: GeoContext, cues: ReadonlySet<string> | null, result: GeoResult): GeoResult {
  if (!ctx.conflict || result.primaryCountry !== null) return result;
  for (const named of cuedNames(env, doc, result)) {
    if (named.held !== null || named.commonWord) continue;
    if (!villageLike(env, doc, named.name, named.span[1])) return result;
    const guess = nameModel(env.gazetteer).best(withoutDirection(named.name), cues);
    if (guess && guess.posterior >= MIN_POSTERIOR) return withCountry(result, guess.country);
    return result;
  }
  return result;
}

/** Nouns after a name that make it a people's or a group's ("Columbian rebel groups", "Columbian state media"), not a village. */
const MODIFIED_GROUP_NOUNS: ReadonlySet<string> = new Set([...GROUP_NOUNS, ...FORCE_NOUNS, 'rebel', 'group', 'groups']);

/**
 * Whether a name reads like a village's: not an owner ("Roylan Hernandez Diaz's death"), a people
 * or group before its noun ("Columbian rebel groups"), or a person named with a given name
 * ("Valencia Martinez", "Maria Lopez").
 */
function villageLike(env: GeoEnv, doc: TokenizedText, name: string, end: number): boolean {
  if (/^\s*['’]s\b/.test(doc.text.slice(end, end + 3))) return false;
  const next = doc.tokens.find((t) => t.start >= end);
  if (next && !next.cap && MODIFIED_GROUP_NOUNS.has(next.norm)) return false;
  const words = name.split(/[\s-]+/);
  return !(words.length > 1 && words.some((w) => env.firstNames.has(foldWord(w))));
}

/** The name without a direction before it: "Eastern Deir Ezzur" reads as "Deir Ezzur". */
function withoutDirection(name: string): string {
  return name.replace(/^(?:north|south|east|west|northern|southern|eastern|western|central|upper|lower)(?:[\s-]+)(?=\S)/i, '');
}
