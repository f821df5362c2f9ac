import { loadConfig, SitrepConfig } from '@sitrep/config';
import { Incident } from '@sitrep/contracts';
import { createKafka } from '@sitrep/messaging';
import { REPORT_A, SecureLocalKafka, testEnv, waitFor } from '@sitrep/testing';
import { RunningSitrep, startSitrep } from '../../apps/sitrep/src/sitrep.runner';

/**
 * Sitrep against a broker that only lets clients in over TLS with SASL (a second local broker
 * with a SASL_SSL listener and a self-signed certificate): KAFKA_SSL, KAFKA_SSL_CA_FILE and
 * KAFKA_SASL_* reach every client the stages make (consumers, the producer, the rules reader,
 * topic admin), and a wrong password or an untrusted certificate fails with a clear error.
 */
describe('Kafka over SASL_SSL (e2e)', () => {
  const broker = new SecureLocalKafka();
  let env: Record<string, string>;
  let config: SitrepConfig;
  let sitrep: RunningSitrep | null = null;

  beforeAll(async () => {
    await broker.start();
    env = await testEnv({
      KAFKA_BROKERS: `127.0.0.1:${broker.saslSslPort}`,
      KAFKA_SSL: 'true',
      KAFKA_SSL_CA_FILE: broker.caFile,
      KAFKA_SASL_MECHANISM: 'plain',
      KAFKA_SASL_USERNAME: broker.user,
      KAFKA_SASL_PASSWORD: broker.password,
    });
    config = loadConfig(env);
  });

  afterAll(async () => {
    await sitrep?.close();
    await broker.stop();
  });

  it('refuses a wrong password and an untrusted certificate with errors that say so', async () => {
    const attempt = async (overrides: Record<string, string>) => {
      const admin = createKafka(loadConfig({ ...env, ...overrides })).admin({ retry: { retries: 0 } });
      try {
        await admin.connect();
        return 'connected';
      } catch (e) {
        return String((e as Error).message);
      } finally {
        await admin.disconnect();
      }
    };
    expect(await attempt({ KAFKA_SASL_PASSWORD: 'wrong-password' })).toMatch(/SASL PLAIN authentication failed/);
    expect(await attempt({ KAFKA_SSL_CA_FILE: '' })).toMatch(/self-signed certificate/);
    expect(await attempt({})).toBe('connected');
  });

  it('runs the pipeline: an article posted becomes an incident', async () => {
    sitrep = await startSitrep(config);
    const base = sitrep.url;
    await waitFor(async () => (await fetch(`${base}/health/ready`)).status === 200, { what: 'ready', timeoutMs: 60_000 });
    const res = await fetch(`${base}/v1/articles`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(REPORT_A) });
    expect(res.status).toBe(202);
    const incident = await waitFor(async () => {
      const items = ((await (await fetch(`${base}/v1/incidents?country=IQ`)).json()) as { items: Incident[] }).items;
      return items[0] ?? null;
    }, { what: 'the incident', timeoutMs: 60_000 });
    expect(incident.reports.map((r) => r.articleId)).toEqual([REPORT_A.id]);
  });
});
