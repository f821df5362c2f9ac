import { createHash } from 'node:crypto';
import { ArticleGenerator, BenchArticle, GeneratedArticle } from './article-generator';
import { PopulationWeightedPlaces } from './gazetteer-places';
import { GeneralNews, loadGeneralNews } from './general-news';
import { SeededRandom } from './random';

/** The realistic stream's mix (docs/benchmarks.md states it). */
export interface NewsMix {
  /** Share of articles that report a conflict event; the rest is general news. */
  eventShare: number;
  /** Average reports per incident (other outlets' reports of the same event). */
  reportsPerIncident: number;
  /** Share of event articles resent exactly (a feed polled twice, a producer retry). */
  resendShare: number;
}

export const REALISTIC_MIX: NewsMix = { eventShare: 0.1, reportsPerIncident: 3, resendShare: 0.02 };

/** Anything that yields the bench's articles: the realistic stream or the stress generator. */
export interface ArticleStream {
  next(now?: number): GeneratedArticle;
}

let places: PopulationWeightedPlaces | null = null;
let news: GeneralNews | null = null;

/**
 * A stream shaped like real news: most articles are general news that reports no event (real
 * texts, sport, business, culture, politics…, labelled `conflict: false`); the events among
 * them happen in places drawn from the whole gazetteer by population, a few reports each.
 * A general-news article is a real headline and its text as the lead, followed by sentences drawn
 * from the whole corpus up to 1-5 KB, the length of a full article. Drawn one by one (~19,000 to
 * draw from), they make every body different, and two bodies share about as little text as two
 * unrelated real articles do; whole texts appended would make articles of one category
 * near-duplicates of one another, which real news is not.
 */
export class NewsStreamGenerator implements ArticleStream {
  private readonly r: SeededRandom;
  private readonly events: ArticleGenerator;
  private readonly news: GeneralNews;
  private seq = 0;

  constructor(seed = 11, private readonly runId = 'bench', readonly mix: NewsMix = REALISTIC_MIX) {
    this.r = new SeededRandom(seed);
    places ??= new PopulationWeightedPlaces();
    news ??= loadGeneralNews();
    const where = places;
    this.events = new ArticleGenerator(seed + 1, runId, 1 - 1 / mix.reportsPerIncident, mix.resendShare, undefined, (r) => where.pick(r));
    this.news = news;
  }

  next(now = Date.now()): GeneratedArticle {
    if (this.r.chance(this.mix.eventShare)) return this.events.next(now);
    this.seq++;
    const article = this.generalNews(now);
    return { article, intendedLevel: 1, kind: 'news', eventKey: `${this.runId}-n${this.seq}` };
  }

  private generalNews(now: number): BenchArticle {
    const r = this.r;
    const lead = r.pick(this.news.texts);
    const target = r.int(1000, 5000);
    const parts = [lead.text];
    // At least two more sentences, so that no two bodies are the same even when a long lead fills 1 KB.
    for (let size = lead.text.length; size < target || parts.length < 3; ) {
      const more = r.pick(this.news.sentences);
      parts.push(more);
      size += more.length + 1;
    }
    const slug = createHash('sha1').update(`${this.runId}:n${this.seq}`).digest('hex').slice(0, 16);
    const source = lead.source;
    return {
      id: `${this.runId}-${slug}`,
      source,
      url: `https://news.example/${slugify(source)}/${slugify(lead.category)}/${slug}`,
      title: lead.title,
      body: parts.join(' '),
      publishedAt: new Date(now - r.int(0, 3_600_000)).toISOString(),
      language: 'en',
    };
  }
}

/** `STYLE & BEAUTY` → `style-beauty`: a category as a URL path segment. */
function slugify(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
