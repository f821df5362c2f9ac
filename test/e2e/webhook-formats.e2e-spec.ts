import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { slackMessageViolations, stringsAt, teamsMessageViolations, TEAMS_MAX_BYTES, WebhookReceiver } from '@sitrep/testing';
import { droppedCount, makeIncident, NotifierHarness } from './notifier-harness';

/**
 * Slack and Teams formats (v1.1) through the running notifier to real HTTP receivers: bodies are
 * checked against the platforms' documented shapes and limits (libs/testing chat-payload.checks),
 * with a title that tries `<!channel>`, `<script>` and `@here`; Slack's 429 + Retry-After is
 * retried with the same webhook-id, its 400 `invalid_blocks` is final and quoted in the record.
 */
describe('webhook formats: Slack and Teams (e2e)', () => {
  const h = new NotifierHarness();
  const secret = `whsec_${randomBytes(32).toString('base64')}`;
  const uid = () => Math.random().toString(36).slice(2, 8);
  const HOSTILE = 'Shelling <!channel> <script>alert(1)</script> & @here <https://evil.example|click> in Formatville';
  let slack: WebhookReceiver;
  let teams: WebhookReceiver;

  beforeAll(async () => {
    // Slack answers 200 "ok"; the first request is rate limited as Slack documents it.
    slack = await new WebhookReceiver((n) => (n === 0 ? { status: 429, headers: { 'retry-after': '1' }, body: 'rate_limited' } : { status: 200, body: 'ok' })).start();
    // Teams Workflows answer 202 Accepted.
    teams = await new WebhookReceiver(() => ({ status: 202 })).start();
    await h.start({ WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true', DELIVERY_MAX_ATTEMPTS: '3' });
  });

  afterAll(async () => {
    await h.stop();
    await Promise.all([slack, teams].map((r) => r?.stop()));
  });

  it('posts a Slack message and a Teams card within their limits, escaping the article text', async () => {
    const id = `i-fmt-${uid()}`;
    const ruleId = await h.createRule({
      name: 'Iraq chat <!here>', countries: ['IQ'], minLevel: 3, keywords: ['Formatville'],
      channels: { webhooks: [{ url: slack.url, secret, format: 'slack' }, { url: teams.url, secret, format: 'teams' }] },
    });
    await h.publishIncident(makeIncident(id, 4, HOSTILE));
    await h.waitFor(() => slack.requests.length >= 2 && teams.requests.length >= 1, { what: 'the Slack retry and the Teams card' });
    const incidentUrl = `${h.config.publicUrl}/#/incident/${id}`;

    // Slack: the documented shape and limits, and nothing article text could turn into a mention or tag.
    const [limited, posted] = slack.requests;
    const message = JSON.parse(posted.rawBody);
    expect(slackMessageViolations(message)).toEqual([]);
    expect(posted.rawBody).not.toMatch(/<!channel>|<!here>|<script>|<https:\/\/evil/);
    expect(posted.rawBody).toContain('&lt;!channel&gt; &lt;script&gt;alert(1)&lt;/script&gt; &amp;');
    expect(message.text).toMatch(/^\[Sitrep L4 severe\] Kirkuk, Iraq: Shelling/);
    const texts = stringsAt(message.blocks, 'text').join('\n');
    for (const part of ['🟠 *L4 severe*', '*Event*\nBattles / Armed clash', '*Place*\nKirkuk, Iraq', '*Casualties*\n3 killed, 2 injured', '*First reports*', `<https://news.example.org/${id}|Shelling`, '*Why “Iraq chat']) {
      expect(texts).toContain(part);
    }
    expect(stringsAt(message.blocks, 'url')).toEqual([incidentUrl]);
    // 429 + Retry-After: 1 honoured; the retry is the same delivery (webhook-id) and verifies.
    expect(posted.at - limited.at).toBeGreaterThanOrEqual(950);
    expect(posted.headers['webhook-id']).toBe(limited.headers['webhook-id']);
    expect(new Webhook(secret).verify(posted.rawBody, posted.headers as Record<string, string>)).toEqual(message);
    expect(posted.headers['content-type']).toBe('application/json');

    // Teams: one Adaptive Card 1.4 in a message, under 28 KB, article text as written in TextRuns.
    const card = teams.requests[0];
    expect(teamsMessageViolations(card.rawBody)).toEqual([]);
    const teamsMessage = JSON.parse(card.rawBody);
    expect(teamsMessage.attachments[0].content).toMatchObject({ type: 'AdaptiveCard', version: '1.4' });
    expect(Buffer.byteLength(card.rawBody)).toBeLessThan(TEAMS_MAX_BYTES);
    expect(stringsAt(teamsMessage, 'text')).toContain(HOSTILE);
    expect(card.rawBody).not.toMatch(/"TextBlock"|"FactSet"/);
    expect(stringsAt(teamsMessage, 'url')).toEqual(expect.arrayContaining([`https://news.example.org/${id}`, incidentUrl]));
    expect(new Webhook(secret).verify(card.rawBody, card.headers as Record<string, string>)).toEqual(teamsMessage);

    const records = await h.waitFor(async () => {
      const d = await h.deliveries(`rule=${ruleId}&incident=${id}`);
      return d.filter((r) => r.status === 'sent').length === 2 ? d : null;
    }, { what: 'both sent records' });
    expect(records.find((r) => r.target.startsWith(slack.url.replace(/\/hook$/, '')) && r.status === 'sent')).toMatchObject({ attempts: 2 });
    expect(slack.requests).toHaveLength(2);
    expect(teams.requests).toHaveLength(1);
  });

  it('keeps an incident of 60 long hostile reports within Slack\'s blocks and section limits and Teams\' 28 KB', async () => {
    const id = `i-big-${uid()}`;
    const before = { slack: slack.requests.length, teams: teams.requests.length };
    await h.createRule({
      name: 'Iraq chat big', countries: ['IQ'], minLevel: 3, keywords: ['Bigville'],
      channels: { webhooks: [{ url: slack.url, secret, format: 'slack' }, { url: teams.url, secret, format: 'teams' }] },
    });
    const incident = makeIncident(id, 5, 'Bigville <!everyone>');
    const title = `Bigville ${'<&>'.repeat(300)} <!channel>`;
    incident.reports = Array.from({ length: 60 }, (_, n) => ({ ...incident.reports[0], articleId: `a-${id}-${n}`, url: `https://news.example.org/${id}/${n}?q=${'x'.repeat(200)}`, title }));
    await h.publishIncident(incident);
    await h.waitFor(() => slack.requests.length > before.slack && teams.requests.length > before.teams, { what: 'both messages' });

    const message = JSON.parse(slack.requests[before.slack].rawBody);
    expect(slackMessageViolations(message)).toEqual([]);
    expect(stringsAt(message.blocks, 'text').join('\n')).toMatch(/…and \d+ more/);
    const card = teams.requests[before.teams].rawBody;
    expect(teamsMessageViolations(card)).toEqual([]);
    expect(card).toMatch(/…and \d+ more/);
  });

  it('sends an hourly digest as one Slack message and one Teams card', async () => {
    const before = { slack: slack.requests.length, teams: teams.requests.length };
    await h.createRule({
      name: 'Iraq chat digest', countries: ['IQ'], minLevel: 3, keywords: ['Digestburg'], policy: { digest: 'hourly' },
      channels: { webhooks: [{ url: slack.url, secret, format: 'slack' }, { url: teams.url, secret, format: 'teams' }] },
    });
    const held = await droppedCount('digest');
    const ids = [1, 2, 3].map((n) => `i-dg-${n}-${uid()}`);
    for (const id of ids) await h.publishIncident(makeIncident(id, 3, `Protest <!channel> ${id} in Digestburg`));
    await h.waitFor(async () => (await droppedCount('digest')) >= held + 3, { what: 'three alerts held for the digest' });
    expect([slack.requests.length, teams.requests.length]).toEqual([before.slack, before.teams]); // held, not sent …
    h.clockOffsetMs += 61 * 60_000; // … until the window ends
    await h.waitFor(() => slack.requests.length > before.slack && teams.requests.length > before.teams, { what: 'the digest messages' });

    const message = JSON.parse(slack.requests[before.slack].rawBody);
    expect(slackMessageViolations(message)).toEqual([]);
    expect(message.text).toContain('Sitrep digest of “Iraq chat digest”: 3 incidents');
    for (const id of ids) expect(stringsAt(message.blocks, 'text').join('\n')).toContain(`${h.config.publicUrl}/#/incident/${id}|Protest &lt;!channel&gt; ${id}`);
    const card = teams.requests[before.teams].rawBody;
    expect(teamsMessageViolations(card)).toEqual([]);
    for (const id of ids) expect(stringsAt(JSON.parse(card), 'text')).toContain(`Protest <!channel> ${id} in Digestburg`);
  });

  it('validates and documents the v1.1 target fields through the API', async () => {
    const bad = async (webhook: Record<string, unknown>) => {
      const res = await h.post('/v1/rules', { name: 'bad', minLevel: 3, channels: { webhooks: [{ url: slack.url, ...webhook }] } });
      return { status: res.status, text: await res.text() };
    };
    expect(await bad({ secret, format: 'discord' })).toMatchObject({ status: 400, text: expect.stringContaining('format must be one of: sitrep, slack, teams') });
    expect(await bad({ secret: 'whsec_this-is-not-base64!!' })).toMatchObject({ status: 400, text: expect.stringContaining('whsec_') });

    const ruleId = await h.createRule({ name: 'Iraq read back', minLevel: 5, keywords: ['Nowhereville'], channels: { webhooks: [{ url: teams.url, secret, format: 'teams' }] } });
    const rule = (await (await fetch(`${h.base}/v1/rules/${ruleId}`, { headers: h.adminAuth })).json()) as { channels: { webhooks: object[] } };
    expect(rule.channels.webhooks).toEqual([{ url: teams.url, secret: '********', format: 'teams' }]);

    const doc: unknown = await (await fetch(`${h.base}/docs-json`)).json();
    const dig = (value: unknown, ...keys: string[]): unknown => keys.reduce((v, k) => (v as Record<string, unknown> | undefined)?.[k], value);
    const body = (path: string, method: string) => dig(doc, 'paths', path, method, 'requestBody', 'content', 'application/json', 'schema', 'properties');
    const formats = ['sitrep', 'slack', 'teams'];
    expect(dig(body('/v1/rules', 'post'), 'channels', 'properties', 'webhooks', 'items', 'properties', 'format', 'enum')).toEqual(formats);
    expect(dig(body('/v1/rules/{id}', 'put'), 'channels', 'properties', 'webhooks', 'items', 'properties', 'format', 'enum')).toEqual(formats);
    expect(dig(body('/v1/subscribers', 'post'), 'webhooks', 'items', 'properties', 'format', 'enum')).toEqual(formats);
  });

  it('takes Slack\'s 400 invalid_blocks as final and keeps its word in the delivery record', async () => {
    const refusing = await new WebhookReceiver(() => ({ status: 400, body: 'invalid_blocks' })).start();
    try {
      const dlq = await h.probe('alerts.dlq');
      const id = `i-400-${uid()}`;
      const ruleId = await h.createRule({ name: 'Iraq refused', countries: ['IQ'], minLevel: 3, keywords: ['Refuseville'], channels: { webhooks: [{ url: refusing.url, secret, format: 'slack' }] } });
      await h.publishIncident(makeIncident(id, 3, 'Clashes in Refuseville'));
      const letter = await h.waitFor(() => dlq.messages.find((m) => m.key?.startsWith(`${ruleId}:${id}:`)), { what: 'the alert in alerts.dlq' });
      expect(letter.headers['x-attempts']).toBe('1');
      const [record] = await h.waitFor(async () => {
        const d = await h.deliveries(`rule=${ruleId}&incident=${id}`);
        return d.some((r) => r.status === 'failed') ? d : null;
      }, { what: 'the failed record' });
      expect(record).toMatchObject({ status: 'failed', attempts: 1, lastError: 'http 400: invalid_blocks' });
      expect(refusing.requests).toHaveLength(1);
    } finally {
      await refusing.stop();
    }
  });

  it('quotes at most 120 characters of a long Teams error answer and treats its 413 as final', async () => {
    const answer = `Webhook message delivery failed with error: Microsoft Teams endpoint returned HTTP error 413 ${'x'.repeat(10_000)}`;
    const refusing = await new WebhookReceiver(() => ({ status: 413, body: answer })).start();
    try {
      const id = `i-413-${uid()}`;
      const ruleId = await h.createRule({ name: 'Iraq too big', countries: ['IQ'], minLevel: 3, keywords: ['Bulkville'], channels: { webhooks: [{ url: refusing.url, secret, format: 'teams' }] } });
      await h.publishIncident(makeIncident(id, 3, 'Clashes in Bulkville'));
      const [record] = await h.waitFor(async () => {
        const d = await h.deliveries(`rule=${ruleId}&incident=${id}`);
        return d.some((r) => r.status === 'failed') ? d : null;
      }, { what: 'the failed record' });
      expect(record).toMatchObject({ status: 'failed', attempts: 1, lastError: `http 413: ${answer.slice(0, 120)}` });
      expect(refusing.requests).toHaveLength(1);
    } finally {
      await refusing.stop();
    }
  });
});
