import Redis from 'ioredis';
import { SitrepConfig } from '@sitrep/config';
import { Incident } from '@sitrep/contracts';
import { REPORT_A, REPORT_B, REPORT_OTHER_ATTACK_SAME_BASE, testConfig, waitFor, withBrowserPage } from '@sitrep/testing';
import { dropTestSchema, testDatabaseUrl } from '../../libs/archive/test-support/test-database';
import { RunningSitrep, startSitrep } from '../../apps/sitrep/src/sitrep.runner';

/**
 * History end to end on the real broker, Redis and PostgreSQL: an incident is found by full text
 * after its Redis state is gone and every stage restarted, pages carry a cursor, the export opens
 * as CSV and as GeoJSON, and bad queries are refused naming the field.
 */
describe('archive (e2e)', () => {
  let config: SitrepConfig;
  let schema: string;
  let sitrep: RunningSitrep | undefined;
  let base: string;

  type Page = { items: Incident[]; nextCursor: string | null };
  const get = async (path: string) => fetch(`${base}${path}`);
  const page = async (query: string): Promise<Page> => (await (await get(`/v1/incidents${query}`)).json()) as Page;
  const start = async () => {
    sitrep = await startSitrep(config);
    base = sitrep.url;
  };

  beforeAll(async () => {
    const db = testDatabaseUrl();
    schema = db.schema;
    config = await testConfig({ DATABASE_URL: db.url });
    await start();
    await waitFor(async () => (await fetch(`${base}/health/ready`)).status === 200, { what: 'ready', timeoutMs: 60_000 });
  });

  afterAll(async () => {
    await sitrep?.close();
    if (schema) await dropTestSchema(schema);
  });

  it('finds an incident by full text after Redis lost it and everything restarted', async () => {
    const post = (body: unknown) => fetch(`${base}/v1/articles`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect((await post(REPORT_A)).status).toBe(202);
    expect((await post(REPORT_B)).status).toBe(202);
    const found = await waitFor(async () => {
      const p = await page('?q=%22Ain%20al-Asad%22&country=IQ');
      return p.items.length === 1 && p.items[0].reports.length === 2 ? p.items[0] : null;
    }, { what: 'the merged incident in the archive', timeoutMs: 60_000 });

    await sitrep!.close();
    sitrep = undefined;
    const redis = new Redis(config.redis.url);
    const keys = await redis.keys(`${config.redis.prefix}*`);
    if (keys.length) await redis.del(...keys);
    expect(await redis.keys(`${config.redis.prefix}correlator:*`)).toEqual([]);
    await redis.quit();
    // (No /health/ready here: the first run's readiness check stays registered in this process.)
    await start();

    const again = await waitFor(async () => {
      const r = await get(`/v1/incidents?q=rockets%20American&admin1=${encodeURIComponent(found.primary.admin1 ?? 'Al Anbar')}&eventType=${encodeURIComponent(found.eventType)}&from=2026-11-01&to=2030-01-01`);
      return r.status === 200 ? ((await r.json()) as Page) : null;
    }, { what: 'the restarted api' });
    expect(again.items.map((i) => i.id)).toEqual([found.id]);
    expect(again.nextCursor).toBeNull();
    expect((await page('?q=rockets%20American&from=2026-11-24')).items).toEqual([]);
    const one = await get(`/v1/incidents/${encodeURIComponent(found.id)}`);
    expect(one.status).toBe(200);
    expect(((await one.json()) as Incident).reports).toHaveLength(2);

    // The export, as CSV and as GeoJSON.
    const csv = await get('/v1/incidents/export?format=csv&q=Ain%20al-Asad');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = (await csv.text()).trim().split('\r\n');
    expect(lines[0].split(',').slice(0, 3)).toEqual(['id', 'level', 'eventType']);
    expect(lines).toHaveLength(2);
    // An id that starts with '-' is written as '-… so that a spreadsheet does not read a formula.
    const idCell = found.id.startsWith('-') ? `'${found.id}` : found.id;
    expect({ row: lines[1].split(',').slice(0, 2) }).toEqual({ row: [idCell, String(found.level)] });
    const geo = await get('/v1/incidents/export?format=geojson&country=IQ');
    expect(geo.headers.get('content-type')).toMatch(/geo\+json/);
    const fc = (await geo.json()) as { type: string; features: { id: string; geometry: { type: string; coordinates: number[] } | null }[] };
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.map((f) => f.id)).toEqual([found.id]);
    if (found.primary.lat !== null) expect(fc.features[0].geometry).toEqual({ type: 'Point', coordinates: [found.primary.lon, found.primary.lat] });

    // Trends count it on the day of its first report.
    const trends = (await (await get('/v1/trends?country=IQ&from=2026-11-20&to=2026-11-26')).json()) as { buckets: { start: string; incidents: number }[] };
    expect(trends.buckets.map((b) => b.start)).toEqual(['2026-11-20', '2026-11-21', '2026-11-22', '2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26']);
    expect(trends.buckets.find((b) => b.start === '2026-11-23')?.incidents).toBe(1);
    expect(trends.buckets.reduce((a, b) => a + b.incidents, 0)).toBe(1);
  });

  it('pages with a cursor', async () => {
    const res = await fetch(`${base}/v1/articles`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(REPORT_OTHER_ATTACK_SAME_BASE) });
    expect(res.status).toBe(202);
    const both = await waitFor(async () => {
      const p = await page('?q=Ain%20al-Asad');
      return p.items.length === 2 ? p : null;
    }, { what: 'the second attack archived', timeoutMs: 60_000 });
    const first = await page('?limit=1&q=Ain%20al-Asad');
    expect(first.items.map((i) => i.id)).toEqual([both.items[0].id]);
    expect(first.nextCursor).toEqual(expect.any(String));
    const next = await page(`?limit=1&q=Ain%20al-Asad&cursor=${first.nextCursor}`);
    expect(next.items.map((i) => i.id)).toEqual([both.items[1].id]);
    expect(next.nextCursor).toBeNull();
  });

  it('refuses bad queries naming the field', async () => {
    for (const [path, field] of [
      ['/v1/incidents?eventType=Wars', 'eventType'],
      ['/v1/incidents?from=yesterday', 'from'],
      ['/v1/incidents?cursor=bm90LWEtY3Vyc29y', 'cursor'],
      ['/v1/incidents/export?format=xls', 'format'],
      ['/v1/trends?interval=month', 'interval'],
      ['/v1/signals?kind=storm', 'kind'],
    ] as const) {
      const res = await get(path);
      expect({ path, status: res.status }).toEqual({ path, status: 400 });
      expect(JSON.stringify(await res.json())).toContain(field);
    }
  });

  it('searches, charts and exports on the History page in a real browser', async () => {
    await withBrowserPage(async (page, errors) => {
      await page.goto(`${base}/#/history`);
      await page.fill('#history-q', 'American');
      await page.fill('#history-country', 'IQ');
      await page.click('#history-search');
      const item = page.locator('#history-results li', { hasText: 'Ain al-Asad' });
      await item.first().waitFor({ timeout: 30_000 });
      expect(await page.locator('#history-results li').count()).toBe(1);
      expect(await page.locator('#history-status').textContent()).toBe('1 incident');
      // The chart: one bar (level) on the day of the first report, within the default 90 days.
      await page.locator('#history-chart svg rect').first().waitFor({ timeout: 30_000 });
      expect(await page.locator('#history-chart svg rect title').first().textContent()).toMatch(/^2026-11-23: 1 incidents/);
      // The export links carry the filters and download what the list shows.
      const local = (href: string | null) => (href ? new URL(href, base) : null);
      const csvUrl = local(await page.getAttribute('#export-csv', 'href'));
      expect(`${csvUrl?.pathname}${csvUrl?.search}`).toBe('/v1/incidents/export?format=csv&q=American&country=IQ');
      const csv = (await (await fetch(csvUrl!)).text()).trim().split('\r\n');
      expect(csv).toHaveLength(2);
      const geoUrl = local(await page.getAttribute('#export-geojson', 'href'));
      expect(`${geoUrl?.pathname}${geoUrl?.search}`).toBe('/v1/incidents/export?format=geojson&q=American&country=IQ');
      // Opening the result shows the incident with its region's last 30 days.
      await item.first().locator('a').click();
      await page.locator('#region-trend svg').waitFor({ timeout: 30_000 });
      // The live page lists the signals (none here: two sources an hour apart are not breaking news).
      await page.goto(`${base}/#/`);
      await page.locator('#signal-list li', { hasText: 'No signal yet.' }).waitFor({ timeout: 30_000 });
      expect(errors).toEqual([]);
    });
  });
});
