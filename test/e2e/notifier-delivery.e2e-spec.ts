import Redis from 'ioredis';
import { verifyWebhookSignature } from '@sitrep/rules';
import { WebhookReceiver } from '@sitrep/testing';
import { droppedCount, makeIncident, NotifierHarness } from './notifier-harness';

/**
 * Alert delivery on the real broker, Redis, SMTP catcher and HTTP receivers: one alert per
 * (rule, incident, level), escalation re-alerts, retries with backoff, the DLQ after the last
 * attempt, escaping, digests and quiet hours (on a clock the test moves).
 */
describe('notifier delivery (e2e)', () => {
  const h = new NotifierHarness();
  const secret = 'whsec-notifier-test';
  let good: WebhookReceiver;
  let flaky: WebhookReceiver;
  let broken: WebhookReceiver;
  const uid = () => Math.random().toString(36).slice(2, 8);
  /** What a failed wait prints: the delivery records, what the receiver got, the notifier's schedule. */
  const explain = (ruleId: string, incidentId: string, receiver: WebhookReceiver) => async () => {
    const redis = new Redis(h.config.redis.url);
    try {
      return {
        deliveries: await h.deliveries(`rule=${ruleId}&incident=${incidentId}`),
        received: receiver.requests.map((r) => r.at),
        schedule: (await redis.zrange(`${h.config.redis.prefix}notifier:schedule`, 0, -1, 'WITHSCORES')).filter((m) => m.includes(incidentId) || /^\d+$/.test(m)),
        clockOffsetMs: h.clockOffsetMs,
      };
    } finally {
      await redis.quit();
    }
  };

  beforeAll(async () => {
    good = await new WebhookReceiver().start();
    flaky = await new WebhookReceiver((n) => (n === 0 ? { status: 429, headers: { 'retry-after': '1' } } : n === 1 ? { status: 503 } : { status: 200 })).start();
    broken = await new WebhookReceiver(() => ({ status: 500 })).start();
    await h.start({ WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true', DELIVERY_MAX_ATTEMPTS: '3', WEBHOOK_TIMEOUT_MS: '2000' });
  });

  afterAll(async () => {
    await h.stop();
    await Promise.all([good, flaky, broken].map((r) => r?.stop()));
  });

  it('alerts once per level: 3 → 4 sends one more, 4 → 4 none; realert:false alerts once only', async () => {
    const id = `i-esc-${uid()}`;
    await h.createRule({ name: 'Iraq L3+', countries: ['IQ'], minLevel: 3, channels: { email: [`esc-${id}@example.org`] } });
    await h.createRule({ name: 'Iraq once', countries: ['IQ'], minLevel: 3, channels: { email: [`once-${id}@example.org`] }, policy: { realert: false } });

    await h.publishIncident(makeIncident(id, 3), 'opened');
    await h.waitFor(async () => (await h.mailTo(`esc-${id}`)).length === 1 && (await h.mailTo(`once-${id}`)).length === 1, { what: 'the level-3 alerts' });

    await h.publishIncident(makeIncident(id, 4), 'escalated');
    const mails = await h.waitFor(async () => { const m = await h.mailTo(`esc-${id}`); return m.length === 2 ? m : null; }, { what: 'the level-4 re-alert' });
    expect(mails.map((m) => m.subject).join('\n')).toMatch(/L4/);

    const before = await droppedCount('duplicate');
    await h.publishIncident(makeIncident(id, 4), 'updated');
    // Both rules decide on the update (duplicates), and nothing more is sent.
    await h.waitFor(async () => (await droppedCount('duplicate')) >= before + 2, { what: 'the 4 → 4 update to be dropped' });
    expect(await h.mailTo(`esc-${id}`)).toHaveLength(2);
    expect(await h.mailTo(`once-${id}`)).toHaveLength(1);
  });

  it('escapes HTML and keeps the subject on one line', async () => {
    const id = `i-xss-${uid()}`;
    await h.createRule({ name: 'Iraq escape', countries: ['IQ'], minLevel: 1, keywords: ['Zebulon'], channels: { email: [`xss-${id}@example.org`] } });
    await h.publishIncident(makeIncident(id, 3, '<script>alert(1)</script> Zebulon\r\nBcc: victim@example.org <b>bold</b>'));
    const [mail] = await h.waitFor(async () => { const m = await h.mailTo(`xss-${id}`); return m.length ? m : null; }, { what: 'the escaped alert' });
    expect(mail.subject).not.toMatch(/[\r\n]/);
    expect(mail.subject).toContain('Zebulon');
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).not.toContain('<b>bold</b>');
    expect(mail.html).toContain('&lt;script&gt;');
    expect(mail.to).not.toContain('victim');
  });

  it('retries a webhook on 429 (honouring Retry-After) and 503, and delivers it once', async () => {
    const id = `i-flaky-${uid()}`;
    const ruleId = await h.createRule({ name: 'Iraq flaky', countries: ['IQ'], minLevel: 3, keywords: ['Flakyton'], channels: { webhooks: [{ url: flaky.url, secret }] } });
    await h.publishIncident(makeIncident(id, 3, 'Shelling in Flakyton'));
    await h.waitFor(() => flaky.requests.length >= 3, { what: 'three webhook attempts', explain: explain(ruleId, id, flaky) });
    const records = await h.waitFor(async () => {
      const d = await h.deliveries(`rule=${ruleId}&incident=${id}`);
      return d.some((r) => r.status === 'sent') ? d : null;
    }, { what: 'the sent record' });
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ channel: 'webhook', status: 'sent', attempts: 3, lastError: null });
    expect(records[0].latencyMs).toBeGreaterThan(0);
    const [first, second, third] = flaky.requests;
    expect(second.at - first.at).toBeGreaterThanOrEqual(950); // Retry-After: 1
    expect(new Set(flaky.requests.map((r) => r.headers['sitrep-delivery-id'])).size).toBe(1);
    expect(verifyWebhookSignature(secret, third.rawBody, String(third.headers['sitrep-signature']), 300)).toBe(true);
    expect(JSON.parse(third.rawBody)).toMatchObject({ type: 'incident.alert', version: 1, rule: { id: ruleId }, incident: { id } });
    expect(flaky.requests).toHaveLength(3);
  });

  it('times a hanging webhook out and retries it', async () => {
    const slow = await new WebhookReceiver((n) => ({ status: 200, delayMs: n === 0 ? 4_000 : 0 })).start();
    try {
      const id = `i-slow-${uid()}`;
      const ruleId = await h.createRule({ name: 'Iraq slow', countries: ['IQ'], minLevel: 3, keywords: ['Slowburg'], channels: { webhooks: [{ url: slow.url, secret }] } });
      await h.publishIncident(makeIncident(id, 3, 'Clashes in Slowburg'));
      const [record] = await h.waitFor(async () => {
        const d = await h.deliveries(`rule=${ruleId}&incident=${id}`);
        return d.some((r) => r.status === 'sent') ? d : null;
      }, { what: 'the retried webhook', explain: explain(ruleId, id, slow) });
      expect(record).toMatchObject({ status: 'sent', attempts: 2 });
      expect(slow.requests).toHaveLength(2);
      expect(slow.requests[1].at - slow.requests[0].at).toBeGreaterThanOrEqual(1_900); // WEBHOOK_TIMEOUT_MS
      expect(slow.requests[1].at - slow.requests[0].at).toBeLessThan(4_000);
    } finally {
      await slow.stop();
    }
  });

  it('dead-letters an always-500 webhook after the configured attempts while another endpoint keeps receiving', async () => {
    const dlq = await h.probe('alerts.dlq');
    const id = `i-broken-${uid()}`;
    const ruleId = await h.createRule({
      name: 'Iraq broken', countries: ['IQ'], minLevel: 3, keywords: ['Brokenville'],
      channels: { webhooks: [{ url: broken.url, secret }, { url: good.url, secret }] },
    });
    const goodOnly = await h.createRule({ name: 'Iraq good', countries: ['IQ'], minLevel: 3, keywords: ['Goodhaven'], channels: { webhooks: [{ url: good.url, secret }] } });
    await h.publishIncident(makeIncident(id, 3, 'Clashes in Brokenville'));
    await h.waitFor(() => good.requests.some((r) => JSON.parse(r.rawBody).rule.id === ruleId), { what: 'the good endpoint of the same rule' });
    // While the broken endpoint is still being retried, other alerts reach the good one.
    const other = `i-good-${uid()}`;
    await h.publishIncident(makeIncident(other, 3, 'Clashes in Goodhaven'));
    await h.waitFor(() => good.requests.some((r) => JSON.parse(r.rawBody).rule.id === goodOnly), { what: 'another alert to the good endpoint' });

    const letter = await h.waitFor(() => dlq.messages.find((m) => m.key?.startsWith(`${ruleId}:${id}:`)), { what: 'the alert in alerts.dlq', timeoutMs: 20_000 });
    expect(letter.headers['x-error-code']).toBe('delivery_failed');
    expect(letter.headers['x-attempts']).toBe('3');
    expect(letter.headers['x-error-message']).toContain('http 500');
    expect(broken.requests).toHaveLength(3);
    const records = await h.waitFor(async () => {
      const d = await h.deliveries(`rule=${ruleId}&incident=${id}`);
      return d.length === 2 && d.some((r) => r.status === 'failed') ? d : null;
    }, { what: 'delivery records' });
    expect(records.find((r) => r.status === 'failed')).toMatchObject({ attempts: 3, lastError: 'http 500' });
    expect(records.find((r) => r.status === 'sent')).toMatchObject({ attempts: 1 });
  });

  it('collects an hourly digest and sends it once at the end of the window', async () => {
    const to = `digest-${uid()}@example.org`;
    await h.createRule({ name: 'Iraq digest', countries: ['IQ'], minLevel: 3, keywords: ['Digestown'], channels: { email: [to] }, policy: { digest: 'hourly' } });
    const held = await droppedCount('digest');
    const ids = [1, 2, 3].map((n) => `i-dig-${n}-${uid()}`);
    for (const id of ids) await h.publishIncident(makeIncident(id, 3, `Protest ${id} in Digestown`));
    await h.publishIncident(makeIncident(ids[0], 4, `Protest ${ids[0]} in Digestown`), 'escalated');
    await h.waitFor(async () => (await droppedCount('digest')) >= held + 4, { what: 'four alerts held for the digest' });
    expect(await h.mailTo(to)).toHaveLength(0);

    h.clockOffsetMs += 61 * 60_000;
    const [mail] = await h.waitFor(async () => { const m = await h.mailTo(to); return m.length ? m : null; }, { what: 'the digest' });
    expect(mail.subject).toMatch(/digest.*3 incidents/i);
    for (const id of ids) expect(mail.text).toContain(id);
    // The incident that escalated within the window is listed once, at its highest level.
    const entries = mail.text.split('\n').filter((line) => line.startsWith('- [') && line.includes(ids[0]));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatch(/^- \[L4 /);
    // The window's job is gone from the schedule once sent: nothing can send it again.
    const redis = new Redis(h.config.redis.url);
    try {
      await h.waitFor(async () => !(await redis.zrange(`${h.config.redis.prefix}notifier:schedule`, 0, -1)).some((j) => j.includes('"digest"')), { what: 'the digest job to finish' });
    } finally {
      await redis.quit();
    }
    h.clockOffsetMs += 61 * 60_000;
    expect(await h.mailTo(to)).toHaveLength(1);
  });

  it('holds an alert through quiet hours and releases it when they end', async () => {
    const to = `quiet-${uid()}@example.org`;
    const hhmm = (ms: number) => new Date(ms).toISOString().slice(11, 16);
    const now = h.now();
    await h.createRule({
      name: 'Iraq quiet', countries: ['IQ'], minLevel: 3, keywords: ['Quietville'], channels: { email: [to] },
      policy: { quietHours: { start: hhmm(now - 60_000), end: hhmm(now + 10 * 60_000), timeZone: 'UTC' } },
    });
    const held = await droppedCount('quiet_hours');
    await h.publishIncident(makeIncident(`i-quiet-${uid()}`, 4, 'Strike in Quietville'));
    await h.waitFor(async () => (await droppedCount('quiet_hours')) > held, { what: 'the alert to be held' });
    expect(await h.mailTo(to)).toHaveLength(0);

    h.clockOffsetMs += 11 * 60_000;
    const mails = await h.waitFor(async () => { const m = await h.mailTo(to); return m.length ? m : null; }, { what: 'the released alert' });
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toContain('L4');
  });

  it('does not call a send interrupted that is still running in this notifier when its lease runs out', async () => {
    // The notifier's clock jumps past the send's deadline while the request is in flight, as a
    // stalled event loop would make it: the recovery job comes due, finds the claim expired, and
    // must leave it to the send still running here (which succeeds) instead of dead-lettering it.
    const stalled = await new WebhookReceiver(() => ({ status: 200, delayMs: 1_500 })).start();
    try {
      const dlq = await h.probe('alerts.dlq');
      const id = `i-stall-${uid()}`;
      const ruleId = await h.createRule({ name: 'Iraq stall', countries: ['IQ'], minLevel: 3, keywords: ['Stallburg'], channels: { webhooks: [{ url: stalled.url, secret }] } });
      await h.publishIncident(makeIncident(id, 3, 'Clashes in Stallburg'));
      await h.waitFor(() => stalled.requests.length === 1, { what: 'the send in flight' });
      h.clockOffsetMs += 60_000;
      const records = await h.waitFor(async () => {
        const d = await h.deliveries(`rule=${ruleId}&incident=${id}`);
        return d.some((r) => r.status === 'sent') ? d : null;
      }, { what: 'the send to finish', explain: explain(ruleId, id, stalled) });
      // The recovery job was due for the whole send; give the poller (100 ms) time to act on it.
      await new Promise((r) => setTimeout(r, 500));
      expect(records.map((r) => r.status)).toEqual(['sent']);
      expect(await h.deliveries(`rule=${ruleId}&incident=${id}`)).toHaveLength(1);
      expect(dlq.messages.filter((m) => m.key?.startsWith(`${ruleId}:${id}:`))).toHaveLength(0);
      expect(stalled.requests).toHaveLength(1);
    } finally {
      await stalled.stop();
    }
  });
});
