import { distance } from 'fastest-levenshtein';
import { Gazetteer } from '../gazetteer/gazetteer';
import { foldWord } from '../text/fold';
import { TokenizedText } from '../text/tokenizer';
import { GeoContext, GeoEnv } from './geo-env';
import { GeoResult } from './geo-mention';
import { ARMED_GROUP_HOMES, ARMED_GROUP_PROVINCES, ARMED_GROUP_REACH, COMMUNITY_HOMES } from '../escalation/actors.data';
import { STRIKE_THEATRES } from './name-context.data';
import { cuedNames, withCountry, withPrimaryPlace } from './cued-names';

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
 * A skeleton shorter than this matches too many places to mean one unless the spellings are the
 * same in `shortForm` ("Qoryoley" and GeoNames' Somali "Qoryooley"); skeletons are indexed from
 * SHORT_SKELETON up, and a report with no country is read only from ANY_COUNTRY_SKELETON up.
 */
const MIN_SKELETON = 4;
const SHORT_SKELETON = 2;
const ANY_COUNTRY_SKELETON = 3;
/** Two spellings of one place differ in at most this share of their letters (Lyubechane is no Lyubuchany: 3 of 10). */
const MAX_EDIT_SHARE = 0.25;

/**
 * The countries where the armed groups we know fight, or strike from afar (their homes, reach and
 * provinces, the communities in conflict, STRIKE_THEATRES): where a conflict report that names no
 * place we hold can be when only a spelling of its village points somewhere.
 */
export const CONFLICT_COUNTRIES: ReadonlySet<string> = new Set([
  ...Object.values(ARMED_GROUP_HOMES), ...Object.values(ARMED_GROUP_REACH).flat(),
  ...Object.values(ARMED_GROUP_PROVINCES).flat().map((code) => code.slice(0, 2)),
  ...Object.values(COMMUNITY_HOMES).map((c) => c.country), ...Object.values(STRIKE_THEATRES),
]);

/** Folded letters only: the form two spellings are compared in. */
function letters(name: string): string {
  return foldWord(name).replace(/[^a-z]+/g, '');
}

/** Letters with y as i, "ou", "au" and o as u and each doubled letter once: how short names are compared. */
function shortForm(letters: string): string {
  return letters.replace(/y/g, 'i').replace(/[oa]u/g, 'u').replace(/o/g, 'u').replace(/([a-z])\1+/g, '$1');
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
 * primary point has no province, and which puts its event at a name the gazetteer holds under no
 * spelling of its own (cued-names.ts: "in <name>", "attacked <name>", "<name> district"): where
 * towns or districts of that country share the name's consonant skeleton (nameSkeleton), differ
 * from it in at most a quarter of their letters, and all lie in one province, the name is that
 * place, spelt as wires spell it ("Bulo Burte" is Bulo Burto, Hiiraan). The mention is added and
 * becomes the primary point.
 *
 * A conflict report with no country at all is read the same way against every country's places:
 * where all the spellings found lie in one country of CONFLICT_COUNTRIES, that is the report's
 * country (and the place, where they lie in one province).
 */
export function spellingFallback(env: GeoEnv, doc: TokenizedText, ctx: GeoContext, result: GeoResult): GeoResult {
  const known = result.primaryCountry;
  if (!ctx.conflict || result.primaryAdmin1 !== null) return result;
  for (const named of cuedNames(env, doc, result)) {
    const { name } = named;
    if (named.held !== null) {
      // A name the gazetteer holds but a filter dropped ("Hays", a common word and a town of 0
      // people): its town or district in the report's country, where they lie in one province; in
      // a report with no country, a name that is no common word whose places are all towns or
      // districts of one province ("Darat Izza", Aleppo; "Laiagam", a town of 900 people in Enga).
      if (known === null && named.commonWord) continue;
      const towns = named.held.filter((id) => { const p = env.gazetteer.place(id); return (p.kind === 'city' || p.kind === 'admin2') && p.admin1Code; });
      const own = known !== null ? towns.filter((id) => env.gazetteer.place(id).country === known) : towns;
      if (own.length === 0 || own.some((id) => env.gazetteer.place(id).admin1Code !== env.gazetteer.place(own[0]).admin1Code)) continue;
      if (known === null && towns.length < named.held.length) continue;
      return withPrimaryPlace(result, ctx, named, own[0], env.gazetteer.place(own[0]));
    }
    const written = letters(name);
    const skeleton = nameSkeleton(name);
    const spelt = (id: number): boolean => {
      const held = letters(env.gazetteer.place(id).name);
      // (A short skeleton: the same letters but doubled ones, and o, u, "ou" and "au" as one
      // vowel, as Arabic, Pashto and Hindi names are written: "Tajoura" and Tājūrā’, "Rajouri" and
      // Rājauri, "Munabbih" and Monabbih; not "Yarova" and Yarove.)
      if (skeleton.length < MIN_SKELETON) return shortForm(written) === shortForm(held);
      return distance(written, held) <= MAX_EDIT_SHARE * Math.max(written.length, held.length);
    };
    const index = skeletonIndex(env.gazetteer);
    let ids: number[];
    if (known !== null) ids = index.get(`${known}|${skeleton}`)?.filter(spelt) ?? [];
    else {
      // No country at all: every country's spellings, which must all lie in one country where
      // armed groups fight (a report of a raid on "Arbinda" is Burkina Faso's Aribinda; "Dablo"
      // is no Diablo, California).
      if (skeleton.length < ANY_COUNTRY_SKELETON) continue;
      ids = [...env.gazetteer.countries.keys()].flatMap((c) => index.get(`${c}|${skeleton}`)?.filter(spelt) ?? []);
      if (ids.length === 0 || !CONFLICT_COUNTRIES.has(env.gazetteer.place(ids[0]).country ?? '')) continue;
    }
    if (named.unitHomes !== null) ids = ids.filter((id) => named.unitHomes!.has(env.gazetteer.place(id).country ?? ''));
    if (ids.length === 0) continue;
    const place = env.gazetteer.place(ids[0]);
    const country = place.country ?? '';
    if (ids.some((id) => env.gazetteer.place(id).country !== country)) continue;
    if (ids.some((id) => env.gazetteer.place(id).admin1Code !== place.admin1Code)) {
      // Districts of one name in two provinces: the country is known, the province not.
      if (known !== null) continue;
      return withCountry(result, country);
    }
    return withPrimaryPlace(result, ctx, named, ids[0], place);
  }
  return result;
}
