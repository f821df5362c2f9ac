import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrowserContext, chromium, Page } from 'playwright-core';
import { SitrepConfig } from '@sitrep/config';
import { Incident } from '@sitrep/contracts';
import { REPORT_A, REPORT_XSS, testConfig, waitFor } from '@sitrep/testing';
import { RunningSitrep, startSitrep } from '../../apps/sitrep/src/sitrep.runner';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SHOTS = join(__dirname, '../../artifacts/screenshots');

/**
 * The dashboard in a real browser (Debian's Chromium driven by playwright-core) against the whole
 * pipeline on the real broker and Redis: reports posted over HTTP show up on the live list and the
 * map without a reload, the incident page shows its reports, a rule is created through the form,
 * and markup in an article title is shown as text and never run.
 */
describe('dashboard (e2e, browser)', () => {
  let config: SitrepConfig;
  let sitrep: RunningSitrep;
  let base: string;
  let context: BrowserContext;
  let page: Page;
  let profile: string;
  const dialogs: string[] = [];
  const pageErrors: string[] = [];

  const post = (path: string, body: unknown) =>
    fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const incidentOf = async (articleId: string) =>
    waitFor(async () => {
      const { items } = (await (await fetch(`${base}/v1/incidents?limit=50`)).json()) as { items: Incident[] };
      return items.find((i) => i.reports.some((r) => r.articleId === articleId)) ?? null;
    }, { what: `the incident of ${articleId}` });
  const shot = (name: string) => page.screenshot({ path: join(SHOTS, `dashboard-${name}.png`), fullPage: false });

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    config = await testConfig();
    sitrep = await startSitrep(config);
    base = sitrep.url;
    await waitFor(async () => (await fetch(`${base}/health/ready`)).status === 200, { what: 'ready', timeoutMs: 60_000 });
    profile = mkdtempSync(join(tmpdir(), 'sitrep-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1440, height: 900 },
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    // The page must need nothing but the api itself.
    await context.route((url) => !url.href.startsWith(base), (route) => route.abort());
  });

  afterAll(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
    await sitrep?.close();
  });

  it('shows a posted report on the live list and the map without a reload, and its incident page', async () => {
    await page.goto(`${base}/`);
    await page.locator('#conn.ok').waitFor({ timeout: 15_000 });
    await page.locator('#map svg .country').first().waitFor();

    const posted = Date.now();
    expect((await post('/v1/articles', REPORT_A)).status).toBe(202);
    const incident = await incidentOf(REPORT_A.id);
    const item = page.locator(`#incident-list li[data-incident="${incident.id}"]`);
    await item.waitFor({ timeout: 10_000 });
    const shownAfterStoredMs = Date.now() - posted;
    expect(await item.textContent()).toContain('Iraq');
    expect(await item.textContent()).toContain('1 report');
    await page.locator(`#map circle.point[data-incident="${incident.id}"]`).waitFor();
    expect(await page.locator('#map path.country.shaded').count()).toBeGreaterThan(0);
    expect(await page.locator('#incident-count').textContent()).toMatch(/1 incident/);
    process.stdout.write(`dashboard: report A on the live list ${shownAfterStoredMs} ms after POST\n`);
    await shot('live');

    // Filters: a level above the incident's hides it; back to any shows it again.
    if (incident.level < 5) {
      await page.selectOption('#filter-level', String(incident.level + 1));
      await item.waitFor({ state: 'detached' });
      await page.selectOption('#filter-level', '1');
      await item.waitFor();
    }

    await item.locator('a').click();
    await page.locator('#timeline li.report').first().waitFor();
    expect(await page.locator('#incident-title').textContent()).toBeTruthy();
    expect(await page.locator('#timeline').textContent()).toContain(REPORT_A.title);
    expect(await page.locator('#timeline').textContent()).toContain(REPORT_A.source);
    await shot('incident');
  });

  it('shows attackers killed apart from the victims on the incident page', async () => {
    const raid = {
      id: 'e2e-raid-kunduz', source: 'Kabul Wire', url: 'https://kabulwire.example/2026/11/26/raid',
      title: 'Six militants killed in raid on hideout in Kunduz',
      body: 'Afghan security forces killed six militants in a raid on a hideout in Kunduz, Afghanistan, on Wednesday, the provincial police chief said. Two police officers were wounded.',
      publishedAt: '2026-11-26T06:00:00Z', language: 'en',
    };
    expect((await post('/v1/articles', raid)).status).toBe(202);
    const incident = await incidentOf(raid.id);
    expect(incident.casualties).toMatchObject({ killed: 0, injured: 2, perpetratorsKilled: 6 });
    await page.goto(`${base}/#/incident/${encodeURIComponent(incident.id)}`);
    await page.locator('#perpetrators-killed').waitFor();
    expect(await page.locator('#killed').textContent()).toMatch(/^0/);
    expect(await page.locator('#perpetrators-killed').textContent()).toBe('6');
    // Report A's incident has no attackers killed: no such line.
    await page.goto(`${base}/#/incident/${encodeURIComponent((await incidentOf(REPORT_A.id)).id)}`);
    await page.locator('#timeline', { hasText: REPORT_A.title }).waitFor();
    expect(await page.locator('#perpetrators-killed').count()).toBe(0);
  });

  it('creates a rule through the form with the pasted API key', async () => {
    await page.goto(`${base}/#/rules`);
    await page.fill('#api-key', 'test-admin-key');
    await page.click('.key-form button[type=submit]');
    await page.locator('#rules-list').getByText('No rules yet.').waitFor();
    await page.fill('#rule-name', 'France, any level (dashboard test)');
    await page.fill('#rule-countries', 'fr');
    await page.selectOption('#rule-level', '1');
    await page.fill('#rule-emails', 'desk@example.org');
    await page.click('#rule-create');
    await page.locator('#rule-status', { hasText: 'Created rule' }).waitFor();
    await page.locator('#rules-table', { hasText: 'France, any level (dashboard test)' }).waitFor();
    const rules = (await (await fetch(`${base}/v1/rules`, { headers: { authorization: 'Bearer test-admin-key' } })).json()) as { items: { name: string; countries?: string[]; minLevel: number }[] };
    expect(rules.items).toEqual([expect.objectContaining({ name: 'France, any level (dashboard test)', countries: ['FR'], minLevel: 1 })]);
    expect(await page.evaluate(() => localStorage.getItem('sitrep.apiKey'))).toBe('test-admin-key');

    // Edit it (level 1 → 2) and ask the server what it would have sent over the last 7 days.
    await page.click('#rules-table button[aria-label^="Edit rule"]');
    await expect(page.inputValue('#rule-name')).resolves.toBe('France, any level (dashboard test)');
    await page.selectOption('#rule-level', '2');
    await page.click('#rule-create');
    await page.locator('#rule-status', { hasText: 'Saved rule' }).waitFor();
    const edited = (await (await fetch(`${base}/v1/rules`, { headers: { authorization: 'Bearer test-admin-key' } })).json()) as { items: { minLevel: number; countries?: string[] }[] };
    expect(edited.items).toEqual([expect.objectContaining({ minLevel: 2, countries: ['FR'] })]);
    await page.click('#rules-table button[aria-label^="Preview rule"]');
    await page.locator('#rule-server-preview h3', { hasText: 'Preview of' }).waitFor();
    await shot('rules');
  });

  it('shows markup in an article title as text, and runs none of it', async () => {
    await page.goto(`${base}/`);
    await page.locator('#conn.ok').waitFor({ timeout: 15_000 });
    // Paused, the list holds news back and says how much; resumed, it shows it.
    await page.click('#pause');
    expect((await post('/v1/articles', REPORT_XSS)).status).toBe(202);
    const incident = await incidentOf(REPORT_XSS.id);
    const item = page.locator(`#incident-list li[data-incident="${incident.id}"]`);
    await page.locator('#pause', { hasText: /Resume \(\d+ new\)/ }).waitFor({ timeout: 10_000 });
    expect(await item.count()).toBe(0);
    await page.click('#pause');
    await item.waitFor({ timeout: 10_000 });
    await expect(item.getByText('<img src=x onerror=alert(1)>', { exact: false }).isVisible()).resolves.toBe(true);
    await item.locator('a').click();
    await page.locator('#timeline li.report').first().waitFor();
    await expect(page.locator('#incident-title').textContent()).resolves.toContain('<img src=x onerror=alert(1)>');
    // The alert for the France rule, with its delivery status (the key is in localStorage).
    // It arrives on the open page by the live stream (no reload).
    await page.locator('#deliveries td', { hasText: 'desk@example.org' }).waitFor({ timeout: 30_000 });
    expect(await page.locator('#deliveries .status-sent').count()).toBeGreaterThan(0);
    await shot('incident-xss');
    expect(await page.locator('img').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('shows stream health and the mailbox', async () => {
    await page.goto(`${base}/#/health`);
    await page.locator('#health figure.rate[data-stage="classifier"]').waitFor();
    await page.locator('#lag tbody tr').first().waitFor({ timeout: 20_000 });
    await shot('health');
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toMatch(/^sitrep_consumer_lag\{group="sitrep-classifier",topic="articles.raw",partition="\d+"\} \d+$/m);
    expect(metrics).toMatch(/^sitrep_redis_command_seconds_count\{stage="api",op="ping"\} [1-9]/m);
    const health = (await (await fetch(`${base}/v1/ops/health`)).json()) as { ingestToAlert: { samples: number; p50Ms: number }; deliveries: { counts: { sent: number } } };
    expect(health.deliveries.counts.sent).toBeGreaterThanOrEqual(1);
    expect(health.ingestToAlert.samples).toBeGreaterThanOrEqual(1);
    expect(health.ingestToAlert.p50Ms).toBeGreaterThan(0);
    await page.goto(`${base}/#/mailbox`);
    await page.locator('#mail-list details.mail').first().waitFor({ timeout: 30_000 });
    await shot('mailbox');
    await page.setViewportSize({ width: 2560, height: 1440 });
    await page.goto(`${base}/`);
    await page.locator('#incident-list li[data-incident]').nth(1).waitFor();
    await shot('wall-screen');
    expect(pageErrors).toEqual([]);
  });
});
