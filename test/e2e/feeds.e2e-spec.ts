import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { SitrepConfig } from '@sitrep/config';
import { articleIdFromUrl, Topics } from '@sitrep/contracts';
import { testConfig, TopicProbe, waitFor } from '@sitrep/testing';
import { RunningSitrep, startSitrep } from '../../apps/sitrep/src/sitrep.runner';

/**
 * RSS/Atom ingest: a real HTTP server serves a feed, the ingest app polls it, each new item
 * reaches articles.raw once (however many polls list it), an item without a link reaches
 * articles.dlq once with the reason, and the articles become incidents.
 */
describe('feeds (e2e)', () => {
  let config: SitrepConfig;
  let sitrep: RunningSitrep;
  let server: Server;
  let raw: TopicProbe;
  let dlq: TopicProbe;
  let requests = 0;
  let conditional = 0;

  const link = (n: number) => `https://wire.example/world/${n}?utm_source=rss`;
  const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Test Wire</title>
    <item><title>Rockets hit Ain al-Asad airbase in Iraq's Anbar province</title><link>${link(1)}</link>
      <pubDate>Tue, 24 Nov 2026 10:00:00 GMT</pubDate>
      <description><![CDATA[<p>Two Katyusha rockets struck the <b>Ain al-Asad</b> airbase in western Iraq's Anbar province on Tuesday, officials said. No casualties were reported.</p><script>alert(1)</script>]]></description></item>
    <item><title>Protesters gather outside parliament in Nairobi, Kenya</title><link>${link(2)}</link>
      <pubDate>Tue, 24 Nov 2026 11:00:00 GMT</pubDate>
      <description>Several hundred protesters gathered outside parliament in Nairobi to oppose a finance bill. Police watched; no arrests were reported.</description></item>
    <item><title>An item without a link</title><description>It cannot become an article.</description></item>
  </channel></rss>`;

  beforeAll(async () => {
    server = createServer((req, res) => {
      requests++;
      // Every other conditional request gets the whole feed again: both the ETag and the
      // poller's memory of sent items must keep an item from being sent twice.
      if (req.headers['if-none-match'] === '"v1"' && requests % 2 === 0) {
        conditional++;
        res.writeHead(304).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"' }).end(feed);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const feedUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/world.xml`;
    config = { ...(await testConfig()), feeds: { urls: [feedUrl], intervalSeconds: 1 } };
    sitrep = await startSitrep(config);
    // From the beginning of the topics (which the app creates): nothing sent before is missed.
    raw = await new TopicProbe(config, Topics.articlesRaw).start();
    dlq = await new TopicProbe(config, Topics.articlesDlq).start();
  });

  afterAll(async () => {
    await sitrep?.close();
    await raw?.stop();
    await dlq?.stop();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('sends each item once, the unlinked one to the DLQ with the reason, and polls with the ETag', async () => {
    const ids = [articleIdFromUrl(link(1)), articleIdFromUrl(link(2))];
    const rawIds = () => raw.messages.map((m) => (JSON.parse(m.value) as { article: { id: string } }).article.id);
    await waitFor(() => ids.every((id) => rawIds().includes(id)), { timeoutMs: 30_000 });
    await waitFor(() => dlq.messages.some((m) => m.value.includes('An item without a link')), { timeoutMs: 30_000 });
    // Several more polls: nothing is sent again.
    const after = requests;
    await waitFor(() => requests >= after + 3, { timeoutMs: 15_000 });
    await new Promise((r) => setTimeout(r, 1500));

    expect(rawIds().filter((id) => ids.includes(id)).sort()).toEqual([...ids].sort());
    const rejected = dlq.messages.filter((m) => m.value.includes('An item without a link'));
    expect(rejected).toHaveLength(1);
    expect(rejected[0].headers['x-original-topic']).toMatch(/^feed:http/);
    expect(rejected[0].headers['x-error-message']).toMatch(/url/);
    expect(conditional).toBeGreaterThanOrEqual(1);
    const article = (JSON.parse(raw.messages.find((m) => m.value.includes(ids[0]))!.value) as { article: { source: string; body: string } }).article;
    expect(article.source).toBe('Test Wire');
    expect(article.body).not.toMatch(/<|alert\(1\)/);
  });

  it('turns the feed items into incidents', async () => {
    const res = await waitFor(async () => {
      const r = (await (await fetch(`${sitrep.url}/v1/incidents?country=IQ`)).json()) as { items: { reports: { articleId: string }[] }[] };
      return r.items.find((i) => i.reports.some((x) => x.articleId === articleIdFromUrl(link(1))));
    }, { timeoutMs: 30_000 });
    expect(res).toBeTruthy();
  });
});
