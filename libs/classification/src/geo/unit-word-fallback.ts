import { TokenizedText } from '../text/tokenizer';
import { GeoContext } from './geo-env';
import { GeoResult } from './geo-mention';

/**
 * Local unit words that conflict reports write after a place's name in one country above all: a
 * Myanmar township ("Tabayin township"), a Sudanese locality ("Kereneik locality"), a Congolese
 * territory ("Djugu territory"), a Cameroonian subdivision ("Ndu subdivision"), a Kenyan sub-county
 * ("Tiaty sub-county"). Other countries have townships, territories, subdivisions and localities too, so these only name the country of a conflict report
 * that names no place, people or armed group the geotagger knows (unitWordFallback).
 */
const FALLBACK_UNIT_WORDS: ReadonlyMap<string, string> = new Map([
  ['township', 'MM'], ['locality', 'SD'], ['territory', 'CD'], ['subdivision', 'CM'],
]);
/** "sub-county" is tokenized as "sub", then "county" after a hyphen. */
const SUB_COUNTY_COUNTRY = 'KE';

/**
 * The story's country from a lower-case unit word after a capitalised name (FALLBACK_UNIT_WORDS),
 * where the rest of the geotagger found none and the relevance verdict calls it a conflict event;
 * the result unchanged otherwise. The country is the primary country only: no place, no admin-1.
 */
export function unitWordFallback(doc: TokenizedText, ctx: GeoContext, result: GeoResult): GeoResult {
  if (result.primaryCountry !== null || ctx.conflict !== true) return result;
  const { tokens, text } = doc;
  let country: string | null = null;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    const prev = tokens[i - 1];
    if (!prev.cap || prev.sentence !== t.sentence || t.cap || !/^ +$/.test(text.slice(prev.end, t.start))) continue;
    const found = t.norm === 'sub' && tokens[i + 1]?.norm === 'county' && tokens[i + 1].hyphenBefore ? SUB_COUNTY_COUNTRY : FALLBACK_UNIT_WORDS.get(t.norm);
    if (!found) continue;
    // Two countries' words: no guess.
    if (country !== null && country !== found) return result;
    country = found;
  }
  return country ? { ...result, primaryCountry: country, countries: [country] } : result;
}
