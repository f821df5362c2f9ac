import { Gazetteer } from '../gazetteer/gazetteer';
import { Place } from '../gazetteer/place';
import { TokenizedText } from '../text/tokenizer';
import { foldWord } from '../text/fold';
import { commonEnglishWords, englishFirstNames, englishStopwords } from '../text/word-lists';
import { MentionRole, Outsider } from './geo-mention';
import { GeoWeights } from './geo-weights';
import { RawMention } from './mention-finder';

export interface GeoContext {
  /** Sentences that belong to the title. */
  titleSentences: number;
  /** Sentences about other, earlier events ("a week earlier, …"). */
  background: ReadonlySet<number>;
  /**
   * The relevance verdict, known before the geotagger runs, calls the story a conflict event: a
   * report of something that happened somewhere, whose one small town is where (`conflictPlaceBonus`).
   */
  conflict?: boolean;
}

/** What every phase reads: the shared gazetteer, the weights and the English word lists. Never mutated, but for `cache`. */
export interface GeoEnv {
  readonly gazetteer: Gazetteer;
  readonly w: GeoWeights;
  readonly common: ReadonlySet<string>;
  readonly stop: ReadonlySet<string>;
  readonly firstNames: ReadonlySet<string>;
  readonly cache: PlaceCache;
}

export function createGeoEnv(gazetteer: Gazetteer, w: GeoWeights, prior: (env: GeoEnv, p: Place) => number): GeoEnv {
  // The cache computes priors from the finished env (the closure runs only once it exists).
  const env: GeoEnv = { gazetteer, w, common: commonEnglishWords(), stop: englishStopwords(), firstNames: englishFirstNames(), cache: new PlaceCache(gazetteer, (p) => prior(env, p)) };
  return env;
}

/**
 * What the hot path derives from a candidate place and nothing else (its prior, its folded name,
 * its "<country>/<admin-1>" vote key), computed the first time the place is a candidate and kept:
 * the same places come up in article after article. A pure function of the place and the weights,
 * so a cached value is the value; cleared when it holds too many, so memory stays bounded.
 */
export class PlaceCache {
  private static readonly MAX_ENTRIES = 50_000;
  private readonly priors = new Map<number, number>();
  private readonly folded = new Map<number, string>();
  private readonly admin1Keys = new Map<number, string | null>();
  private admin1Units: Map<string, Place> | null = null;

  constructor(private readonly gazetteer: Gazetteer, private readonly computePrior: (p: Place) => number) {}

  prior(id: number): number {
    let v = this.priors.get(id);
    if (v === undefined) {
      v = this.computePrior(this.gazetteer.place(id));
      PlaceCache.bounded(this.priors).set(id, v);
    }
    return v;
  }

  /** The place's name as tokens fold it ("Ḩadīthah" → "hadithah"), for prefix tests against name keys. */
  foldedName(id: number): string {
    let v = this.folded.get(id);
    if (v === undefined) {
      v = foldWord(this.gazetteer.place(id).name);
      PlaceCache.bounded(this.folded).set(id, v);
    }
    return v;
  }

  /** "<ISO2>/<admin-1 name>" of a place that has an admin-1, the key the resolver's votes use; null otherwise. */
  admin1Key(id: number): string | null {
    let v = this.admin1Keys.get(id);
    if (v === undefined) {
      const p = this.gazetteer.place(id);
      v = p.admin1 && p.country ? `${p.country}/${p.admin1}` : null;
      PlaceCache.bounded(this.admin1Keys).set(id, v);
    }
    return v;
  }

  /** The gazetteer's admin-1 unit of an ISO 3166-2 code (the first it holds), read off its places once. */
  admin1Unit(code: string): Place | undefined {
    if (this.admin1Units === null) {
      this.admin1Units = new Map();
      for (const p of this.gazetteer.places) if (p.kind === 'admin1' && p.admin1Code && p.admin1 && !this.admin1Units.has(p.admin1Code)) this.admin1Units.set(p.admin1Code, p);
    }
    return this.admin1Units.get(code);
  }

  private static bounded<K, V>(m: Map<K, V>): Map<K, V> {
    if (m.size >= PlaceCache.MAX_ENTRIES) m.clear();
    return m;
  }
}

/**
 * A name found in the text with its surviving candidates and their scores so far (candidate-filter,
 * then spatial-fit). `admin1Named`: written with an admin-1 word ("Donetsk oblast"), so the unit, never its city.
 */
export interface Scored { mention: RawMention; scores: number[]; penalty: number; role: MentionRole; sentence: number; inTitle: boolean; background: boolean; county: boolean; admin1Named: boolean; nameKey: string; locative: boolean; dateline: boolean; person: boolean;
  /** Inside a capitalised name after "of" ("Organization of American States", "Bank of Japan"). */
  inOfName: boolean;
  /** A people named as the side striking from afar or as foreigners hit (name-context.data.ts, STRIKE_NOUNS). */
  outsider: Outsider;
  /**
   * A people named as the officials reporting it ("Kyrgyz border officials said"; name-context.data.ts,
   * SOURCE_NOUNS) or as the people living where it happens ("two Georgian villagers").
   */
  speaker: boolean;
  /** In the lead of a story the relevance verdict calls a conflict event (`GeoContext.conflict`). */
  conflictLead: boolean }

export function nameKey(tokens: TokenizedText['tokens'], m: RawMention): string {
  let k = tokens[m.first].norm;
  for (let i = m.first + 1; i <= m.last; i++) k += ` ${tokens[i].norm}`;
  return k;
}

export function isPlaceToken(env: GeoEnv, norm: string): boolean {
  const ids = env.gazetteer.lookup(norm);
  return !!ids && ids.some((id) => { const k = env.gazetteer.place(id).kind; return k === 'country' || k === 'demonym'; });
}

export function speaksForState(env: GeoEnv, id: number): boolean {
  const p = env.gazetteer.place(id);
  if (p.kind === 'country' || p.kind === 'demonym' || p.kind === 'admin1') return true;
  return p.kind === 'city' && p.population > 300_000 && env.gazetteer.country(p.country)?.capital === p.name;
}

/** Equirectangular distance: plenty for "is this town near that one". */
export function approxKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const x = ((lon2 - lon1) * Math.PI / 180) * Math.cos(((lat1 + lat2) / 2) * Math.PI / 180);
  const y = (lat2 - lat1) * Math.PI / 180;
  return 6371 * Math.sqrt(x * x + y * y);
}
