import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { freePort, WebhookReceiver } from '@sitrep/testing';
import { droppedCount, makeIncident, NotifierHarness } from './notifier-harness';
import { NODE_FLAGS } from '../../apps/sitrep/src/node-flags';

/**
 * A notifier process killed (SIGKILL) while a webhook is in flight, then a new notifier with
 * the same configuration: the receiver gets the alert once. The new instance finds the claim
 * the dead one left, does not resend (the first request may have arrived), records the send as
 * failed with the reason, dead-letters it for an operator, and drops the redelivered alert.
 */
describe('notifier restart mid-send (e2e)', () => {
  const h = new NotifierHarness();
  let receiver: WebhookReceiver;
  let child: ChildProcess | null = null;

  beforeAll(async () => {
    // Slower than the send timeout: the request is in flight when the process dies.
    receiver = await new WebhookReceiver(() => ({ status: 200, delayMs: 10_000 })).start();
    await h.start({ WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true', WEBHOOK_TIMEOUT_MS: '3000' }, { notifier: false });
  });

  afterAll(async () => {
    child?.kill('SIGKILL');
    await h.stop();
    await receiver?.stop();
  });

  it('does not send twice when the notifier dies mid-send and another takes over', async () => {
    const dlq = await h.probe('alerts.dlq');
    const ruleId = await h.createRule({ name: 'restart', countries: ['IQ'], minLevel: 3, channels: { webhooks: [{ url: receiver.url, secret: 'whsec-restart-123' }] } });

    const opsPort = await freePort();
    const root = path.resolve(__dirname, '../..');
    // The node flags given here: the entry would otherwise re-execute itself, and the kill below must reach the notifier.
    child = spawn(process.execPath, [...NODE_FLAGS, '-r', 'ts-node/register', '-r', 'tsconfig-paths/register', 'apps/sitrep/src/main.ts', 'notifier'], {
      cwd: root,
      env: { ...process.env, ...h.env, PORT: String(opsPort) },
      stdio: 'ignore',
    });
    await h.waitFor(async () => (await fetch(`http://127.0.0.1:${opsPort}/health/ready`)).status === 200, { what: 'the child notifier', timeoutMs: 60_000 });

    const id = `i-restart-${Date.now()}`;
    await h.publishIncident(makeIncident(id, 3));
    await h.waitFor(() => receiver.requests.length === 1, { what: 'the webhook in flight' });
    child.kill('SIGKILL');
    await new Promise((r) => child!.once('exit', r));
    child = null;

    const duplicates = await droppedCount('duplicate');
    await h.startNotifier();
    const [record] = await h.waitFor(async () => {
      const d = await h.deliveries(`rule=${ruleId}&incident=${id}`);
      return d.some((r) => r.status === 'failed') ? d : null;
    }, { what: 'the interrupted send to be recorded', timeoutMs: 60_000 });
    expect(record.lastError).toMatch(/interrupted/);
    const letter = await h.waitFor(() => dlq.messages.find((m) => m.key === `${ruleId}:${id}:3`), { what: 'the dead letter' });
    expect(letter.headers['x-error-code']).toBe('delivery_interrupted');
    // The new instance re-reads what the dead one had not committed and sends nothing.
    await h.waitFor(async () => (await droppedCount('duplicate')) > duplicates, { what: 'the redelivered alert to be dropped', timeoutMs: 60_000 });
    expect(receiver.requests).toHaveLength(1);
  });
});
