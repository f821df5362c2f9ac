import { Partitioners, Producer } from 'kafkajs';
import { SitrepConfig } from '@sitrep/config';
import { Incident, Topics } from '@sitrep/contracts';
import { createKafka, TopicNamer } from '@sitrep/messaging';
import { testConfig, TopicProbe, waitFor, WebhookReceiver } from '@sitrep/testing';
import { RunningSitrep, startSitrep } from '../../apps/sitrep/src/sitrep.runner';

/**
 * A corpus of hostile input against the HTTP API and written straight to articles.raw. Every
 * item gets a clear error or is handled; no consumer stops; nothing valid is lost; the DLQ holds
 * exactly one entry per bad event. Webhooks to internal addresses are refused (private targets
 * are NOT allowed in this run), and one analyst cannot see or touch another's rules.
 */
describe('hostile input (e2e)', () => {
  let config: SitrepConfig;
  let sitrep: RunningSitrep;
  let dlq: TopicProbe;
  let classified: TopicProbe;
  let alertsDlq: TopicProbe;
  let producer: Producer;
  let base: string;
  const admin = { authorization: 'Bearer test-admin-key', 'content-type': 'application/json' };
  const json = { 'content-type': 'application/json' };
  /** Items the API rejected inside otherwise readable requests: each must be dead-lettered. */
  let httpRejectedItems = 0;

  const article = (id: string, over: Record<string, unknown> = {}) => ({
    id,
    source: 'Hostile Wire',
    url: `https://hostile.example/${id}`,
    title: 'Rocket strike kills 9 in Mosul, Iraq',
    body: 'A rocket strike killed 9 people and wounded 20 in Mosul, Iraq, on Tuesday, officials said. The attack hit a market in the west of the city.',
    publishedAt: '2026-11-24T10:00:00Z',
    ...over,
  });
  const post = (path: string, body: string | Buffer, headers: Record<string, string> = json) =>
    fetch(`${base}${path}`, { method: 'POST', headers, body: typeof body === 'string' ? body : new Uint8Array(body) });
  const incidentsOf = async (country: string) => ((await (await fetch(`${base}/v1/incidents?country=${country}&limit=200`)).json()) as { items: Incident[] }).items;
  const reportIds = async (country: string) => new Set((await incidentsOf(country)).flatMap((i) => i.reports.map((r) => r.articleId)));
  const rejectedCount = async (res: Response) => ((await res.clone().json()) as { rejected?: unknown[] }).rejected?.length ?? 0;

  beforeAll(async () => {
    config = await testConfig();
    sitrep = await startSitrep(config);
    base = sitrep.url;
    await waitFor(async () => (await fetch(`${base}/health/ready`)).status === 200, { what: 'ready', timeoutMs: 90_000 });
    dlq = await new TopicProbe(config, Topics.articlesDlq).start();
    classified = await new TopicProbe(config, Topics.articlesClassified).start();
    alertsDlq = await new TopicProbe(config, Topics.alertsDlq).start();
    producer = createKafka(config, 'sitrep-test-hostile').producer({ createPartitioner: Partitioners.DefaultPartitioner });
    await producer.connect();
  });

  afterAll(async () => {
    await producer?.disconnect();
    await Promise.all([dlq, classified, alertsDlq].map((p) => p?.stop()));
    await sitrep?.close();
  });

  describe('POST /v1/articles', () => {
    it('answers broken JSON with 400 saying so', async () => {
      for (const body of ['{"title": "unterminated', '{,}', 'null x', '\u0000\u0001']) {
        const res = await post('/v1/articles', body);
        expect(res.status).toBe(400);
        expect(JSON.stringify(await res.json())).toMatch(/JSON|empty/i);
      }
    });

    it('answers wrong types and missing fields with 400 naming each field, and dead-letters the items', async () => {
      const wrong = await post('/v1/articles', JSON.stringify({ source: 42, url: ['x'], title: { a: 1 }, body: true, publishedAt: 12345 }));
      expect(wrong.status).toBe(400);
      const errors = JSON.stringify(await wrong.clone().json());
      for (const f of ['source', 'url', 'title', 'body', 'publishedAt']) expect(errors).toContain(f);
      httpRejectedItems += await rejectedCount(wrong);
      const missing = await post('/v1/articles', JSON.stringify({ title: 'only a title' }));
      expect(missing.status).toBe(400);
      const missingErrors = JSON.stringify(await missing.clone().json());
      for (const f of ['source', 'url', 'body', 'publishedAt']) expect(missingErrors).toContain(f);
      httpRejectedItems += await rejectedCount(missing);
      const notObjects = await post('/v1/articles', JSON.stringify([1, 'two', null, [3]]));
      expect(notObjects.status).toBe(400);
      httpRejectedItems += await rejectedCount(notObjects);
    });

    it('answers a 10 MB body with 413 and keeps serving', async () => {
      const big = JSON.stringify(article('ten-mb', { body: 'x'.repeat(10 * 1024 * 1024) }));
      const res = await post('/v1/articles', big);
      expect(res.status).toBe(413);
      expect(((await res.json()) as { message: string }).message).toMatch(/larger than the limit/);
      expect((await fetch(`${base}/health/live`)).status).toBe(200);
    });

    it('answers deeply nested JSON with a 4xx, not a crash', async () => {
      const depth = 100_000;
      const nested = `${'['.repeat(depth)}${']'.repeat(depth)}`;
      const res = await post('/v1/articles', nested);
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      httpRejectedItems += await rejectedCount(res).catch(() => 0);
      const objects = `${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}`;
      const res2 = await post('/v1/articles', objects);
      expect(res2.status).toBe(400);
      httpRejectedItems += await rejectedCount(res2);
      expect((await fetch(`${base}/health/live`)).status).toBe(200);
    });

    it('answers invalid UTF-8 with 400, or accepts it with the bad bytes replaced (never a 5xx)', async () => {
      const prefix = Buffer.from(JSON.stringify(article('bad-utf8', { title: 'XXXX' })).replace('XXXX', '@@'));
      const at = prefix.indexOf('@@');
      const body = Buffer.concat([prefix.subarray(0, at), Buffer.from([0xc3, 0x28, 0xff, 0xfe]), prefix.subarray(at + 2)]);
      const res = await post('/v1/articles', body);
      expect([202, 400]).toContain(res.status);
      httpRejectedItems += await rejectedCount(res);
      if (res.status === 202) {
        const got = await waitFor(async () => classified.messages.find((m) => m.key === 'bad-utf8'), { what: 'the replaced-bytes article to be classified' });
        expect(got.value).toContain('\uFFFD');
      }
    });

    it('rejects a 100,000-character title by name, and dead-letters it', async () => {
      const res = await post('/v1/articles', JSON.stringify(article('long-title', { title: 'A'.repeat(100_000) })));
      expect(res.status).toBe(400);
      expect(JSON.stringify(await res.clone().json())).toMatch(/title/);
      httpRejectedItems += await rejectedCount(res);
    });

    it('handles control characters, RTL and emoji text: accepted and kept exactly', async () => {
      const rtlTitle = '\u202Eانفجار في بغداد 💥🔥 — blast in Baghdad, Iraq';
      const ctrlTitle = 'Clashes\u0007 in Basra,\u001b[31m Iraq\u0000 injure 12';
      const res = await post('/v1/articles', JSON.stringify([
        article('rtl-emoji', { title: rtlTitle, body: `${rtlTitle}. A car bomb killed 14 people in Baghdad, Iraq, on Monday. 😢 ${'‏نص عربي '.repeat(20)}` }),
        article('ctrl-chars', { title: ctrlTitle, body: 'Clashes between police and protesters injured 12 people in Basra, Iraq, on Sunday.\u0000\u0008' }),
      ]));
      // Either accepted, or a clear per-item rejection naming the field: never a 5xx.
      expect([202, 400]).toContain(res.status);
      const body = (await res.json()) as { accepted: string[]; rejected: { index: number; errors: string[] }[] };
      httpRejectedItems += body.rejected.length;
      expect(body.accepted).toContain('rtl-emoji');
      const got = await waitFor(async () => classified.messages.find((m) => m.key === 'rtl-emoji'), { what: 'the RTL article to be classified' });
      expect((JSON.parse(got.value) as { article: { title: string } }).article.title).toBe(rtlTitle);
    });

    it('keeps script/HTML and header injection in titles out of emails', async () => {
      const rule = await post('/v1/rules', JSON.stringify({ name: 'hostile: Kenya and Chad', countries: ['KE', 'TD'], minLevel: 1, channels: { email: ['analyst@example.org'] } }), admin);
      expect(rule.status).toBe(201);
      const res = await post('/v1/articles', JSON.stringify([
        article('script-title', {
          title: '<script>alert(1)</script><img src=x onerror=alert(2)> Gunmen kill 7 in Nairobi, Kenya',
          body: 'Gunmen killed 7 people in Nairobi, Kenya, on Friday. <iframe src="javascript:alert(3)"></iframe> Police said the attackers fled.',
        }),
        article('header-title', {
          title: 'Bomb kills 5 in N\'Djamena, Chad\r\nBcc: victim@evil.example\r\nX-Injected: 1',
          body: 'A bomb killed 5 people in N\'Djamena, Chad, on Saturday, police said.\r\n\r\nBcc: other@evil.example',
        }),
      ]));
      expect(res.status).toBe(202);
      type Mail = { to: string; subject: string; html: string; text: string };
      const mails = await waitFor(async () => {
        const items = ((await (await fetch(`${base}/v1/dev/mailbox`)).json()) as { items: Mail[] }).items;
        return items.length >= 2 ? items : null;
      }, { what: 'two alert emails', timeoutMs: 60_000 });
      for (const m of mails) {
        expect(m.subject).not.toMatch(/[\r\n]/);
        expect(m.html).not.toMatch(/<script|<iframe|<img[^>]*onerror/i);
        expect(`${m.to}`).not.toMatch(/evil\.example/);
      }
      expect(mails.some((m) => m.html.includes('&lt;script&gt;'))).toBe(true);
    });
  });

  describe('written straight to articles.raw', () => {
    it('dead-letters each bad event once with its reason, and loses no valid one', async () => {
      const topic = new TopicNamer(config.kafka.topicPrefix).physical(Topics.articlesRaw);
      const depth = 50_000;
      const bad: { key: string; value: Buffer | string | null; code: string }[] = [
        { key: 'k-broken', value: '{"article": {', code: 'invalid_json' },
        { key: 'k-types', value: JSON.stringify({ id: 7, source: [], url: 1, title: {}, body: null, publishedAt: false }), code: 'invalid_event' },
        { key: 'k-missing', value: JSON.stringify({ id: 'k-missing', title: 'no body, no url' }), code: 'invalid_event' },
        { key: 'k-nested', value: `${'['.repeat(depth)}${']'.repeat(depth)}`, code: 'invalid_event' },
        { key: 'k-utf8', value: Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d]), code: 'invalid_utf8' },
        { key: 'k-long', value: JSON.stringify(article('k-long', { title: 'B'.repeat(100_000) })), code: 'invalid_event' },
        { key: 'k-empty', value: null, code: 'empty_message' },
        { key: 'k-scalar', value: '42', code: 'invalid_event' },
        { key: 'k-envelope', value: JSON.stringify({ eventId: 'e', occurredAt: 'never', schemaVersion: 99, correlationId: '', article: article('k-envelope') }), code: 'invalid_event' },
      ];
      const valid = [
        article('k-ok-script', { title: '<script>alert("x")</script> Drone strike kills 4 in Kandahar, Afghanistan', body: 'A drone strike killed 4 people in Kandahar, Afghanistan, on Monday, officials said.' }),
        article('k-ok-rtl', { title: 'اشتباكات في حلب 🚨 Clashes in Aleppo, Syria', body: 'Clashes in Aleppo, Syria, injured 6 people on Wednesday. ‏مصدر محلي‏ 🙏', language: 'ar' }),
        article('k-ok-ctrl', { title: 'Protest\u0007 in Lagos,\u001b Nigeria', body: 'Thousands protested in Lagos, Nigeria, on Thursday over fuel prices.\u0000' }),
      ];
      await producer.send({
        topic,
        messages: [
          ...bad.map((b) => ({ key: b.key, value: b.value })),
          ...valid.map((v) => ({ key: v.id, value: JSON.stringify(v) })),
        ],
      });
      const fromRaw = () => dlq.messages.filter((m) => m.headers['x-original-topic'] === Topics.articlesRaw);
      await waitFor(() => fromRaw().length >= bad.length, { what: `${bad.length} dead letters from articles.raw`, timeoutMs: 60_000 });
      // Valid events behind the poison ones are all classified (nothing valid lost).
      await waitFor(() => valid.every((v) => classified.messages.some((m) => m.key === v.id)), { what: 'every valid direct article classified', timeoutMs: 60_000 });
      const codes = Object.fromEntries(fromRaw().map((m) => [m.key, m.headers['x-error-code']]));
      expect(codes).toEqual(Object.fromEntries(bad.map((b) => [b.key, b.code])));
      expect(fromRaw()).toHaveLength(bad.length); // exactly once each
      expect(fromRaw().every((m) => m.headers['x-error-message'] && m.headers['x-original-offset'] !== undefined)).toBe(true);
    });

    it('has dead-lettered exactly the items the API rejected', async () => {
      const fromHttp = () => dlq.messages.filter((m) => m.headers['x-original-topic'] === 'http:/v1/articles');
      await waitFor(() => fromHttp().length >= httpRejectedItems, { what: `${httpRejectedItems} HTTP dead letters` });
      await new Promise((r) => setTimeout(r, 1000));
      expect(fromHttp()).toHaveLength(httpRejectedItems);
      expect(fromHttp().every((m) => m.headers['x-error-code'] === 'invalid_event')).toBe(true);
    });

    it('keeps every consumer running: a fresh valid article still becomes an incident', async () => {
      const res = await post('/v1/articles', JSON.stringify(article('after-the-storm', { title: 'Shelling kills 6 in Kharkiv, Ukraine', body: 'Shelling killed 6 people in Kharkiv, Ukraine, on Tuesday, the regional governor said.' })));
      expect(res.status).toBe(202);
      await waitFor(async () => (await reportIds('UA')).has('after-the-storm'), { what: 'the fresh article to become an incident', timeoutMs: 60_000 });
      expect((await fetch(`${base}/health/ready`)).status).toBe(200);
    });
  });

  describe('POST /v1/rules: webhook targets inside the network are refused', () => {
    const literal = ['http://127.0.0.1:8080/hook', 'http://169.254.169.254/latest/meta-data/', 'http://10.0.0.1/hook', 'http://[::1]/hook', 'http://2130706433/hook', 'http://0x7f000001/hook', 'http://192.168.1.10/hook'];

    it.each(literal)('refuses %s with 400 naming the field', async (url) => {
      const res = await post('/v1/rules', JSON.stringify({ name: 'ssrf', minLevel: 1, channels: { webhooks: [{ url, secret: 'ssrf-secret-123' }] } }), admin);
      expect(res.status).toBe(400);
      expect(JSON.stringify(await res.json())).toMatch(/webhooks\.0\.url/);
    });

    it('never delivers to a host name that resolves to loopback (refused at creation or at send)', async () => {
      const receiver = await new WebhookReceiver().start();
      try {
        const url = receiver.url.replace('127.0.0.1', 'localhost');
        const res = await post('/v1/rules', JSON.stringify({ name: 'ssrf by name', countries: ['SO'], minLevel: 1, channels: { webhooks: [{ url, secret: 'ssrf-secret-123' }] } }), admin);
        if (res.status === 400) {
          expect(JSON.stringify(await res.json())).toMatch(/webhooks\.0\.url/);
          return;
        }
        expect(res.status).toBe(201);
        const ruleId = ((await res.json()) as { id: string }).id;
        expect((await post('/v1/articles', JSON.stringify(article('ssrf-trigger', { title: 'Militants kill 8 in Mogadishu, Somalia', body: 'Militants killed 8 people in an attack in Mogadishu, Somalia, on Monday, police said.' })))).status).toBe(202);
        // The delivery is refused for good: recorded, dead-lettered, and nothing reached the receiver.
        await waitFor(async () => {
          const r = (await (await fetch(`${base}/v1/deliveries?rule=${ruleId}`, { headers: admin })).json()) as { items: { status: string }[] };
          return r.items.some((d) => d.status === 'refused' || d.status === 'failed');
        }, { what: 'a refused delivery record', timeoutMs: 60_000 });
        expect(receiver.requests).toHaveLength(0);
      } finally {
        await receiver.stop();
      }
    });
  });

  describe('API keys', () => {
    it('answers no key and a wrong key with 401', async () => {
      for (const headers of [json, { ...json, authorization: 'Bearer not-a-key' }, { ...json, authorization: 'Basic dGVzdA==' }, { ...json, authorization: 'Bearer test-admin-key trailing' }, { ...json, authorization: 'Bearer test-admin-key-but-longer' }]) {
        expect((await fetch(`${base}/v1/rules`, { headers })).status).toBe(401);
        expect((await post('/v1/rules', JSON.stringify({ name: 'x', minLevel: 1, channels: {} }), headers)).status).toBe(401);
      }
    });

    it("does not let one analyst see, change or delete another's rule", async () => {
      const key = async (name: string) => {
        const res = await post('/v1/keys', JSON.stringify({ name, role: 'analyst' }), admin);
        expect(res.status).toBe(201);
        return ((await res.json()) as { key: string }).key;
      };
      const alice = { ...json, authorization: `Bearer ${await key('alice')}` };
      const bob = { ...json, authorization: `Bearer ${await key('bob')}` };
      const created = await post('/v1/rules', JSON.stringify({ name: 'alice: Peru', countries: ['PE'], minLevel: 3, channels: { email: ['alice@example.org'] } }), alice);
      expect(created.status).toBe(201);
      const id = ((await created.json()) as { id: string }).id;
      expect((await fetch(`${base}/v1/rules/${id}`, { headers: bob })).status).toBe(404);
      expect((await fetch(`${base}/v1/rules/${id}`, { method: 'DELETE', headers: bob })).status).toBe(404);
      expect((await fetch(`${base}/v1/rules/${id}`, { method: 'PUT', headers: bob, body: JSON.stringify({ name: 'hijack', minLevel: 1, channels: {} }) })).status).toBe(404);
      const bobsList = (await (await fetch(`${base}/v1/rules`, { headers: bob })).json()) as { items: { id: string }[] };
      expect(bobsList.items.map((r) => r.id)).not.toContain(id);
      expect((await fetch(`${base}/v1/rules/${id}`, { headers: alice })).status).toBe(200);
    });
  });
});
