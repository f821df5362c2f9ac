import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { SITREP_CONFIG, SitrepConfig } from '@sitrep/config';
import { ArticleIntakeService } from '../article-intake.service';
import { feedArticles } from './feed-items';

/** A feed larger than this is refused (a feed is a list of recent items, not an archive). */
const MAX_FEED_BYTES = 10 * 1024 * 1024;
const FETCH_TIMEOUT_MS = 15_000;
/** Items remembered per feed, so an item is sent once however many polls still list it. */
const REMEMBERED_LINKS = 5_000;

interface FeedState {
  url: string;
  etag: string | null;
  lastModified: string | null;
  /** Items already sent (see itemKey), oldest first (a Set keeps insertion order). */
  sent: Set<string>;
}

/**
 * Polls the RSS/Atom feeds of SITREP_FEEDS every SITREP_FEED_INTERVAL_SECONDS and sends their new
 * items through the same intake as `POST /v1/articles` (validation, ids from the canonical URL,
 * articles.raw, invalid items to articles.dlq with the reason). Conditional GETs (ETag,
 * Last-Modified); items already sent are skipped. After a restart the first poll sends a feed's
 * items again: they keep their ids, and the correlator drops them as duplicates (`same_id`).
 * Feed URLs come from the operator's configuration, so private addresses are allowed here.
 */
/**
 * An item's link; for an item without one (refused by intake), its title and text, so it is
 * refused once (not its date: an undated item is stamped with the time of each poll).
 */
function itemKey(item: Record<string, unknown>): string {
  return typeof item.url === 'string' ? item.url : `item:${JSON.stringify([item.title, item.body])}`;
}

@Injectable()
export class FeedPollerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger(FeedPollerService.name);
  private readonly feeds: FeedState[];
  private timer: NodeJS.Timeout | null = null;
  private polling: Promise<void> | null = null;

  constructor(@Inject(SITREP_CONFIG) private readonly config: SitrepConfig, private readonly intake: ArticleIntakeService) {
    this.feeds = config.feeds.urls.map((url) => ({ url, etag: null, lastModified: null, sent: new Set<string>() }));
  }

  onApplicationBootstrap(): void {
    if (!this.feeds.length) return;
    this.log.log({ msg: 'polling feeds', feeds: this.feeds.map((f) => f.url), intervalSeconds: this.config.feeds.intervalSeconds });
    const tick = () => {
      // One round at a time: a slow feed delays the next round instead of piling up requests.
      if (!this.polling) this.polling = this.pollAll().finally(() => (this.polling = null));
    };
    tick();
    this.timer = setInterval(tick, this.config.feeds.intervalSeconds * 1000);
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.polling;
  }

  /** One round over every feed; a failing feed is logged and does not stop the others. */
  async pollAll(): Promise<void> {
    await Promise.all(this.feeds.map((feed) => this.poll(feed).catch((error: unknown) => this.log.warn({ msg: 'feed poll failed', feed: feed.url, error: String(error) }))));
  }

  private async poll(feed: FeedState): Promise<void> {
    const headers: Record<string, string> = { accept: 'application/rss+xml, application/atom+xml, application/xml, text/xml;q=0.9, */*;q=0.5' };
    if (feed.etag) headers['if-none-match'] = feed.etag;
    if (feed.lastModified) headers['if-modified-since'] = feed.lastModified;
    const res = await fetch(feed.url, { headers, signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), redirect: 'follow' });
    if (res.status === 304) return;
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    if (Number(res.headers.get('content-length') ?? 0) > MAX_FEED_BYTES) throw new Error(`larger than ${MAX_FEED_BYTES} bytes`);
    const xml = await res.text();
    if (xml.length > MAX_FEED_BYTES) throw new Error(`larger than ${MAX_FEED_BYTES} bytes`);
    const { items } = await feedArticles(xml, feed.url, new Date().toISOString());
    const fresh = items.filter((item) => !feed.sent.has(itemKey(item)));
    if (fresh.length) {
      const result = await this.intake.intake(fresh.map((value) => ({ ok: true as const, value })), `feed:${feed.url}`);
      this.log.log({ msg: 'feed items', feed: feed.url, accepted: result.accepted.length, rejected: result.rejected.length });
      for (const item of fresh) this.remember(feed, itemKey(item));
    }
    // Validators only once the items are sent: a failed send is tried again next round.
    feed.etag = res.headers.get('etag');
    feed.lastModified = res.headers.get('last-modified');
  }

  private remember(feed: FeedState, key: string): void {
    feed.sent.add(key);
    if (feed.sent.size > REMEMBERED_LINKS) feed.sent.delete(feed.sent.values().next().value as string);
  }
}
