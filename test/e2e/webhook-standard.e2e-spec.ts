import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { SitrepConfig } from '@sitrep/config';
import { REPORT_A, testConfig, waitFor, WebhookReceiver } from '@sitrep/testing';
import { RunningSitrep, startSitrep } from '../../apps/sitrep/src/sitrep.runner';
import { readmeReceivers } from './readme-snippets';

/**
 * Standard Webhooks (v1.1) on the real pipeline: report A alerts a rule with two webhooks, one
 * with a `whsec_` secret whose first attempt gets 503, one with a plain v1 secret. The deliveries
 * are verified by the `standardwebhooks` package (a library nobody here wrote) and by README's
 * snippets as written, and the retried delivery keeps its webhook-id.
 */
describe('webhook signatures (e2e)', () => {
  let config: SitrepConfig;
  let sitrep: RunningSitrep;
  let standard: WebhookReceiver;
  let plain: WebhookReceiver;
  const whsec = `whsec_${randomBytes(32).toString('base64')}`;
  const plainSecret = 'plain-v1-secret-123456';
  const auth = { authorization: 'Bearer test-admin-key', 'content-type': 'application/json' };

  beforeAll(async () => {
    standard = await new WebhookReceiver((n) => ({ status: n === 0 ? 503 : 204 })).start();
    plain = await new WebhookReceiver().start();
    config = await testConfig({ WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true', DELIVERY_BACKOFF_BASE_MS: '200' });
    sitrep = await startSitrep(config);
    await waitFor(async () => (await fetch(`${sitrep.url}/health/ready`)).status === 200, { what: 'ready', timeoutMs: 60_000 });
  });

  afterAll(async () => {
    await sitrep?.close();
    await Promise.all([standard, plain].map((r) => r?.stop()));
  });

  it('is verified by the standardwebhooks package and by README, keeping webhook-id across a retry', async () => {
    const rule = await fetch(`${sitrep.url}/v1/rules`, {
      method: 'POST', headers: auth,
      body: JSON.stringify({
        name: 'Iraq, standard webhooks', countries: ['IQ'], minLevel: 3,
        channels: { webhooks: [{ url: standard.url, secret: whsec }, { url: plain.url, secret: plainSecret, format: 'sitrep' }] },
      }),
    });
    expect(rule.status).toBe(201);
    expect((await fetch(`${sitrep.url}/v1/articles`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(REPORT_A) })).status).toBe(202);

    await waitFor(() => standard.requests.length >= 2 && plain.requests.length >= 1, { what: 'the retried and the plain webhook', timeoutMs: 60_000 });
    const [first, retry] = standard.requests;

    // One delivery, one id: webhook-id is Sitrep-Delivery-Id on both attempts.
    expect(first.headers['webhook-id']).toBeTruthy();
    expect(retry.headers['webhook-id']).toBe(first.headers['webhook-id']);
    expect(retry.headers['webhook-id']).toBe(retry.headers['sitrep-delivery-id']);
    expect(retry.rawBody).toBe(first.rawBody);
    expect(Number(retry.headers['webhook-timestamp'])).toBeGreaterThanOrEqual(Number(first.headers['webhook-timestamp']));

    // The reference library, keyed with the whsec_ secret as its README says.
    const wh = new Webhook(whsec);
    for (const req of [first, retry]) expect(wh.verify(req.rawBody, req.headers as Record<string, string>)).toEqual(JSON.parse(req.rawBody));
    const alert = JSON.parse(retry.rawBody);
    expect(alert).toMatchObject({ type: 'incident.alert', version: 1, incident: { countries: expect.arrayContaining(['IQ']) } });
    expect(() => wh.verify(retry.rawBody.replace('"IQ"', '"IR"'), retry.headers as Record<string, string>)).toThrow();
    expect(() => new Webhook(`whsec_${randomBytes(32).toString('base64')}`).verify(retry.rawBody, retry.headers as Record<string, string>)).toThrow();

    // A plain v1 secret: the library verifies with { format: 'raw' }.
    const p = plain.requests[0];
    expect(new Webhook(plainSecret, { format: 'raw' }).verify(p.rawBody, p.headers as Record<string, string>)).toEqual(JSON.parse(p.rawBody));
    expect(p.headers['webhook-id']).toBe(p.headers['sitrep-delivery-id']);
    expect(p.headers['webhook-id']).not.toBe(retry.headers['webhook-id']);

    // README's snippets, as written: Standard Webhooks with the whsec_ secret …
    const [standardSnippet] = readmeReceivers('### Standard Webhooks (v1.1)', whsec);
    expect(standardSnippet({ body: Buffer.from(retry.rawBody), headers: retry.headers })).toBe(204);
    expect(standardSnippet({ body: Buffer.from(retry.rawBody.replace('"IQ"', '"IR"')), headers: retry.headers })).toBe(401);
    // … and Sitrep-Signature, with the whsec_ secret as text and with the plain one.
    const [sitrepWithWhsec] = readmeReceivers('## Webhooks: verifying the signature', whsec);
    const [sitrepWithPlain] = readmeReceivers('## Webhooks: verifying the signature', plainSecret);
    expect(sitrepWithWhsec({ body: Buffer.from(retry.rawBody), headers: retry.headers })).toBe(204);
    expect(sitrepWithPlain({ body: Buffer.from(p.rawBody), headers: p.headers })).toBe(204);
    expect(sitrepWithPlain({ body: Buffer.from(retry.rawBody), headers: retry.headers })).toBe(401);
    expect(sitrepWithPlain({ body: Buffer.from(`${p.rawBody} `), headers: p.headers })).toBe(401);

    const deliveries = await waitFor(async () => {
      const r = (await (await fetch(`${sitrep.url}/v1/deliveries?incident=${alert.incident.id}`, { headers: auth })).json()) as { items: { id: string; status: string; attempts: number; target: string }[] };
      const sent = r.items.filter((d) => d.status === 'sent');
      return sent.length === 2 ? sent : null;
    }, { what: 'two sent deliveries' });
    expect(deliveries.find((d) => d.target.startsWith(standard.url.replace(/\/hook$/, '')))).toMatchObject({ attempts: 2 });
    expect(standard.requests).toHaveLength(2);
    expect(plain.requests).toHaveLength(1);
  });
});
