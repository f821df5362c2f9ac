import { Place } from '../gazetteer/place';
import { GeoEnv } from './geo-env';
import { GeoMention, GeoResult } from './geo-mention';
import { STRIKE_THEATRES } from './name-context.data';

const SPECIFICITY: Record<Place['kind'], number> = { region: 0, country: 0, demonym: 0, admin1: 1, admin2: 1.5, city: 2, site: 3 };

/** Weight of a mention's position for the primary place: title, lead, body, background. */
function position(env: GeoEnv, m: GeoMention): number {
  if (m.dateline) return env.w.datelineWeight;
  return m.background ? env.w.backgroundWeight : m.inTitle ? env.w.titleWeight : m.sentence <= 2 ? env.w.leadWeight : 1;
}

/**
 * The article's countries (literal places first, by count) and its primary place: the country
 * with the most position-weighted, confidence-weighted literal mentions ("in X" counts more, actors
 * and demonyms a little), then its most specific, best-placed mention, then that place's admin-1 or
 * the admin-1 most mentions in the country support.
 */
export function summarise(env: GeoEnv, mentions: GeoMention[], cueCountry: string | null): GeoResult {
  const countryWeight = new Map<string, number>();
  const primaryWeight = new Map<string, number>();
  // The side striking from afar or foreigners hit ("an Israeli drone strike … killing two Hezbollah
  // members", "five Chinese engineers") are where the story happens only when nothing else says so.
  const outsiderWeight = new Map<string, number>();
  const strikers = new Set<string>();
  for (const m of mentions) {
    const c = m.place.country;
    if (!c) continue;
    const pos = position(env, m) * (m.locative ? env.w.locativeBoost : 1);
    if (m.outsider && m.role !== 'literal') {
      outsiderWeight.set(c, (outsiderWeight.get(c) ?? 0) + env.w.actorShare * pos * m.confidence);
      if (m.outsider === 'strikes') strikers.add(c);
    } else if (m.role === 'literal') {
      countryWeight.set(c, (countryWeight.get(c) ?? 0) + (m.inTitle ? 2 : 1));
      primaryWeight.set(c, (primaryWeight.get(c) ?? 0) + pos * m.confidence);
    } else {
      // Actors and demonyms ("US forces", "French police") lean towards, but rarely decide, the place;
      // a people's officials reporting it ("Kyrgyz border officials said") lean more.
      primaryWeight.set(c, (primaryWeight.get(c) ?? 0) + env.w.actorShare * pos * m.confidence * (m.speaker ? env.w.speakerBoost : 1));
    }
  }
  // The country the story's armed groups and unit words agree on ("Hezbollah", "woreda") leans like
  // its people named once in the body: it breaks a tie with an attacker's people ("an Israeli drone
  // strike … killing two Hezbollah members, Lebanese media said" is in Lebanon) but does not outweigh
  // a people named in the lead ("Chadian soldiers" fighting Boko Haram), and it is the story's
  // country where no place or people is named.
  if (cueCountry) primaryWeight.set(cueCountry, (primaryWeight.get(cueCountry) ?? 0) + env.w.actorShare);
  // With nothing else to go on, a state striking from afar strikes where it usually does ("an
  // Israeli airstrike destroyed a house in <a village the gazetteer lacks>" is in Lebanon).
  if (primaryWeight.size === 0) {
    for (const [c, w] of outsiderWeight) {
      const there = strikers.has(c) ? STRIKE_THEATRES[c] ?? c : c;
      primaryWeight.set(there, (primaryWeight.get(there) ?? 0) + w);
    }
  }
  const countries = [...countryWeight.entries()].sort((a, b) => b[1] - a[1]).map(([c]) => c);
  let primaryCountry: string | null = null;
  let bestWeight = 0;
  // A country named only through its people or its state acting ("Russian forces", "US officials")
  // is the story's place only where no place is named: "Russian forces shelled Kherson" is in Ukraine.
  const placed = countryWeight.size > 0;
  for (const [c, w] of primaryWeight) if (w > bestWeight && (!placed || countryWeight.has(c))) { bestWeight = w; primaryCountry = c; }
  if (primaryCountry && !countries.includes(primaryCountry)) countries.push(primaryCountry);
  let primary: GeoMention | null = null;
  let primaryScore = 0;
  const admin1Weight = new Map<string, number>();
  for (const m of mentions) {
    if (m.place.country !== primaryCountry) continue;
    const pos = position(env, m);
    if (m.place.admin1) admin1Weight.set(m.place.admin1, (admin1Weight.get(m.place.admin1) ?? 0) + pos);
    if (m.role !== 'literal') continue;
    const score = pos * (1 + 0.5 * SPECIFICITY[m.place.kind]) * m.confidence;
    if (score > primaryScore) { primaryScore = score; primary = m; }
  }
  if (!primary) primary = mentions.find((m) => m.place.country === primaryCountry) ?? null;
  let primaryAdmin1 = primary?.place.admin1 ?? null;
  if (!primaryAdmin1) {
    let w = 0;
    for (const [a, v] of admin1Weight) if (v > w) { w = v; primaryAdmin1 = a; }
  }
  const primaryAdmin1Code = primaryAdmin1 === primary?.place.admin1 ? primary?.place.admin1Code ?? null : env.gazetteer.admin1Code(primaryCountry, primaryAdmin1);
  return { mentions, primary, primaryCountry, primaryAdmin1, primaryAdmin1Code, countries };
}
