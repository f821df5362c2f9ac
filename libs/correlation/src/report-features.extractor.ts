import type { ArticleClassifiedEvent, CorrelationFeatures } from '@sitrep/contracts';
import { canonicalUrl } from '@sitrep/contracts';
import type { PlaceKey, ReportFeatures, WeightedTerms } from './correlation.types';
import { isCommonName } from './common-names';
import { extractEventFacts } from './event-facts.extractor';
import { MinHashSigner } from './minhash.signer';
import { digest, nameTerms, normalizeText } from './text-normalizer';
import { Vocabulary, type WordEntry } from './vocabulary';

/** How many terms and names of a report are kept: enough to score, small enough to store. */
export const MAX_REPORT_TERMS = 60;
export const MAX_REPORT_NAMES = 20;
/** Names that become index keys: the most frequent few. */
export const NAME_BLOCKS = 4;
/**
 * Version of `textFeatures`: bump it when they change, so that a correlator never mixes features
 * a classifier of another version computed (it then reads the text itself).
 */
export const TEXT_FEATURES_VERSION = 1;
/** Below this many normalised characters a body is too generic to call two texts the same. */
const MIN_TEXT_FOR_HASH = 40;

function fold(value: string | null | undefined): string | null {
  const norm = value ? normalizeText(value) : '';
  return norm || null;
}

/**
 * The `limit` most counted keys, ties in the order of `keys` (first occurrence), weighed and
 * labelled. Bucketed by count (counts are small), not sorted: this runs for every report.
 */
function topByCount<K>(keys: readonly K[], countOf: (key: K) => number, label: (key: K) => string, limit: number, weigh: (count: number) => number): WeightedTerms {
  let max = 0;
  for (const k of keys) max = Math.max(max, countOf(k));
  const buckets: K[][] = Array.from({ length: max + 1 }, () => []);
  for (const k of keys) buckets[countOf(k)].push(k);
  const out: WeightedTerms = { keys: [], weights: [] };
  for (let n = max; n > 0 && out.keys.length < limit; n--) {
    const weight = weigh(n);
    for (const k of buckets[n]) {
      out.keys.push(label(k));
      out.weights.push(weight);
      if (out.keys.length >= limit) break;
    }
  }
  return out;
}

/** The `limit` most frequent tokens, ties in order of first occurrence, weighed. */
function topCounts(tokens: readonly string[], limit: number, weigh: (count: number) => number): WeightedTerms {
  const counts = new Map<string, number>();
  for (const t of tokens) counts.set(t, (counts.get(t) ?? 0) + 1);
  // Map order is first occurrence.
  return topByCount([...counts.keys()], (t) => counts.get(t) ?? 0, (t) => t, limit, weigh);
}

/**
 * Counts of term ids for one report at a time (zero between reports), and the ids in order of
 * first occurrence: counting in arrays instead of a string-keyed Map.
 */
class TermCounter {
  private counts = new Int32Array(1024);
  private readonly order: number[] = [];
  private readonly termOfId: string[] = [];

  add(e: WordEntry, by: number): void {
    const id = e.termId;
    if (id < 0) return;
    if (id >= this.counts.length) {
      let size = this.counts.length;
      while (size <= id) size *= 2;
      const grown = new Int32Array(size);
      grown.set(this.counts);
      this.counts = grown;
    }
    if (this.counts[id] === 0) {
      this.order.push(id);
      this.termOfId[id] = e.term;
    }
    this.counts[id] += by;
  }

  /**
   * The `limit` most counted terms, ties in order of first occurrence, weighed; and the counts
   * zeroed for the next report.
   */
  top(limit: number, weigh: (count: number) => number): WeightedTerms {
    const out = topByCount(this.order, (id) => this.counts[id], (id) => this.termOfId[id], limit, weigh);
    for (const id of this.order) this.counts[id] = 0;
    this.order.length = 0;
    return out;
  }
}

function joinWords(entries: readonly WordEntry[]): string {
  const words = new Array<string>(entries.length);
  for (let i = 0; i < entries.length; i++) words[i] = entries[i].word;
  return words.join(' ');
}

export class ReportFeaturesExtractor {
  private readonly vocabulary = new Vocabulary();
  private readonly counter = new TermCounter();

  constructor(private readonly signer = new MinHashSigner()) {}

