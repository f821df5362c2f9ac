// The contract classes carry class-transformer decorators, which need the metadata polyfill.
import 'reflect-metadata';
import { Classification, EventType, GeoPoint } from '@sitrep/contracts';
import { ActorExtractor } from './escalation/actor.extractor';
import { backgroundSentences } from './escalation/background.detector';
import { EscalationResult, EscalationScorer, TypeEvidence } from './escalation/escalation.scorer';
import { VIOLENT } from './escalation/type-votes.phase';
import { Gazetteer } from './gazetteer/gazetteer';
import { GazetteerBuilder } from './gazetteer/gazetteer.builder';
import { GazetteerCacheSetting } from './gazetteer/gazetteer.cache';
import { Place } from './gazetteer/place';
import { GeoResult } from './geo/geo-mention';
import { Geotagger } from './geo/geotagger';
import { LanguageDetector } from './language/language.detector';
import { relevanceFeatures, RelevanceFeatures } from './relevance/relevance.features';
import { gateByRelevance } from './relevance/relevance.gate';
import { RelevanceModel, RelevanceVerdict } from './relevance/relevance.model';
import { tokenize } from './text/tokenizer';

export interface ClassifyInput {
  title: string;
  body: string;
  language?: string;
}

export interface ClassifyOptions {
  /**
   * Stop after the relevance verdict when it is "Not a conflict event": no places, primary point,
   * countries or actors (`detail: 'verdict'`). The classifier stage sets it; eval and training
   * read places of every article and leave it off.
   */
  stopAtNonEvent?: boolean;
}

export const ENGINE_NAME = 'sitrep-1';

/** What the result's level, type and casualties come from: the gated scorer, or nothing when the language cannot be read. */
type GatedEscalation = Pick<EscalationResult, 'level' | 'eventType' | 'subEventType' | 'killed' | 'perpetratorsKilled' | 'injured' | 'weapons' | 'targets' | 'signals'>;
const UNREAD: GatedEscalation = { level: 1, eventType: 'Not a conflict event', subEventType: null, killed: 0, perpetratorsKilled: 0, injured: 0, weapons: [], targets: [], signals: [] };
type Language = { language: string; supported: boolean };

/**
 * The classification engine: pure functions over an in-memory gazetteer. `create()` builds the
 * gazetteer once per process (about a second); `classify()` does no I/O and keeps no state
 * between calls, so one instance can serve any number of articles and instances can share it.
 */
export class ClassificationEngine {
  private readonly geotagger: Geotagger;
  private readonly scorer = new EscalationScorer();
  private readonly actors = new ActorExtractor();
  private readonly languages = new LanguageDetector();
  private readonly relevance = new RelevanceModel();

  private constructor(private readonly gazetteer: Gazetteer) {
    this.geotagger = new Geotagger(gazetteer);
  }

  /** `gazetteerCache`: whether and where the built gazetteer is kept on disk (SitrepConfig's `gazetteerCache`; default node_modules/.cache/sitrep). */
  static create(options: { gazetteerCache?: GazetteerCacheSetting } = {}): ClassificationEngine {
    return new ClassificationEngine(GazetteerBuilder.shared(options.gazetteerCache));
  }

  /**
   * Region, level, type, casualties and actors of one article. With `stopAtNonEvent`, an article
   * the relevance verdict calls "Not a conflict event" is not geotagged and gets no actors (its
   * `detail` is 'verdict'): nothing downstream reads them (the correlator counts such an article
   * and stops, issue 15), and on general news they were about half the engine's time. Its level,
   * type, relevance, reasons, signals and casualties are the same as without the option; every
   * field of an event is.
   */
  classify(input: ClassifyInput, options: ClassifyOptions = {}): Classification {
    const title = (input.title ?? '').trim();
    const body = input.body ?? '';
    // Offsets in the result are into `title + "\n" + body`, as the contract says.
    const text = `${title}\n${body}`;
    const doc = tokenize(text, title.length + 1);
    const titleSentences = title ? countTitleSentences(doc.sentences, title.length) : 0;
    const background = backgroundSentences(doc, titleSentences);
    const lang = this.languages.detect(doc, input.language);
    // Learned weights pick the type among those the cues voted for, then decide whether it is an
    // event at all, before how severe (issue 15). One feature vector serves both.
    let features: RelevanceFeatures | null = null;
    const rankTypes = (ev: TypeEvidence, current: EventType): EventType | null => {
      features = relevanceFeatures(doc, titleSentences, ev);
      return this.relevance.rankType(features, ev.typeScores, current);
    };
    // Scored before the geotagger: its one hint to the scorer (a strike on a national capital)
    // only lifts a violent event's level within 3-5 (level.phase.ts: a violent type other than a
    // riot, a strike weapon), so neither the relevance features, the type nor a non-event's gated
    // level depend on it; an event it could lift gets its level decided again once the geotagger
    // has spoken.
    let scored = lang.supported ? this.scorer.score({ doc, titleSentences, background, capitalStruck: false, rankTypes }) : null;
    const verdict = scored ? this.relevance.assess(features ?? relevanceFeatures(doc, titleSentences, scored), scored.eventType) : null;
    if (options.stopAtNonEvent && !verdict?.event) {
      return this.result(scored && verdict ? gateByRelevance(scored, verdict) : UNREAD, verdict, lang, null, []);
    }
    const geo = this.geotagger.tag(doc, { titleSentences, background, conflict: verdict?.event === true });
    const capitalStruck = geo.primary?.place.capital === true && geo.primary.role === 'literal';
    if (scored && capitalStruck && verdict?.event && mayLiftForCapital(scored)) scored = this.scorer.withCapitalStruck(scored);
    return this.result(scored && verdict ? gateByRelevance(scored, verdict) : UNREAD, verdict, lang, geo, this.actors.extract(doc, geo.mentions, background));
  }

