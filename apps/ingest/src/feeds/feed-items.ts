import { convert } from 'html-to-text';
import Parser from 'rss-parser';

/** The fields of a feed item that make an article; anything missing is left for intake to refuse. */
type FeedItem = Parser.Item & { 'content:encoded'?: string; summary?: string; id?: string };

const parser = new Parser<Record<string, unknown>, FeedItem>({
  customFields: { item: ['content:encoded', 'summary', 'id'] },
});

/** Feed text may be HTML (and is never trusted): plain text, no links or images, no scripts. */
function plainText(html: string | undefined): string | undefined {
  if (!html) return undefined;
  const text = convert(html, {
    wordwrap: false,
    selectors: [
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'img', format: 'skip' },
      { selector: 'script', format: 'skip' },
      { selector: 'style', format: 'skip' },
    ],
  }).trim();
  return text || undefined;
}

function absolute(link: string | undefined, feedUrl: string): string | undefined {
  if (!link) return undefined;
  try {
    return new URL(link.trim(), feedUrl).toString();
  } catch {
    return link;
  }
}

/**
 * The articles of an RSS 2.0, RSS 1.0 or Atom document (rss-parser), as `POST /v1/articles`
 * bodies: url from the item's link (relative links resolved against the feed), title and body as
 * plain text, publishedAt from the item's date, else `fetchedAt`. The article id is left to intake
 * (derived from the canonical URL), so an item read twice gets the same id. Items without a link
 * or a title come out as they are, and intake sends them to articles.dlq with the reason.
 */
export async function feedArticles(xml: string, feedUrl: string, fetchedAt: string): Promise<{ feedTitle: string; items: Record<string, unknown>[] }> {
  const feed = await parser.parseString(xml);
  const source = feed.title?.trim() || new URL(feedUrl).hostname;
  const items = (feed.items ?? []).map((item) => {
    const title = plainText(item.title);
    const body = plainText(item['content:encoded'] ?? item.content ?? item.summary) ?? item.contentSnippet?.trim() ?? title;
    return {
      source,
      url: absolute(item.link ?? (item.guid?.startsWith('http') ? item.guid : undefined), feedUrl),
      title,
      body,
      publishedAt: item.isoDate ?? fetchedAt,
    };
  });
  return { feedTitle: source, items };
}
