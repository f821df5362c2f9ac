import type { ArticleClassifiedEvent } from '@sitrep/contracts';
import { canonicalUrl } from '@sitrep/contracts';
import type { PlaceKey, ReportFeatures } from './correlation.types';
import { MinHashSigner } from './minhash.signer';
import { digest, nameTerms, normalizeText, termsOfWords } from './text-normalizer';

/** How many terms and names of a report are kept: enough to score, small enough to store. */
export const MAX_REPORT_TERMS = 60;
export const MAX_REPORT_NAMES = 20;
/** Names that become index keys: the most frequent few. */
export const NAME_BLOCKS = 4;
/** Below this many normalised characters a body is too generic to call two texts the same. */
const MIN_TEXT_FOR_HASH = 40;

function fold(value: string | null | undefined): string | null {
  const norm = value ? normalizeText(value) : '';
  return norm || null;
}

function topCounts(tokens: string[], limit: number, weigh: (count: number) => number): Record<string, number> {
  const counts = new Map<string, { n: number; first: number }>();
  tokens.forEach((t, i) => {
    const c = counts.get(t);
    if (c) c.n++;
    else counts.set(t, { n: 1, first: i });
  });
  const sorted = [...counts.entries()].sort((a, b) => b[1].n - a[1].n || a[1].first - b[1].first);
  const out: Record<string, number> = {};
  for (const [term, c] of sorted.slice(0, limit)) out[term] = weigh(c.n);
  return out;
}

export class ReportFeaturesExtractor {
  constructor(private readonly signer = new MinHashSigner()) {}

  extract(event: ArticleClassifiedEvent): ReportFeatures {
    const { article, classification: c } = event;
    const text = `${article.title}\n${article.body}`;
    const normTitle = normalizeText(article.title);
    const normBody = normalizeText(article.body);
    const titleWords = normTitle ? normTitle.split(' ') : [];
    const allWords = normBody ? [...titleWords, ...normBody.split(' ')] : titleWords;
    // Wire copies keep the body and change the headline: hash the body when it is substantial.
    const hashed = normBody.length >= MIN_TEXT_FOR_HASH ? normBody : allWords.join(' ');
    const url = canonicalUrl(article.url);
    const place: PlaceKey = {
      country: c.primary?.country ? c.primary.country.toUpperCase() : null,
      admin1: fold(c.primary?.admin1),
      city: fold(c.primary?.city),
    };
    const names = topCounts(nameTerms(text), MAX_REPORT_NAMES, (n) => n);
    // The headline counts twice: it states the event, the body also recalls background.
    const terms = topCounts([...termsOfWords(titleWords), ...termsOfWords(allWords)], MAX_REPORT_TERMS, (n) => 1 + Math.log(n));
    const time = Date.parse(article.publishedAt);
    return {
      articleId: article.id,
      eventTag: digest(event.eventId).slice(0, 6),
      idKey: digest(`id:${article.id}`),
      urlKey: url ? digest(`url:${url}`) : null,
      textKey: hashed.length ? digest(`text:${hashed}`) : null,
      bands: this.signer.bands(this.signer.signatureOfWords(allWords)),
      time: Number.isFinite(time) ? time : Date.now(),
      place,
      countries: (c.countries ?? []).map((x) => x.toUpperCase()),
      eventType: c.eventType,
      actors: [...new Set((c.actors ?? []).map((a) => fold(a)).filter((a): a is string => !!a))],
      terms,
      names,
      blocks: ReportFeaturesExtractor.blocks(place, names),
    };
  }

  /** Index keys: the place at its finest known level, and the report's main names. */
  static blocks(place: PlaceKey, names: Record<string, number>): string[] {
    const out: string[] = [];
    if (place.country && place.city) out.push(`c:${place.country}:${place.city}`);
    if (place.country && place.admin1) out.push(`a:${place.country}:${place.admin1}`);
    for (const name of Object.keys(names).slice(0, NAME_BLOCKS)) out.push(`n:${name}`);
    return out;
  }
}
