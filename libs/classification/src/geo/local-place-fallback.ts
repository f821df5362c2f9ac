import { LocalPlaceAt } from '../gazetteer/local-places';
import { Place } from '../gazetteer/place';
import { nameKeys } from '../text/fold';
import { TokenizedText } from '../text/tokenizer';
import { cuedNames, withCountry, withPrimaryPlace } from './cued-names';
import { GeoContext, GeoEnv } from './geo-env';
import { GeoResult } from './geo-mention';
import { nameSkeleton } from './spelling-fallback';

/**
 * The countries whose local places a report with no country is read against: Nigeria's,
 * Bangladesh's and Myanmar's (471 townships). India Post's 165,000 office names are too many: in the dev probes they gave a
 * country to two Indian reports and a wrong one to four others' villages (Chad's Sandana, Kenya's
 * Arabal, Papua New Guinea's Karida), so they count only for a report already in India.
 */
const ANY_REPORT: ReadonlySet<string> = new Set(['NG', 'BD', 'MM']);

/**
 * A conflict report whose primary point has no province and which puts its event at a name the
 * gazetteer lacks (cued-names.ts) that a per-country package holds as a village, ward or district
 * (gazetteer/local-places.ts: Nigeria's towns and wards, Bangladesh's upazilas and unions, India's
 * post offices): where every such place of that name (in the report's country, where it has one;
 * of ANY_REPORT where it has none) lies in one province,
 * the name is that place ("bandits abducted pupils in Kuriga" is Kuriga, Chikun LGA, Kaduna), and
 * where the report names its district ("<village>, <Name> district") one of a district spelt so. Where
 * they lie in one country but several provinces, a report with no country gets that country. The
 * place carries its province's point: the packages give none (or, India Post's, not for every office).
 */
export function localPlaceFallback(env: GeoEnv, doc: TokenizedText, ctx: GeoContext, result: GeoResult): GeoResult {
  if (!ctx.conflict || result.primaryAdmin1 !== null) return result;
  const known = result.primaryCountry;
  for (const named of cuedNames(env, doc, result)) {
    if (named.held !== null) continue;
    // ("Hardu, Shopiyan district": only a Hardu of a district spelt like Shopiyan.)
    const district = named.districtAfter === null ? null : nameSkeleton(named.districtAfter);
    const found = nameKeys(named.name).flatMap((k) => env.gazetteer.local.named(k))
      .filter((p) => (known === null ? ANY_REPORT.has(p.country) : p.country === known) && (district === null || nameSkeleton(p.admin2) === district) && (named.unitHomes === null || named.unitHomes.has(p.country)));
    if (found.length === 0) continue;
    const first = found[0];
    if (found.some((p) => p.country !== first.country)) continue;
    if (found.some((p) => p.admin1Code !== first.admin1Code)) {
      if (known !== null) continue;
      return withCountry(result, first.country);
    }
    const unit = env.cache.admin1Unit(first.admin1Code);
    if (!unit) continue;
    return withPrimaryPlace(result, ctx, named, -1, asPlace(named.name, first, unit));
  }
  return result;
}

/** A local place as a town of the gazetteer's shape, at its province's point. */
function asPlace(name: string, local: LocalPlaceAt, unit: Place): Place {
  return {
    name, kind: 'city', country: local.country, admin1: unit.admin1, admin1Code: local.admin1Code, admin2: local.admin2,
    lat: unit.lat, lon: unit.lon, population: 0,
  };
}
