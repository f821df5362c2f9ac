import Redis from 'ioredis';
import { SitrepConfig } from '@sitrep/config';
import { Incident } from '@sitrep/contracts';
import { LocalRedisCluster, REPORT_A, REPORT_B, testConfig, waitFor, WebhookReceiver } from '@sitrep/testing';
import { RunningSitrep, startSitrep } from '../../apps/sitrep/src/sitrep.runner';

/**
 * Sitrep on a real three-node Redis Cluster (REDIS_CLUSTER_NODES) instead of one Redis server:
 * the correlator's scripts, the notifier's claims, schedule and retries and the api's projections
 * all run there. Every key carries the `{…}` hash tag of the prefix, so they share one slot (one
 * node), which is what lets multi-key scripts, MULTI and pipelines work on a cluster at all.
 */
describe('Redis Cluster (e2e)', () => {
  const cluster = new LocalRedisCluster(3);
  let config: SitrepConfig;
  let sitrep: RunningSitrep;
  let receiver: WebhookReceiver;
  let base: string;
  const auth = { authorization: 'Bearer test-admin-key', 'content-type': 'application/json' };
  const post = (path: string, body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
    fetch(`${base}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });

  beforeAll(async () => {
    await cluster.start();
    // The first answer is a 503: the webhook is retried through the notifier's schedule on the cluster.
    receiver = await new WebhookReceiver((n) => ({ status: n === 0 ? 503 : 200 })).start();
    config = await testConfig({ REDIS_CLUSTER_NODES: cluster.nodes, WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' });
    sitrep = await startSitrep(config);
    base = sitrep.url;
    await waitFor(async () => (await fetch(`${base}/health/ready`)).status === 200, { what: 'ready', timeoutMs: 60_000 });
  });

  afterAll(async () => {
    await sitrep?.close();
    await receiver?.stop();
    await cluster.stop();
  });

  it('merges reports A and B into one incident and alerts once, with every key under one hash tag', async () => {
    expect(config.redis.prefix).toMatch(/^\{[^}]+\}:$/);
    const rule = await post('/v1/rules', {
      name: 'Iraq on the cluster', countries: ['IQ'], minLevel: 3,
      channels: { email: ['cluster-analyst@example.org'], webhooks: [{ url: receiver.url, secret: 'whsec-cluster-123' }] },
    }, auth);
    expect(rule.status).toBe(201);
    expect((await post('/v1/articles', REPORT_A)).status).toBe(202);
    const incident = await waitFor(async () => {
      const items = ((await (await fetch(`${base}/v1/incidents?country=IQ`)).json()) as { items: Incident[] }).items;
      return items[0] ?? null;
    }, { what: 'the incident', timeoutMs: 60_000 });
    await waitFor(() => receiver.requests.length === 2, { what: 'the webhook, retried once after a 503' });

    expect((await post('/v1/articles', REPORT_B)).status).toBe(202);
    expect((await post('/v1/articles', REPORT_A)).status).toBe(202);
    const merged = await waitFor(async () => {
      const one = (await (await fetch(`${base}/v1/incidents/${incident.id}`)).json()) as Incident;
      return one.reports.length === 2 ? one : null;
    }, { what: 'report B to join the incident' });
    expect(merged.primary.country).toBe('IQ');

    const deliveries = await waitFor(async () => {
      const r = (await (await fetch(`${base}/v1/deliveries?incident=${incident.id}`, { headers: auth })).json()) as { items: { channel: string; status: string; attempts: number }[] };
      return r.items.filter((d) => d.status === 'sent').length === 2 ? r.items : null;
    }, { what: 'both deliveries recorded as sent' });
    expect(deliveries.find((d) => d.channel === 'webhook')).toMatchObject({ status: 'sent', attempts: 2 });
    const mails = ((await (await fetch(`${base}/v1/dev/mailbox`)).json()) as { items: { to: string }[] }).items.filter((m) => m.to.includes('cluster-analyst'));
    expect(mails).toHaveLength(1);
    expect(receiver.requests).toHaveLength(2);

    // All of this run's keys live on the cluster, on one node (one slot), and none on the single server.
    const perNode = await cluster.keysPerNode(`${config.redis.prefix}*`);
    const holding = Object.values(perNode).filter((keys) => keys.length > 0);
    expect(holding).toHaveLength(1);
    expect(holding[0].some((k) => k.includes('correlator:'))).toBe(true);
    expect(holding[0].some((k) => k.includes('notifier:'))).toBe(true);
    const single = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
    try {
      expect(await single.keys(`${config.redis.prefix.replace(/[{}]/g, '\\$&')}*`)).toEqual([]);
    } finally {
      await single.quit();
    }
  });
});
