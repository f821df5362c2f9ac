import { distance } from 'fastest-levenshtein';
import { Gazetteer } from '../gazetteer/gazetteer';
import { foldWord, nameKeys } from '../text/fold';
import { TokenizedText } from '../text/tokenizer';
import { GeoContext, GeoEnv } from './geo-env';
import { GeoMention, GeoResult } from './geo-mention';
import { ATTACK_VERBS, LOCATIVE, PLACE_WORDS } from './name-context.data';

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
 */
export function spellingFallback(env: GeoEnv, doc: TokenizedText, ctx: GeoContext, result: GeoResult): GeoResult {
  const country = result.primaryCountry;
  if (!ctx.conflict || country === null || result.primaryAdmin1 !== null) return result;
  const { tokens, text } = doc;
  const taken = result.mentions.map((m) => m.span);
  for (let i = 1; i < tokens.length; i++) {
    const cue = tokens[i - 1];
    // ("the outskirts of", "the town of": "of" after a place word is a cue too.)
    const placeOf = cue.norm === 'of' && i > 1 && tokens[i - 2].sentence === cue.sentence && PLACE_WORDS.has(tokens[i - 2].norm);
    if (!tokens[i].cap || cue.sentence !== tokens[i].sentence || cue.cap || !(LOCATIVE.has(cue.norm) || ATTACK_VERBS.has(cue.norm) || placeOf)) continue;
    // The name: capitalised words joined by spaces or hyphens, at most three.
    let last = i;
    while (last + 1 < tokens.length && last - i < 2 && tokens[last + 1].cap && tokens[last + 1].sentence === tokens[i].sentence && /^[\s-]$/.test(text.slice(tokens[last].end, tokens[last + 1].start))) last++;
    const start = tokens[i].start;
    const end = tokens[last].end;
    if (taken.some(([s, e]) => s < end && start < e)) continue;
    const name = text.slice(start, end);
    if (i === last && (env.common.has(tokens[i].norm) || env.firstNames.has(tokens[i].norm))) continue;
    if (nameKeys(name).some((k) => env.gazetteer.lookup(k) !== undefined)) continue;
    const written = letters(name);
    const skeleton = nameSkeleton(name);
    const ids = skeletonIndex(env.gazetteer).get(`${country}|${skeleton}`)?.filter((id) => {
      const held = letters(env.gazetteer.place(id).name);
      if (skeleton.length < MIN_SKELETON) return undoubled(written) === undoubled(held);
      return distance(written, held) <= MAX_EDIT_SHARE * Math.max(written.length, held.length);
    });
    if (!ids || ids.length === 0) continue;
    const place = env.gazetteer.place(ids[0]);
    if (ids.some((id) => env.gazetteer.place(id).admin1Code !== place.admin1Code)) continue;
    const mention: GeoMention = {
      name, span: [start, end], placeId: ids[0], place, confidence: 0.3, role: 'literal', sentence: tokens[i].sentence,
      inTitle: tokens[i].sentence < ctx.titleSentences, background: ctx.background.has(tokens[i].sentence),
      locative: LOCATIVE.has(cue.norm), dateline: false, outsider: false, speaker: false,
    };
    return {
      ...result, mentions: [...result.mentions, mention], primary: mention,
      primaryAdmin1: place.admin1, primaryAdmin1Code: place.admin1Code ?? null,
      countries: result.countries.includes(country) ? result.countries : [...result.countries, country],
    };
  }
  return result;
}
