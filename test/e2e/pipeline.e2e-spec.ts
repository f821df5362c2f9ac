import { verifyWebhookSignature } from '@sitrep/rules';
import { SitrepConfig } from '@sitrep/config';
import { Incident } from '@sitrep/contracts';
import { registry } from '@sitrep/observability';
import { REPORT_A, REPORT_B, testConfig, TopicProbe, waitFor, WebhookReceiver } from '@sitrep/testing';
import { RunningSitrep, startSitrep } from '../../apps/sitrep/src/sitrep.runner';

/**
 * The foundation's promise, end to end on the real broker, Redis, SMTP server and an HTTP
 * webhook receiver: report A opens one Iraq incident and alerts a matching rule exactly once by
 * email and by signed webhook; report B and a repeat of A join that incident and send nothing more.
 */
describe('pipeline (e2e)', () => {
  let config: SitrepConfig;
  let sitrep: RunningSitrep;
  let receiver: WebhookReceiver;
  let base: string;
  const auth = { authorization: 'Bearer test-admin-key', 'content-type': 'application/json' };

  const post = (path: string, body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
    fetch(`${base}${path}`, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });
  const mailbox = async () => ((await (await fetch(`${base}/v1/dev/mailbox`)).json()) as { items: { to: string; subject: string; html: string; text: string }[] }).items;
  const incidents = async (q = '') => ((await (await fetch(`${base}/v1/incidents${q}`)).json()) as { items: Incident[] }).items;
  /** Alert candidates the notifier dropped as already sent (from the metrics registry). */
  const notifierDuplicates = async () => {
    const m = await registry.getSingleMetric('sitrep_stage_dropped_total')!.get();
    return m.values.filter((v) => v.labels.stage === 'notifier' && v.labels.reason === 'duplicate').reduce((a, v) => a + v.value, 0);
  };

  beforeAll(async () => {
    receiver = await new WebhookReceiver().start();
    config = await testConfig({ WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' });
    sitrep = await startSitrep(config);
    base = sitrep.url;
    await waitFor(async () => (await fetch(`${base}/health/ready`)).status === 200, { what: 'ready', timeoutMs: 60_000 });
  });

  afterAll(async () => {
    await sitrep?.close();
    await receiver?.stop();
  });

  it('alerts a matching rule once by email and signed webhook, and merges the second report', async () => {
    const rule = await post('/v1/rules', {
      name: 'Iraq, significant and above',
      countries: ['IQ'],
      minLevel: 3,
      channels: { email: ['analyst@example.org'], webhooks: [{ url: receiver.url, secret: 'whsec-test-123456' }] },
    }, auth);
    expect(rule.status).toBe(201);
    const ruleId = ((await rule.json()) as { id: string }).id;

    const a = await post('/v1/articles', REPORT_A);
    expect(a.status).toBe(202);
    expect(((await a.json()) as { accepted: string[] }).accepted).toEqual([REPORT_A.id]);

    const [incident] = await waitFor(async () => {
      const items = await incidents('?country=IQ');
      return items.length ? items : null;
    }, { what: 'an Iraq incident' });
    expect(incident.countries).toContain('IQ');
    expect(incident.level).toBeGreaterThanOrEqual(3);
    expect(incident.reports.map((r) => r.articleId)).toEqual([REPORT_A.id]);

    const mails = await waitFor(async () => ((await mailbox()).length ? mailbox() : null), { what: 'the alert email' });
    expect(mails[0].to).toContain('analyst@example.org');
    expect(mails[0].subject).not.toMatch(/[\r\n]/);
    await waitFor(() => receiver.requests.length > 0, { what: 'the webhook' });
    const hook = receiver.requests[0];
    expect(verifyWebhookSignature('whsec-test-123456', hook.rawBody, String(hook.headers['sitrep-signature']), 300)).toBe(true);
    expect(verifyWebhookSignature('another-secret-xyz', hook.rawBody, String(hook.headers['sitrep-signature']), 300)).toBe(false);
    expect(hook.headers['sitrep-delivery-id']).toBeTruthy();
    const payload = JSON.parse(hook.rawBody);
    expect(payload).toMatchObject({ type: 'incident.alert', version: 1, rule: { id: ruleId }, incident: { id: incident.id } });

    const duplicatesBefore = await notifierDuplicates();
    expect((await post('/v1/articles', REPORT_B)).status).toBe(202);
    expect((await post('/v1/articles', REPORT_A)).status).toBe(202);

    const merged = await waitFor(async () => {
      const one = (await (await fetch(`${base}/v1/incidents/${incident.id}`)).json()) as Incident;
      return one.reports.length === 2 ? one : null;
    }, { what: 'report B to join the incident' });
    expect(merged.reports.map((r) => r.articleId).sort()).toEqual([REPORT_A.id, REPORT_B.id].sort());
    expect(await incidents('?country=IQ')).toHaveLength(1);

    // The notifier has decided on B's update (same rule, incident and level: a duplicate); nothing more was sent.
    await waitFor(async () => (await notifierDuplicates()) > duplicatesBefore, { what: 'the notifier to drop the update as already alerted' });
    const deliveries = await waitFor(async () => {
      const r = (await (await fetch(`${base}/v1/deliveries?incident=${incident.id}`, { headers: auth })).json()) as { items: { channel: string; status: string }[] };
      return r.items.length >= 2 ? r.items : null;
    }, { what: 'delivery records' });
    expect(deliveries.filter((d) => d.status === 'sent').map((d) => d.channel).sort()).toEqual(['email', 'webhook']);
    expect(await mailbox()).toHaveLength(1);
    expect(receiver.requests).toHaveLength(1);
  });
});
