import { distance } from 'fastest-levenshtein';
import { Gazetteer } from '../gazetteer/gazetteer';
import { foldWord, nameKeys } from '../text/fold';
import { TokenizedText } from '../text/tokenizer';
import { GeoContext, GeoEnv } from './geo-env';
import { GeoMention, GeoResult } from './geo-mention';
import { ARMED_GROUP_HOMES, ARMED_GROUP_PROVINCES, ARMED_GROUP_REACH, COMMUNITY_HOMES } from '../escalation/actors.data';
import { ATTACK_VERBS, DISTRICT_WORDS, LOCATIVE, PLACE_WORDS, STRIKE_NOUNS, STRIKE_THEATRES } from './name-context.data';

/**
 * A name's consonant skeleton, the same for the spellings wires and GeoNames give one place:
 * "Bulo Burte" and "Bulo Burto", "Barmal" and "Bêrmal", "Tel Tamr" and "Tall Tamr", "Bint Jbeil"
 * and "Bent Jbaïl", "Bimbilla" and "Bimbila". Folded, without Arabic articles, spaces or hyphens,
 * q as k, ph as f, ou as u, doubled letters once, and after the first letter no vowels, h, w or y.
 */
export function nameSkeleton(name: string): string {
  const folded = foldWord(name).replace(/['’`ʿʾ]/g, '').replace(/[^a-z]+/g, ' ');
  const letters = folded.replace(/\b(?:al|el|ad|ar|as|ash|an|az|at|ul)\s/g, ' ').replace(/\s+/g, '')
    .replace(/q/g, 'k').replace(/ph/g, 'f').replace(/ou/g, 'u').replace(/([a-z])\1+/g, '$1');
  return letters ? letters[0] + letters.slice(1).replace(/[aeiouyhw]/g, '') : '';
}

/**
 * A skeleton this short matches too many places to mean one, unless the spellings differ only in
 * doubled letters ("Qoryoley" and GeoNames' Somali "Qoryooley"): such names are indexed from
 * SHORT_SKELETON up and held to that.
 */
const MIN_SKELETON = 4;
const SHORT_SKELETON = 2;
/** Two spellings of one place differ in at most this share of their letters (Lyubechane is no Lyubuchany: 3 of 10). */
const MAX_EDIT_SHARE = 0.25;

/**
 * The countries where the armed groups we know fight, or strike from afar (their homes, reach and
 * provinces, the communities in conflict, STRIKE_THEATRES): where a conflict report that names no
 * place we hold can be when only a spelling of its village points somewhere.
 */
const CONFLICT_COUNTRIES: ReadonlySet<string> = new Set([
  ...Object.values(ARMED_GROUP_HOMES), ...Object.values(ARMED_GROUP_REACH).flat(),
  ...Object.values(ARMED_GROUP_PROVINCES).flat().map((code) => code.slice(0, 2)),
  ...Object.values(COMMUNITY_HOMES).map((c) => c.country), ...Object.values(STRIKE_THEATRES),
]);

/** Nouns of an attack before "on" and its target: "an attack on", "the assault on". */
const ATTACK_NOUNS = new Set(['attack', 'attacks', 'assault', 'assaults', 'offensive', 'ambush', 'incursion', 'incursions']);

/** Folded letters only: the form two spellings are compared in. */
function letters(name: string): string {
  return foldWord(name).replace(/[^a-z]+/g, '');
}

/** Letters with each doubled letter once. */
function undoubled(letters: string): string {
  return letters.replace(/([a-z])\1+/g, '$1');
}

let index: { gazetteer: Gazetteer; byKey: Map<string, number[]> } | null = null;

/** Towns and districts by "<country>|<skeleton>", built once per gazetteer (~0.3 s). */
function skeletonIndex(gazetteer: Gazetteer): Map<string, number[]> {
  if (index?.gazetteer !== gazetteer) {
    const byKey = new Map<string, number[]>();
    gazetteer.places.forEach((p, id) => {
      if ((p.kind !== 'city' && p.kind !== 'admin2') || !p.country || !p.admin1Code) return;
      const skeleton = nameSkeleton(p.name);
      if (skeleton.length < SHORT_SKELETON) return;
      const key = `${p.country}|${skeleton}`;
      const ids = byKey.get(key);
      if (ids) ids.push(id); else byKey.set(key, [id]);
    });
    index = { gazetteer, byKey };
  }
  return index.byKey;
}

/** Builds the skeleton index now, so the first report that needs it does not wait (geotagger.ts). */
export function warmSpellingIndex(gazetteer: Gazetteer): void {
  skeletonIndex(gazetteer);
}

/**
 * A conflict report whose country is known (from a place, a people or an armed group) but whose
 * primary point has no province, and which names, after "in", "near", "attacked" …, a capitalised
 * name the gazetteer holds under no spelling of its own: where towns or districts of that country
 * share the name's consonant skeleton (nameSkeleton), differ from it in at most a quarter of their
 * letters, and all lie in one province, the name is that place, spelt as wires spell it ("Bulo
 * Burte" is Bulo Burto, Hiiraan). The mention is added and becomes the primary point. Names the gazetteer holds as they are (a country, a month it dropped)
 * are not read again.
 *
 * A conflict report with no country at all is read the same way against every country's places:
 * where all the spellings found lie in one country of CONFLICT_COUNTRIES, that is the report's
 * country (and the place, where they lie in one province). Cues are "in", "near", an attack verb,
 * "the outskirts of", "airstrikes on", or a district word after the name ("<village>, Rajouri
 * district").
 */
export function spellingFallback(env: GeoEnv, doc: TokenizedText, ctx: GeoContext, result: GeoResult): GeoResult {
  const known = result.primaryCountry;
  if (!ctx.conflict || result.primaryAdmin1 !== null) return result;
  const { tokens, text } = doc;
  const taken = result.mentions.map((m) => m.span);
  for (let i = 1; i < tokens.length; i++) {
    const cue = tokens[i - 1];
    // ("the outskirts of", "the town of": "of" after a place word is a cue too, and so is "on"
    // after a strike or an attack: "airstrikes on", "an attack on".)
    const before = i > 1 && tokens[i - 2].sentence === cue.sentence ? tokens[i - 2].norm : '';
    const placeOf = cue.norm === 'of' && PLACE_WORDS.has(before);
    const strikeOn = cue.norm === 'on' && (STRIKE_NOUNS.has(before) || ATTACK_NOUNS.has(before));
    // The name: capitalised words joined by spaces or hyphens, at most three.
    let last = i;
    while (last + 1 < tokens.length && last - i < 2 && tokens[last + 1].cap && tokens[last + 1].sentence === tokens[i].sentence && /^[\s-]$/.test(text.slice(tokens[last].end, tokens[last + 1].start))) last++;
    // ("<village>, Rajouri district": a district word after the name in lower case is a cue too.)
    const unit = tokens[last + 1];
    const district = unit !== undefined && unit.sentence === tokens[i].sentence && !unit.cap && DISTRICT_WORDS.has(unit.norm);
    const cued = cue.sentence === tokens[i].sentence && !cue.cap && (LOCATIVE.has(cue.norm) || ATTACK_VERBS.has(cue.norm) || placeOf || strikeOn);
    const nameStart = cue.sentence !== tokens[i].sentence || !cue.cap || !/^[\s-]$/.test(text.slice(cue.end, tokens[i].start));
    if (!tokens[i].cap || !(cued || (district && nameStart))) continue;
    const start = tokens[i].start;
    const end = tokens[last].end;
    if (taken.some(([s, e]) => s < end && start < e)) continue;
    const name = text.slice(start, end);
    if (i === last && (env.common.has(tokens[i].norm) || env.firstNames.has(tokens[i].norm))) continue;
    if (nameKeys(name).some((k) => env.gazetteer.lookup(k) !== undefined)) continue;
    const written = letters(name);
    const skeleton = nameSkeleton(name);
    const spelt = (id: number): boolean => {
      const held = letters(env.gazetteer.place(id).name);
      // (A short skeleton: the same letters but doubled ones, or one letter apart in six or more:
      // "Tajoura" and Tājūrā’, "Rajouri" and Rājauri.)
      if (skeleton.length < MIN_SKELETON) return undoubled(written) === undoubled(held) || (Math.min(written.length, held.length) >= 6 && distance(written, held) <= 1);
      return distance(written, held) <= MAX_EDIT_SHARE * Math.max(written.length, held.length);
    };
    const index = skeletonIndex(env.gazetteer);
    let ids: number[];
    if (known !== null) ids = index.get(`${known}|${skeleton}`)?.filter(spelt) ?? [];
    else {
      // No country at all: every country's spellings, which must all lie in one country where
      // armed groups fight (a report of a raid on "Arbinda" is Burkina Faso's Aribinda; "Dablo"
      // is no Diablo, California).
      if (skeleton.length < SHORT_SKELETON + 1) continue;
      ids = [...env.gazetteer.countries.keys()].flatMap((c) => index.get(`${c}|${skeleton}`)?.filter(spelt) ?? []);
      if (ids.length === 0 || !CONFLICT_COUNTRIES.has(env.gazetteer.place(ids[0]).country ?? '')) continue;
    }
    if (ids.length === 0) continue;
    const place = env.gazetteer.place(ids[0]);
    const country = place.country ?? '';
    if (ids.some((id) => env.gazetteer.place(id).country !== country)) continue;
    if (ids.some((id) => env.gazetteer.place(id).admin1Code !== place.admin1Code)) {
      // Districts of one name in two provinces: the country is known, the province not.
      if (known !== null) continue;
      return { ...result, primaryCountry: country, countries: result.countries.includes(country) ? result.countries : [...result.countries, country] };
    }
    const mention: GeoMention = {
      name, span: [start, end], placeId: ids[0], place, confidence: 0.3, role: 'literal', sentence: tokens[i].sentence,
      inTitle: tokens[i].sentence < ctx.titleSentences, background: ctx.background.has(tokens[i].sentence),
      locative: LOCATIVE.has(cue.norm), dateline: false, outsider: false, speaker: false,
    };
    return {
      ...result, mentions: [...result.mentions, mention], primary: mention, primaryCountry: country,
      primaryAdmin1: place.admin1, primaryAdmin1Code: place.admin1Code ?? null,
      countries: result.countries.includes(country) ? result.countries : [...result.countries, country],
    };
  }
  return result;
}
