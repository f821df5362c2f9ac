import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SitrepConfig } from '@sitrep/config';
import { articleIdFromUrl, Incident, Topics } from '@sitrep/contracts';
import { registry } from '@sitrep/observability';
import { testConfig, TopicProbe, waitFor } from '@sitrep/testing';
import { RunningSitrep, startSitrep } from '../../apps/sitrep/src/sitrep.runner';

/**
 * Quiet on ordinary news (issue 15), end to end: real general news (the NEWS-GENERAL dev file in
 * ../shared/data: HuffPost and BBC items from sections that never report conflict events) is
 * served as an RSS feed by a real HTTP server, the running pipeline polls it, and none of the
 * items opens an incident or sends an alert to a rule that takes every level ≥ 2 event anywhere;
 * two conflict reports in the same feed still open their incidents and alert.
 */
interface NewsRecord { id: string; source: string; category: string; title: string; text: string; conflict: boolean | null }

const DATA_DIR = process.env.SITREP_DATA_DIR ? resolve(process.env.SITREP_DATA_DIR) : resolve(__dirname, '../../../shared/data');
const NEWS_FILE = resolve(DATA_DIR, 'events/news-general-dev.jsonl');
/** Items per (source, section), in file order: every section is represented, none dominates. */
const PER_SECTION = 3;

function generalNews(): NewsRecord[] {
  if (!existsSync(NEWS_FILE)) throw new Error(`${NEWS_FILE} not found: set SITREP_DATA_DIR to the labeled data (../shared/data)`);
  const taken = new Map<string, number>();
  const out: NewsRecord[] = [];
  for (const line of readFileSync(NEWS_FILE, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as NewsRecord;
    if (r.conflict !== false) continue;
    const section = `${r.source}/${r.category}`;
    const n = taken.get(section) ?? 0;
    if (n >= PER_SECTION) continue;
    taken.set(section, n + 1);
    out.push(r);
  }
  return out;
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Conflict reports written for this test (not from any scored set). */
const CONFLICT = [
  {
    title: 'Drone strike kills four soldiers at army post near Kramatorsk',
    text: 'A Russian drone struck an army checkpoint outside Kramatorsk in Ukraine\'s Donetsk region on Monday, killing four soldiers and wounding seven, regional officials said.',
  },
  {
    title: 'Gunmen attack village in Borno, killing 12',
    text: 'Suspected Boko Haram gunmen stormed a village in Borno state, north-east Nigeria, overnight, shooting dead 12 farmers and burning homes, residents and police said on Sunday.',
  },
];

describe('quiet on ordinary news (e2e)', () => {
  let config: SitrepConfig;
  let sitrep: RunningSitrep;
  let server: Server;
  let classified: TopicProbe;
  let ruleMade = false;
  const auth = { authorization: 'Bearer test-admin-key', 'content-type': 'application/json' };
  const news = generalNews();
  const link = (id: string) => `https://news.example/item/${encodeURIComponent(id)}`;
  const conflictLink = (n: number) => `https://wire.example/conflict/${n}`;
  const newsIds = new Set(news.map((r) => articleIdFromUrl(link(r.id))));
  const conflictIds = CONFLICT.map((_, n) => articleIdFromUrl(conflictLink(n)));

  const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>General News</title>
${news.map((r) => `<item><title>${xml(r.title)}</title><link>${xml(link(r.id))}</link><pubDate>Mon, 30 Nov 2026 09:00:00 GMT</pubDate><description>${xml(r.text)}</description></item>`).join('\n')}
${CONFLICT.map((c, n) => `<item><title>${xml(c.title)}</title><link>${conflictLink(n)}</link><pubDate>Mon, 30 Nov 2026 10:00:00 GMT</pubDate><description>${xml(c.text)}</description></item>`).join('\n')}
</channel></rss>`;

  const EMPTY_FEED = '<?xml version="1.0"?><rss version="2.0"><channel><title>General News</title></channel></rss>';

  /** Messages of articles.classified the correlator finished (from the metrics registry). */
  const correlated = async () => {
    const m = await registry.getSingleMetric('sitrep_stage_processed_total')!.get();
    return m.values.filter((v) => v.labels.stage === 'correlator').reduce((a, v) => a + v.value, 0);
  };

  beforeAll(async () => {
    // The feed lists nothing until the rule exists, so no item can pass the notifier before it.
    server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(ruleMade ? feed : EMPTY_FEED);
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const feedUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/news.xml`;
    config = { ...(await testConfig()), feeds: { urls: [feedUrl], intervalSeconds: 1 } };
    sitrep = await startSitrep(config);
    await waitFor(async () => (await fetch(`${sitrep.url}/health/ready`)).status === 200, { what: 'ready', timeoutMs: 60_000 });
    classified = await new TopicProbe(config, Topics.articlesClassified).start();
    const rule = await fetch(`${sitrep.url}/v1/rules`, {
      method: 'POST', headers: auth,
      body: JSON.stringify({ name: 'every event, anywhere', minLevel: 2, channels: { email: ['watch@example.org'] } }),
    });
    expect(rule.status).toBe(201);
    ruleMade = true;
  });

  afterAll(async () => {
    await sitrep?.close();
    await classified?.stop();
    await new Promise((done) => server?.close(done));
  });

  it('opens no incident and sends no alert for general news, while conflict reports still alert', async () => {
    expect(news.length).toBeGreaterThanOrEqual(60);
    const total = news.length + CONFLICT.length;
    const classifiedIds = () => new Set(classified.messages.map((m) => (JSON.parse(m.value) as { article: { id: string } }).article.id));
    await waitFor(() => classifiedIds().size >= total, { what: `${total} classified articles`, timeoutMs: 120_000 });
    await waitFor(async () => (await correlated()) >= total, { what: 'the correlator to finish them', timeoutMs: 60_000 });

    // The classifier's own verdict on every general-news item.
    const loud = classified.messages
      .map((m) => JSON.parse(m.value) as { article: { id: string; title: string }; classification: { level: number; eventType: string } })
      .filter((e) => newsIds.has(e.article.id) && (e.classification.level >= 3 || e.classification.eventType !== 'Not a conflict event'))
      .map((e) => `${e.article.title} → ${e.classification.eventType}, level ${e.classification.level}`);
    expect(loud).toEqual([]);

    const incidents = await waitFor(async () => {
      const items = ((await (await fetch(`${sitrep.url}/v1/incidents?limit=200`)).json()) as { items: Incident[] }).items;
      return conflictIds.every((id) => items.some((i) => i.reports.some((r) => r.articleId === id))) ? items : null;
    }, { what: 'the two conflict incidents', timeoutMs: 60_000 });
    const fromNews = incidents.filter((i) => i.reports.some((r) => newsIds.has(r.articleId)));
    expect(fromNews.map((i) => i.reports[0].title)).toEqual([]);

    const mails = await waitFor(async () => {
      const items = ((await (await fetch(`${sitrep.url}/v1/dev/mailbox`)).json()) as { items: { subject: string }[] }).items;
      return items.length >= CONFLICT.length ? items : null;
    }, { what: 'the conflict alerts', timeoutMs: 60_000 });
    // One alert per conflict incident, none for the news items.
    expect(mails.map((m) => m.subject).sort()).toHaveLength(CONFLICT.length);
    expect(mails.some((m) => /Kramatorsk|Donetsk/.test(m.subject))).toBe(true);
    expect(mails.some((m) => /Borno/.test(m.subject))).toBe(true);
  });
});
