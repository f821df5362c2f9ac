import { Gazetteer } from '../gazetteer/gazetteer';
import { foldWord } from '../text/fold';
import { TokenizedText } from '../text/tokenizer';
import { cuedNames, withCountry } from './cued-names';
import { GeoContext, GeoEnv } from './geo-env';
import { GeoResult } from './geo-mention';
import { CONFLICT_COUNTRIES } from './spelling-fallback';

/** Letter n-grams of a word, with its two ends marked ("^kafr$"): from GRAM_MIN to GRAM_MAX letters. */
const GRAM_MIN = 3;
const GRAM_MAX = 5;
/** Hashed n-gram buckets per country (2^16: 65,536; a 46-country table is 12 MB of floats). */
const BUCKET_BITS = 16;
/** Additive smoothing of the n-gram counts. */
const SMOOTHING = 0.05;
/**
 * The guess is taken where the model gives its country at least this posterior share (naive Bayes
 * is overconfident: the share ranks guesses, it is no probability). Chosen on the dev probes: at
 * 0.99, 26 of the 49 guesses in 23 dev sets were right, at 0.5 28 of 91 (docs/classification.md,
 * twentieth round). The model itself is fitted on the gazetteer's names alone.
 */
const MIN_POSTERIOR = 0.99;

/**
 * A naive Bayes model of which country's town and district names a name's letters resemble
 * ("-ville", "Kafr …", "-abad", "-ougou"), fitted on the gazetteer's towns and districts of
 * CONFLICT_COUNTRIES with the same prior for each country.
 */
class NameCountryModel {
  private constructor(readonly countries: readonly string[], private readonly logp: Float32Array) {}

  static fit(gazetteer: Gazetteer): NameCountryModel {
    const countries = [...CONFLICT_COUNTRIES].sort();
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
      if (among === null || among.has(country)) scores.push({ country, score: gs.reduce((sum, h) => sum + this.logp[c * buckets + h], 0) });
    });
    if (gs.length === 0 || scores.length === 0) return null;
    const top = scores.reduce((a, b) => (b.score > a.score ? b : a));
    const total = scores.reduce((sum, s) => sum + Math.exp(s.score - top.score), 0);
    return { country: top.country, posterior: 1 / total };
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
 * of several (`cues`: "<village> township … <village> locality" is Myanmar or Sudan). The report
 * gets the country, no place and no province.
 */
export function nameCountryGuess(env: GeoEnv, doc: TokenizedText, ctx: GeoContext, cues: ReadonlySet<string> | null, result: GeoResult): GeoResult {
  if (!ctx.conflict || result.primaryCountry !== null) return result;
  for (const named of cuedNames(env, doc, result)) {
    if (named.held !== null || named.commonWord) continue;
    const guess = nameModel(env.gazetteer).best(named.name, cues);
    if (guess && guess.posterior >= MIN_POSTERIOR) return withCountry(result, guess.country);
    return result;
  }
  return result;
}
