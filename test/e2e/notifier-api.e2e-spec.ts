import Redis from 'ioredis';
import { hashApiKey } from '@sitrep/rule-store';
import { WebhookReceiver } from '@sitrep/testing';
import { makeIncident, NotifierHarness } from './notifier-harness';

/**
 * Rules, subscribers and API keys over HTTP, with private webhook targets refused (the default):
 * a literal private address at creation (400 naming the field), a name resolving to loopback
 * at send time (recorded as refused, dead-lettered, never connected to).
 */
describe('notifier api and target guard (e2e)', () => {
  const h = new NotifierHarness();
  let receiver: WebhookReceiver;
  const json = (key: string) => ({ authorization: `Bearer ${key}`, 'content-type': 'application/json' });
  const get = async (path: string, key: string) => fetch(`${h.base}${path}`, { headers: json(key) });

  beforeAll(async () => {
    receiver = await new WebhookReceiver().start();
    await h.start({ DELIVERY_MAX_ATTEMPTS: '2' });
  });

  afterAll(async () => {
    await h.stop();
    await receiver?.stop();
  });

  it('refuses a literal private webhook target at creation, naming the field', async () => {
    const res = await h.post('/v1/rules', { name: 'private', minLevel: 3, channels: { webhooks: [{ url: 'http://10.1.2.3/hook', secret: 'whsec-123456789' }] } });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { message: string[] };
    expect(body.message.join(' ')).toMatch(/channels\.webhooks\.0\.url .*private/);
  });

  it('refuses at send time a host name that resolves to loopback, without connecting', async () => {
    const dlq = await h.probe('alerts.dlq');
    const port = new URL(receiver.url).port;
    const ruleId = await h.createRule({ name: 'localhost hook', countries: ['IQ'], minLevel: 3, channels: { webhooks: [{ url: `http://localhost:${port}/hook`, secret: 'whsec-123456789' }] } });
    const id = `i-priv-${Date.now()}`;
    await h.publishIncident(makeIncident(id, 3));
    const [record] = await h.waitFor(async () => { const d = await h.deliveries(`rule=${ruleId}`); return d.length ? d : null; }, { what: 'the refused record' });
    expect(record).toMatchObject({ status: 'refused', attempts: 1 });
    expect(record.lastError).toMatch(/localhost resolves to .*private/);
    const letter = await h.waitFor(() => dlq.messages.find((m) => m.key === `${ruleId}:${id}:3`), { what: 'the dead letter' });
    expect(letter.headers['x-error-code']).toBe('target_refused');
    expect(receiver.requests).toHaveLength(0);

    // An analyst sees only the deliveries of rules their key owns: none of the admin's.
    const carol = (await (await h.post('/v1/keys', { name: 'carol', role: 'analyst' })).json()) as { key: string };
    const forCarol = async (q: string) => ((await (await get(`/v1/deliveries${q}`, carol.key)).json()) as { items: { ruleId: string }[] }).items;
    expect(await forCarol(`?rule=${ruleId}`)).toEqual([]);
    expect((await forCarol('')).some((d) => d.ruleId === ruleId)).toBe(false);
  });

  it('keeps the v1 rule body working and rejects bad fields by name', async () => {
    const ok = await h.post('/v1/rules', { name: 'v1', countries: ['IQ'], minLevel: 3, channels: { email: ['a@example.org'] } });
    expect(ok.status).toBe(201);
    const bad = await h.post('/v1/rules', { name: 'bad', minLevel: 9, channels: {}, policy: { quietHours: { start: '22:00', end: '07:00', timeZone: 'Mars/Olympus' } } });
    expect(bad.status).toBe(400);
    const text = ((await bad.json()) as { message: string[] }).message.join(' | ');
    expect(text).toMatch(/minLevel/);
    expect(text).toMatch(/policy\.quietHours\.timeZone/);
  });

  it('gives no access without a key; analysts manage their own rules, admins all; secrets never come back', async () => {
    expect((await fetch(`${h.base}/v1/rules`)).status).toBe(401);
    expect((await get('/v1/rules', 'not-a-key')).status).toBe(401);

    const mk = async (name: string) => ((await (await h.post('/v1/keys', { name, role: 'analyst' })).json()) as { id: string; key: string });
    const alice = await mk('alice');
    const bob = await mk('bob');
    expect(alice.key).toMatch(/^sk_/);
    expect((await h.post('/v1/keys', { name: 'x' }, json(alice.key))).status).toBe(403);

    const secret = 'whsec-alice-very-secret';
    const created = await h.post('/v1/rules', { name: 'alice rule', minLevel: 4, channels: { webhooks: [{ url: 'https://hooks.example.org/a', secret }] } }, json(alice.key));
    expect(created.status).toBe(201);
    const rule = (await created.json()) as { id: string; ownerKeyId: string };
    expect(JSON.stringify(rule)).not.toContain(secret);
    expect(rule.ownerKeyId).toBe(alice.id);

    const aliceGet = await get(`/v1/rules/${rule.id}`, alice.key);
    expect(aliceGet.status).toBe(200);
    expect(JSON.stringify(await aliceGet.json())).not.toContain(secret);
    expect((await get(`/v1/rules/${rule.id}`, bob.key)).status).toBe(404);
    expect(((await (await get('/v1/rules', bob.key)).json()) as { items: { id: string }[] }).items.map((r) => r.id)).not.toContain(rule.id);
    const adminList = ((await (await get('/v1/rules', 'test-admin-key')).json()) as { items: { id: string }[] }).items;
    expect(adminList.map((r) => r.id)).toContain(rule.id);
    expect((await fetch(`${h.base}/v1/rules/${rule.id}`, { method: 'DELETE', headers: json(bob.key) })).status).toBe(404);
    expect((await fetch(`${h.base}/v1/rules/${rule.id}`, { method: 'DELETE', headers: json(alice.key) })).status).toBe(204);

    // Subscribers: masked secrets, usable by the owner's rules only.
    const sub = await h.post('/v1/subscribers', { name: 'ops', email: 'ops@example.org', webhooks: [{ url: 'https://hooks.example.org/s', secret }] }, json(alice.key));
    expect(sub.status).toBe(201);
    const subscriber = (await sub.json()) as { id: string };
    expect(JSON.stringify(subscriber)).not.toContain(secret);
    const bobUses = await h.post('/v1/rules', { name: 'bob', minLevel: 3, channels: {}, subscribers: [subscriber.id] }, json(bob.key));
    expect(bobUses.status).toBe(400);

    // Keys are stored as hashes: the durable log has the hash, never the key.
    const rules = await h.probe('rules');
    await h.waitFor(() => rules.messages.some((m) => m.key === `apikey:${alice.id}`), { what: 'the key record' });
    const log = rules.messages.map((m) => m.value).join('\n');
    expect(log).toContain(hashApiKey(alice.key));
    expect(log).not.toContain(alice.key);
    const keys = ((await (await get('/v1/keys', 'test-admin-key')).json()) as { items: object[] }).items;
    expect(JSON.stringify(keys)).not.toContain(hashApiKey(alice.key));
  });

  it('serves the OpenAPI document at /docs', async () => {
    const page = await fetch(`${h.base}/docs`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('swagger-ui-bundle.js');
    expect((await fetch(`${h.base}/docs/swagger-ui-bundle.js`)).status).toBe(200);
    expect((await fetch(`${h.base}/docs/..%2Fpackage.json`)).status).toBe(404);
    const doc = (await (await fetch(`${h.base}/docs-json`)).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/v1/rules', '/v1/rules/{id}/preview', '/v1/keys', '/v1/subscribers']));
  });

  it('previews a rule over recent incidents: matches, alerts per day, merged reports', async () => {
    const redis = new Redis(h.config.redis.url);
    const prefix = `${h.config.redis.prefix}correlator:`;
    const day = (d: number) => new Date(Date.now() - d * 86_400_000).toISOString();
    const merged = { ...makeIncident('i-prev-merged', 4), levelHistory: [{ level: 3, at: day(2) }, { level: 4, at: day(1) }] };
    merged.reports = [...merged.reports, { ...merged.reports[0], articleId: 'a-second', url: 'https://news.example.org/second' }];
    const other = { ...makeIncident('i-prev-other', 2), levelHistory: [{ level: 2, at: day(1) }] };
    const old = { ...makeIncident('i-prev-old', 5), lastSeen: day(20), levelHistory: [{ level: 5, at: day(20) }] };
    try {
      for (const i of [merged, other, old]) {
        await redis.hset(`${prefix}i:${i.id}`, 'j', JSON.stringify(i));
        await redis.zadd(`${prefix}recent`, Date.parse(i.lastSeen), i.id);
      }
      const ruleId = await h.createRule({ name: 'preview', countries: ['IQ'], minLevel: 3, channels: { email: ['p@example.org'] } });
      const res = await h.post(`/v1/rules/${ruleId}/preview`, { days: 7 });
      expect(res.status).toBe(200);
      const p = (await res.json()) as { matched: { incidentId: string; alerts: unknown[] }[]; alertsPerDay: { date: string; alerts: number }[]; totalAlerts: number; merged: { incidentId: string; reports: number }[] };
      expect(p.matched.map((m) => m.incidentId)).toEqual(['i-prev-merged']);
      expect(p.totalAlerts).toBe(2);
      expect(p.alertsPerDay).toEqual([{ date: day(2).slice(0, 10), alerts: 1 }, { date: day(1).slice(0, 10), alerts: 1 }]);
      expect(p.merged).toEqual([expect.objectContaining({ incidentId: 'i-prev-merged', reports: 2 })]);
    } finally {
      await redis.quit();
    }
  });
});
