import { Partitioners } from 'kafkajs';
import { SitrepConfig } from '@sitrep/config';
import { Incident, Topics } from '@sitrep/contracts';
import { createKafka, TopicNamer } from '@sitrep/messaging';
import { testConfig, TopicProbe, waitFor } from '@sitrep/testing';
import { RunningSitrep, startSitrep } from '../../apps/sitrep/src/sitrep.runner';

/**
 * Bad input gets a clear error and loses nothing: HTTP callers get a 4xx saying what is wrong,
 * invalid batch items and invalid events written straight to articles.raw land in articles.dlq
 * with the reason, and the consumers keep running.
 */
describe('bad input (e2e)', () => {
  let config: SitrepConfig;
  let sitrep: RunningSitrep;
  let dlq: TopicProbe;
  let base: string;

  const valid = (id: string) => ({
    id,
    source: 'Test Wire',
    url: `https://wire.example/${id}`,
    title: 'Protesters gather outside parliament in Nairobi, Kenya',
    body: 'Several hundred protesters gathered outside parliament in Nairobi on Tuesday to oppose a finance bill. Police watched; no arrests were reported.',
    publishedAt: '2026-11-24T10:00:00Z',
  });
  const post = (body: string, contentType = 'application/json') =>
    fetch(`${base}/v1/articles`, { method: 'POST', headers: { 'content-type': contentType }, body });

  beforeAll(async () => {
    config = await testConfig();
    sitrep = await startSitrep(config);
    base = sitrep.url;
    dlq = await new TopicProbe(config, Topics.articlesDlq).start();
  });

  afterAll(async () => {
    await dlq?.stop();
    await sitrep?.close();
  });

  it('answers broken JSON with 400 saying so', async () => {
    const res = await post('{"title": "unterminated');
    expect(res.status).toBe(400);
    expect(((await res.json()) as { message: string }).message).toMatch(/not valid JSON/);
  });

  it('answers an empty body with 400', async () => {
    const res = await post('');
    expect(res.status).toBe(400);
    expect(((await res.json()) as { message: string }).message).toMatch(/empty/);
  });

  it('answers a 5 MB body with 413', async () => {
    const big = JSON.stringify({ ...valid('big'), body: 'x'.repeat(5 * 1024 * 1024) });
    const res = await post(big);
    expect(res.status).toBe(413);
    expect(((await res.json()) as { message: string }).message).toMatch(/larger than the limit/);
  });

  it('answers a body that is not UTF-8 with 400 naming the byte offset, and publishes nothing', async () => {
    const raw = await new TopicProbe(config, Topics.articlesRaw).start();
    try {
      // A Latin-1 "é" (0xE9) where UTF-8 needs two bytes: body-parser alone would read it as U+FFFD.
      const head = Buffer.from(JSON.stringify({ ...valid('latin1'), title: 'Caf' }).replace('"Caf"', '"Caf\u0000'), 'utf8');
      const cut = head.indexOf(0x00);
      const body = Buffer.concat([head.subarray(0, cut), Buffer.from([0xe9]), head.subarray(cut + 1)]);
      for (const contentType of ['application/json', 'application/x-ndjson']) {
        const res = await fetch(`${base}/v1/articles`, { method: 'POST', headers: { 'content-type': contentType }, body });
        expect(res.status).toBe(400);
        expect(((await res.json()) as { message: string }).message).toBe(`request body is not valid UTF-8: invalid byte 0xe9 at byte offset ${cut}`);
      }
      // A valid article after it arrives; the invalid one never did.
      expect((await post(JSON.stringify(valid('after-latin1')))).status).toBe(202);
      await waitFor(() => raw.messages.some((m) => m.value.includes('after-latin1')), { what: 'the valid article on articles.raw' });
      expect(raw.messages.filter((m) => m.value.includes('latin1') && !m.value.includes('after-latin1'))).toEqual([]);
    } finally {
      await raw.stop();
    }
  });

  it('answers wrong types with 400 naming the fields', async () => {
    const res = await post(JSON.stringify({ source: 42, url: 'not a url', title: ['x'], body: '', publishedAt: 'yesterday' }));
    expect(res.status).toBe(400);
    const body = (await res.json()) as { rejected: { index: number; errors: string[] }[] };
    const errors = body.rejected[0].errors.join('\n');
    for (const field of ['source', 'url', 'title', 'body', 'publishedAt']) expect(errors).toContain(field);
  });

  it('accepts the valid items of a batch, rejects the others by index, and dead-letters them with the reason', async () => {
    const ndjson = [JSON.stringify(valid('batch-ok-1')), '{broken', JSON.stringify({ ...valid('batch-bad'), publishedAt: 'soon' }), JSON.stringify(valid('batch-ok-2'))].join('\n');
    const res = await post(ndjson, 'application/x-ndjson');
    expect(res.status).toBe(202);
    const body = (await res.json()) as { accepted: string[]; rejected: { index: number; errors: string[] }[] };
    expect(body.accepted).toEqual(['batch-ok-1', 'batch-ok-2']);
    expect(body.rejected.map((r) => r.index)).toEqual([1, 2]);
    expect(body.rejected[1].errors.join()).toMatch(/publishedAt/);
    const ofThisBatch = () => dlq.messages.filter((m) => m.headers['x-original-topic'] === 'http:/v1/articles' && (m.value === '{broken' || m.value.includes('batch-bad')));
    const fromHttp = await waitFor(() => (ofThisBatch().length >= 2 ? ofThisBatch() : null), { what: 'rejected items in the DLQ' });
    expect(fromHttp.map((m) => m.headers['x-original-index']).sort()).toEqual(['1', '2']);
    expect(fromHttp.every((m) => m.headers['x-error-code'] === 'invalid_event')).toBe(true);
    expect(fromHttp.find((m) => m.headers['x-original-index'] === '1')!.value).toBe('{broken');
  });

  it('dead-letters invalid events written straight to articles.raw and keeps consuming', async () => {
    // A bare article (no envelope), as a producer writing to Kafka directly may send it.
    const directArticle = {
      ...valid('direct-ok'),
      title: 'Dock workers strike at the port of Mombasa, Kenya',
      body: 'Dock workers at the port of Mombasa walked off the job on Monday over a plan to lease berths to a private operator. The union said the strike would go on until the plan is withdrawn.',
    };
    const kafka = createKafka(config, 'sitrep-test-producer');
    const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
    await producer.connect();
    const topic = new TopicNamer(config.kafka.topicPrefix).physical(Topics.articlesRaw);
    const invalidUtf8 = Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]);
    await producer.send({
      topic,
      messages: [
        { key: 'p1', value: 'not json at all' },
        { key: 'p2', value: JSON.stringify({ article: { id: 'x' } }) },
        { key: 'p3', value: invalidUtf8 },
        { key: 'p4', value: JSON.stringify([1, 2, 3]) },
        { key: 'ok', value: JSON.stringify(directArticle) },
      ],
    });
    await producer.disconnect();
    const fromRaw = await waitFor(() => {
      const m = dlq.messages.filter((x) => x.headers['x-original-topic'] === Topics.articlesRaw);
      return m.length >= 4 ? m : null;
    }, { what: 'four dead letters from articles.raw' });
    const codes = Object.fromEntries(fromRaw.map((m) => [m.key, m.headers['x-error-code']]));
    expect(codes).toEqual({ p1: 'invalid_json', p2: 'invalid_event', p3: 'invalid_utf8', p4: 'invalid_event' });
    expect(fromRaw.every((m) => m.headers['x-original-offset'] !== undefined && m.headers['x-error-message'])).toBe(true);
    // The valid one behind the poison messages still becomes an incident.
    await waitFor(async () => {
      const items = ((await (await fetch(`${base}/v1/incidents?country=KE`)).json()) as { items: Incident[] }).items;
      return items.some((i) => i.reports.some((r) => r.articleId === 'direct-ok'));
    }, { what: 'the valid direct article to become an incident' });
  });
});