  /**
   * The features that need the text: what the classifier computes where it reads the article and
   * sends in `ArticleClassifiedEvent.correlation`, so that the body stops there (issue 17).
   */
  textFeatures(title: string, body: string): CorrelationFeatures {
    const titleWords = this.vocabulary.words(title);
    const bodyWords = this.vocabulary.words(body);
    const allWords = bodyWords.length ? titleWords.concat(bodyWords) : titleWords;
    // The normalised body is its words joined by single spaces (normalizeText's output). Wire
    // copies keep the body and change the headline: hash the body when it is substantial.
    const normBody = joinWords(bodyWords);
    const hashed = normBody.length >= MIN_TEXT_FOR_HASH ? normBody : joinWords(allWords);
    // The report's content terms: a headline word counts twice (the headline states the event,
    // the body also recalls background); ties in order of first occurrence.
    for (let i = 0; i < allWords.length; i++) this.counter.add(allWords[i], i < titleWords.length ? 2 : 1);
    // Rounded to 3 decimals: they travel in every classified event (1 + ln 2 printed in full is
    // 18 characters), and profiles keep one decimal anyway.
    const terms = this.counter.top(MAX_REPORT_TERMS, (n) => Math.round((1 + Math.log(n)) * 1000) / 1000);
    const hashes = new Uint32Array(allWords.length);
    for (let i = 0; i < allWords.length; i++) hashes[i] = allWords[i].hash;
    // Names line by line, so those of the headline then those of the body (no joined copy).
    const names = topCounts(nameTerms(title).concat(nameTerms(body)), MAX_REPORT_NAMES, (n) => n);
    const facts = extractEventFacts(`${title}\n${body}`);
    return {
      v: TEXT_FEATURES_VERSION,
      textKey: hashed.length ? digest(`text:${hashed}`) : null,
      bands: this.signer.bands(this.signer.signatureOfHashes(hashes)),
      terms,
      names,
      dates: facts.dates,
      eventDate: facts.eventDate,
      year: facts.year,
    };
  }

  /** A report's features: the text's from the classifier when it sent them (same version), else read here. */
  extract(event: ArticleClassifiedEvent): ReportFeatures {
    const { article, classification: c } = event;
    const sent = event.correlation;
    const text = sent && sent.v === TEXT_FEATURES_VERSION ? sent : this.textFeatures(article.title, article.body);
    const url = canonicalUrl(article.url);
    const place: PlaceKey = {
      country: c.primary?.country ? c.primary.country.toUpperCase() : null,
      admin1: fold(c.primary?.admin1),
      city: fold(c.primary?.city),
    };
    const time = Date.parse(article.publishedAt);
    return {
      articleId: article.id,
      eventTag: digest(event.eventId).slice(0, 6),
      idKey: digest(`id:${article.id}`),
      urlKey: url ? digest(`url:${url}`) : null,
      textKey: text.textKey ?? null,
      bands: text.bands,
      time: Number.isFinite(time) ? time : Date.now(),
      place,
      countries: (c.countries ?? []).map((x) => x.toUpperCase()),
      eventType: c.eventType,
      actors: [...new Set((c.actors ?? []).map((a) => fold(a)).filter((a): a is string => !!a))],
      terms: text.terms,
      names: text.names,
      blocks: ReportFeaturesExtractor.blocks(place, text.names),
      dates: text.dates,
      eventDate: text.eventDate ?? null,
      year: text.year ?? null,
      killed: c.casualties?.killed ?? 0,
      injured: c.casualties?.injured ?? 0,
    };
  }

  /**
   * Index keys: the place at its finest known level, and the report's main names other than
   * country names and generic place words (`isCommonName`): those are shared by a large share of
   * all news, so as keys they made unrelated incidents candidates of each other and their opens
   * conflict. A report without a known place still uses them for slots no specific name fills.
   */
  static blocks(place: PlaceKey, names: WeightedTerms): string[] {
    const out: string[] = [];
    if (place.country && place.city) out.push(`c:${place.country}:${place.city}`);
    if (place.country && place.admin1) out.push(`a:${place.country}:${place.admin1}`);
    const all = names.keys;
    const specific = all.filter((name) => !isCommonName(name));
    // Without a known place, common names fill the free slots: they are then the only hint of where.
    const chosen = out.length ? specific : [...specific, ...all.filter(isCommonName)];
    for (const name of chosen.slice(0, NAME_BLOCKS)) out.push(`n:${name}`);
    return out;
  }
}
