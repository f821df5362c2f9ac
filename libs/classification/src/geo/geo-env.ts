import { Gazetteer } from '../gazetteer/gazetteer';
import { TokenizedText } from '../text/tokenizer';
import { commonEnglishWords, englishFirstNames, englishStopwords } from '../text/word-lists';
import { MentionRole } from './geo-mention';
import { GeoWeights } from './geo-weights';
import { RawMention } from './mention-finder';

export interface GeoContext {
  /** Sentences that belong to the title. */
  titleSentences: number;
  /** Sentences about other, earlier events ("a week earlier, …"). */
  background: ReadonlySet<number>;
}

/** What every phase reads: the shared gazetteer, the weights and the English word lists. Never mutated. */
export interface GeoEnv {
  readonly gazetteer: Gazetteer;
  readonly w: GeoWeights;
  readonly common: ReadonlySet<string>;
  readonly stop: ReadonlySet<string>;
  readonly firstNames: ReadonlySet<string>;
}

export function createGeoEnv(gazetteer: Gazetteer, w: GeoWeights): GeoEnv {
  return { gazetteer, w, common: commonEnglishWords(), stop: englishStopwords(), firstNames: englishFirstNames() };
}

/**
 * A name found in the text with its surviving candidates and their scores so far (candidate-filter,
 * then spatial-fit). `admin1Named`: written with an admin-1 word ("Donetsk oblast"), so the unit, never its city.
 */
export interface Scored { mention: RawMention; scores: number[]; penalty: number; role: MentionRole; sentence: number; inTitle: boolean; background: boolean; county: boolean; admin1Named: boolean; nameKey: string; locative: boolean; dateline: boolean; person: boolean }

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
