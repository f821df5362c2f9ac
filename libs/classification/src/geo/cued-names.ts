import { Place } from '../gazetteer/place';
import { nameKeys } from '../text/fold';
import { Token, TokenizedText } from '../text/tokenizer';
import { GeoContext, GeoEnv } from './geo-env';
import { GeoMention, GeoResult } from './geo-mention';
import { ATTACK_VERBS, DISTRICT_WORDS, LOCATIVE, PLACE_WORDS, STRIKE_NOUNS, TARGET_VERBS, UNIT_WORD_COUNTRIES } from './name-context.data';

/** Nouns of an attack before "on" and its target: "an attack on", "the assault on". */
const ATTACK_NOUNS = new Set(['attack', 'attacks', 'assault', 'assaults', 'offensive', 'ambush', 'incursion', 'incursions']);

/** A capitalised name the gazetteer holds under no spelling, where a conflict report puts its event. */
export interface CuedName {
  name: string; span: [number, number]; sentence: number; locative: boolean;
  /** Whether a district word follows the name ("Rajouri district"). */
  district: boolean;
  /** The district named right after it, if any: "Shopiyan" of "Hardu, Shopiyan district". */
  districtAfter: string | null;
  /** The countries of the unit word after it where few countries use it ("Duk county", UNIT_WORD_COUNTRIES), or null. */
  unitHomes: ReadonlySet<string> | null;
  /**
   * The gazetteer's places of the name where it holds it under its own spelling but no mention
   * reads it (a filter dropped them: "Hays" is a common word and a town of 0 people), or null.
   */
  held: readonly number[] | null;
  /** Whether the name is one common English word ("Crater", "Song"). */
  commonWord: boolean;
}

/**
 * The names a conflict report puts its event at that no mention reads, for the last-resort phases
 * (spelling-fallback.ts, local-place-fallback.ts), with the gazetteer's places of the name where it
 * holds them: capitalised words (at most three, joined by spaces or hyphens) after
 * "in", "near", an attack verb ("stormed", "hit"), "the outskirts of", "airstrikes on", "an attack on", or before a
 * district word in lower case ("<village>, Rajouri district"), those before a district word first.
 * Names inside a mention already read, and single first names, are left out; so are single common
 * words the gazetteer holds no place of.
 */
export function cuedNames(env: GeoEnv, doc: TokenizedText, result: GeoResult): CuedName[] {
  const { tokens, text } = doc;
  const taken = result.mentions.map((m) => m.span);
  const out: CuedName[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // (A report may open with its place: "Wana, South Waziristan district — militants …".)
    const cue: Token | undefined = tokens[i - 1];
    // ("the outskirts of", "the town of": "of" after a place word is a cue too, and so is "on"
    // after a strike or an attack: "airstrikes on", "an attack on".)
    const before = cue && i > 1 && tokens[i - 2].sentence === cue.sentence ? tokens[i - 2].norm : '';
    const placeOf = cue?.norm === 'of' && PLACE_WORDS.has(before);
    const strikeOn = cue?.norm === 'on' && (STRIKE_NOUNS.has(before) || ATTACK_NOUNS.has(before));
    let last = i;
    while (last + 1 < tokens.length && last - i < 2 && tokens[last + 1].cap && tokens[last + 1].sentence === tokens[i].sentence && /^[\s-]$/.test(text.slice(tokens[last].end, tokens[last + 1].start))) last++;
    const unit = tokens[last + 1];
    const district = unit !== undefined && unit.sentence === tokens[i].sentence && !unit.cap && DISTRICT_WORDS.has(unit.norm);
    const cued = cue !== undefined && cue.sentence === tokens[i].sentence && !cue.cap && (LOCATIVE.has(cue.norm) || ATTACK_VERBS.has(cue.norm) || TARGET_VERBS.has(cue.norm) || placeOf || strikeOn);
    const nameStart = cue === undefined || cue.sentence !== tokens[i].sentence || !cue.cap || !/^[\s-]$/.test(text.slice(cue.end, tokens[i].start));
    if (!tokens[i].cap || !(cued || (district && nameStart))) continue;
    const start = tokens[i].start;
    const end = tokens[last].end;
    if (taken.some(([s, e]) => s < end && start < e)) continue;
    // ("Dasht-e-Barchi": a name that goes on after a hyphen is only the start of one.)
    if (text[end] === '-') continue;
    const name = text.slice(start, end);
    const held = nameKeys(name).flatMap((k) => env.gazetteer.lookup(k) ?? []);
    const commonWord = i === last && env.common.has(tokens[i].norm);
    if (i === last && (env.firstNames.has(tokens[i].norm) || (commonWord && held.length === 0))) continue;
    const unitHomes = district ? UNIT_WORD_COUNTRIES.get(unit.norm) ?? null : null;
    out.push({ name, span: [start, end], sentence: tokens[i].sentence, locative: cue !== undefined && LOCATIVE.has(cue.norm), district, districtAfter: districtAfter(doc, last), unitHomes, held: held.length > 0 ? held : null, commonWord });
  }
  // A district named as such before the villages: "Hardu, Shopiyan district" is in Shopian
  // whatever other Hardu a package holds.
  return [...out.filter((n) => n.district), ...out.filter((n) => !n.district)];
}

/** The result with a last-resort place added as its primary point. */
export function withPrimaryPlace(result: GeoResult, ctx: GeoContext, named: CuedName, placeId: number, place: Place): GeoResult {
  const mention: GeoMention = {
    name: named.name, span: named.span, placeId, place, confidence: 0.3, role: 'literal', sentence: named.sentence,
    inTitle: named.sentence < ctx.titleSentences, background: ctx.background.has(named.sentence),
    locative: named.locative, dateline: false, outsider: false, speaker: false,
  };
  return {
    ...withCountry(result, place.country ?? ''), mentions: [...result.mentions, mention], primary: mention,
    primaryAdmin1: place.admin1, primaryAdmin1Code: place.admin1Code ?? null,
  };
}

/** The result with a country found for a report that had none, and no place. */
export function withCountry(result: GeoResult, country: string): GeoResult {
  return { ...result, primaryCountry: country, countries: result.countries.includes(country) ? result.countries : [...result.countries, country] };
}

/** "<name>, <District> district": the district's name (one to three capitalised words), or null. */
function districtAfter(doc: TokenizedText, last: number): string | null {
  const { tokens, text } = doc;
  const comma = tokens[last + 1];
  if (!comma || comma.sentence !== tokens[last].sentence || !/^\s*,\s*$/.test(text.slice(tokens[last].end, comma.start))) return null;
  let k = last + 1;
  while (k < tokens.length && k - last <= 3 && tokens[k].cap && tokens[k].sentence === comma.sentence) k++;
  const unit = tokens[k];
  if (k === last + 1 || !unit || unit.sentence !== comma.sentence || unit.cap || !DISTRICT_WORDS.has(unit.norm)) return null;
  return text.slice(comma.start, tokens[k - 1].end);
}
