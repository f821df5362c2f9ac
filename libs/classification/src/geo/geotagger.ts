import { Gazetteer } from '../gazetteer/gazetteer';
import { TokenizedText } from '../text/tokenizer';
import { filterCandidates, prior } from './candidate-filter';
import { createGeoEnv, GeoContext, GeoEnv, Scored } from './geo-env';
import { GeoResult } from './geo-mention';
import { DEFAULT_GEO_WEIGHTS, GeoWeights } from './geo-weights';
import { findMentions } from './mention-finder';
import { findPersonNames } from './person-evidence';
import { summarise } from './primary';
import { resolve } from './resolver';
import { armedGroupCountries } from './armed-group-cues';
import { institutionCountries, unitWordCountries } from './institution-cues';
import { addSpatialFit, qualifyByComma } from './spatial-fit';
import { truecase } from './truecase';

export type { GeoContext } from './geo-env';

/**
 * Finds place names, resolves each to one gazetteer entry (population prior + the countries and
 * admin-1 units the rest of the article supports), tells places from actors, and picks the
 * primary location weighted to the title and lead. Each phase is a function in its own file that
 * takes data and returns data; this class only runs them in order.
 */
export class Geotagger {
  private readonly env: GeoEnv;

  constructor(gazetteer: Gazetteer, weights: GeoWeights = DEFAULT_GEO_WEIGHTS) {
    this.env = createGeoEnv(gazetteer, weights, prior);
  }

  tag(written: TokenizedText, ctx: GeoContext): GeoResult {
    const env = this.env;
    const doc = truecase(env, written);
    const raw = findMentions(doc, env.gazetteer);
    const persons = findPersonNames(env, doc, raw);
    let scored: Scored[] = [];
    for (const m of raw) {
      const s = filterCandidates(env, doc, m, ctx, persons);
      if (s) scored.push(s);
    }
    if (scored.length > 1) scored = addSpatialFit(env, qualifyByComma(env, doc, scored));
    // Armed groups that fight in one country and unit words one country uses ("ELN", "woreda"):
    // they vote for their country's places, and give the country of a story that names no place.
    const cues = union(armedGroupCountries(doc), unitWordCountries(doc));
    const bodies = scored.length > 0 ? union(institutionCountries(doc), cues) : null;
    return summarise(env, resolve(env, doc, scored, bodies), cues?.size === 1 ? [...cues][0] : null);
  }
}

/** The union of two sets of countries the story's cues stand for. */
function union(a: Set<string> | null, b: Set<string> | null): Set<string> | null {
  if (!a || !b) return a ?? b;
  return new Set([...a, ...b]);
}
