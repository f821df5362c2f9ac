import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrowserContext, chromium, Page } from 'playwright-core';
import { NotifierHarness } from './notifier-harness';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * The rules page offers the webhook format (v1.1) in a real browser: a rule created with a Slack
 * webhook is stored with `format: "slack"`, listed as such, edited to Teams; a subscriber gets one too.
 */
describe('dashboard webhook format (e2e, browser)', () => {
  const h = new NotifierHarness();
  let context: BrowserContext;
  let page: Page;
  let profile: string;
  const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
  const slackUrl = 'https://hooks.slack.com/services/T000/B000/XXXX';
  const teamsUrl = 'https://example.webhook.office.com/webhookb2/x';
  const list = async (path: string) => ((await (await fetch(`${h.base}${path}`, { headers: h.adminAuth })).json()) as { items: { channels?: { webhooks?: object[] }; webhooks?: object[] }[] }).items;

  beforeAll(async () => {
    await h.start({}, { notifier: false });
    profile = mkdtempSync(join(tmpdir(), 'sitrep-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM, headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = context.pages()[0] ?? (await context.newPage());
    await context.route((url) => !url.href.startsWith(h.base), (route) => route.abort());
  });

  afterAll(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
    await h.stop();
  });

  it('creates a rule with a Slack webhook, lists it, edits it to Teams, and adds a Teams subscriber', async () => {
    await page.goto(`${h.base}/#/rules`);
    await page.fill('#api-key', 'test-admin-key');
    await page.click('.key-form button[type=submit]');
    await page.locator('#rules-list').getByText('No rules yet.').waitFor();
    expect(await page.locator('#rule-format option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).toEqual(['sitrep', 'slack', 'teams']);
    expect(await page.inputValue('#rule-format')).toBe('sitrep');

    await page.fill('#rule-name', 'Iraq to Slack (dashboard test)');
    await page.fill('#rule-countries', 'IQ');
    await page.fill('#rule-webhook', slackUrl);
    await page.fill('#rule-secret', secret);
    await page.selectOption('#rule-format', 'slack');
    await page.click('#rule-create');
    await page.locator('#rule-status', { hasText: 'Created rule' }).waitFor();
    await page.locator('#rules-table', { hasText: `${slackUrl} (slack)` }).waitFor();
    expect((await list('/v1/rules'))[0].channels?.webhooks).toEqual([{ url: slackUrl, secret: '********', format: 'slack' }]);
    expect(await page.inputValue('#rule-format')).toBe('sitrep'); // the form is reset for the next rule

    await page.click('#rules-table button[aria-label^="Edit rule"]');
    expect(await page.inputValue('#rule-format')).toBe('slack');
    await page.fill('#rule-secret', secret);
    await page.selectOption('#rule-format', 'teams');
    await page.click('#rule-create');
    await page.locator('#rule-status', { hasText: 'Saved rule' }).waitFor();
    expect((await list('/v1/rules'))[0].channels?.webhooks).toEqual([{ url: slackUrl, secret: '********', format: 'teams' }]);

    await page.fill('#sub-name', 'Ops channel');
    await page.fill('#sub-webhook', teamsUrl);
    await page.fill('#sub-secret', secret);
    await page.selectOption('#sub-format', 'teams');
    await page.click('#subscriber-form button[type=submit]');
    await page.locator('#sub-status', { hasText: 'Added subscriber' }).waitFor();
    expect((await list('/v1/subscribers'))[0].webhooks).toEqual([{ url: teamsUrl, secret: '********', format: 'teams' }]);
  });
});
