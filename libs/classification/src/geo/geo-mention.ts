import { Place } from '../gazetteer/place';

/** How a place name is used: where something happened, or a stand-in for a government/force. */
export type MentionRole = 'literal' | 'actor' | 'demonym';

/**
 * A people named as an outsider to where the story happens: the side striking from afar ("an
 * Israeli drone strike"), foreigners hit ("five Chinese engineers"), or forces acting outside the
 * area of the story's armed groups ("Israeli troops … Hezbollah"). False for anything else.
 */
export type Outsider = false | 'strikes' | 'foreigners' | 'forces';

export interface GeoMention {
  name: string;
  span: [number, number];
  placeId: number;
  place: Place;
  confidence: number;
  role: MentionRole;
  sentence: number;
  inTitle: boolean;
  background: boolean;
  /** Introduced by "in", "at", "near": where something happens. */
  locative: boolean;
  /** At the start of the body before "(Reuters) -": where the reporter files from. */
  dateline: boolean;
  outsider: Outsider;
  /**
   * A people named as the officials reporting it ("South Sudanese officials said") or as the people
   * living where it happens ("two Georgian villagers"): leans to its country more than a people acting.
   */
  speaker: boolean;
}

export interface GeoResult {
  mentions: GeoMention[];
  primary: GeoMention | null;
  /**
   * The story's country: the primary place's, or, where the story names no place of it, the
   * country its people and armed groups point to (`primary` is then null or another country's people).
   */
  primaryCountry: string | null;
  /** Admin-1 of the primary place, or the best-supported one in the primary country. */
  primaryAdmin1: string | null;
  /** ISO 3166-2 code of `primaryAdmin1`. */
  primaryAdmin1Code: string | null;
  countries: string[];
}