  private result(esc: GatedEscalation, verdict: RelevanceVerdict | null, lang: Language, geo: GeoResult | null, actors: string[]): Classification {
    if (!geo) {
      const out = new Classification();
      out.places = [];
      out.primary = { country: null, admin1: null, admin1Code: null, admin2: null, city: null, lat: null, lon: null };
      out.countries = [];
      out.region = null;
      out.regions = [];
      out.detail = 'verdict';
      return this.scores(out, esc, verdict, lang, actors);
    }
    const primaryPlace = geo.primary?.place ?? null;
    const country = geo.primaryCountry;
    const info = this.gazetteer.country(country);
    const primary: GeoPoint = {
      country,
      admin1: primaryPlace && primaryPlace.kind !== 'country' && primaryPlace.kind !== 'demonym' ? primaryPlace.admin1 : geo.primaryAdmin1,
      admin1Code: geo.primaryAdmin1Code,
      admin2: primaryPlace?.admin2 ?? null,
      city: primaryPlace ? cityOf(primaryPlace) : null,
      lat: primaryPlace?.lat ?? info?.lat ?? null,
      lon: primaryPlace?.lon ?? info?.lon ?? null,
    };
    const out = new Classification();
    out.places = geo.mentions.map((m) => ({
      name: m.name, span: m.span, country: m.place.country, admin1: m.place.kind === 'country' || m.place.kind === 'demonym' ? null : m.place.admin1,
      admin1Code: m.place.kind === 'country' || m.place.kind === 'demonym' || !m.place.admin1 ? null : m.place.admin1Code ?? null, admin2: m.place.admin2 ?? null,
      city: cityOf(m.place), lat: m.place.lat, lon: m.place.lon,
      confidence: Math.round(m.confidence * 100) / 100,
      kind: m.role === 'literal' ? m.place.kind : m.role,
    }));
    out.primary = primary;
    out.countries = geo.countries;
    out.region = info?.subregion ?? null;
    out.regions = info?.regions ?? [];
    return this.scores(out, esc, verdict, lang, actors);
  }

  private scores(out: Classification, esc: GatedEscalation, verdict: RelevanceVerdict | null, lang: Language, actors: string[]): Classification {
    out.level = esc.level;
    out.relevance = verdict?.relevance ?? 0;
    out.relevanceReasons = verdict?.reasons ?? ['language not supported'];
    out.signals = esc.signals;
    out.eventType = esc.eventType;
    out.subEventType = esc.subEventType;
    out.actors = actors;
    out.casualties = { killed: esc.killed, injured: esc.injured, perpetratorsKilled: esc.perpetratorsKilled };
    out.weapons = esc.weapons;
    out.targets = esc.targets;
    out.language = lang.language;
    out.languageSupported = lang.supported;
    out.engine = ENGINE_NAME;
    return out;
  }
}

/** Whether the capital hint can change this event's level: below 5, a violent type other than a riot, a weapon named. */
function mayLiftForCapital(esc: EscalationResult): boolean {
  return esc.level < 5 && VIOLENT.has(esc.eventType) && esc.eventType !== 'Riots' && esc.weapons.length > 0;
}

function countTitleSentences(sentences: readonly { start: number }[], titleLength: number): number {
  let n = 0;
  while (n < sentences.length && sentences[n].start < titleLength) n++;
  return n;
}

/** The city a place names: a town its own, a city's district (Kibera) its city's, anything else none. */
function cityOf(place: Place): string | null {
  return place.kind === 'city' ? place.name : place.city ?? null;
}
