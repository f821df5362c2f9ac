import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { freePort, WebhookReceiver } from '@sitrep/testing';
import { droppedCount, makeIncident, NotifierHarness } from './notifier-harness';
import { NODE_FLAGS } from '../../apps/sitrep/src/node-flags';

/**
 * A notifier process killed (SIGKILL) mid-send, then a new notifier with the same
 * configuration: no alert is lost. The new instance finds the claim the dead one left (outcome
 * unknown: the request or message may or may not have arrived), sends it again with the same
 * delivery id (for email, the same Message-ID) once the lease runs out, so the receiver can drop
 * the repeat, records the send as sent, dead-letters nothing, and drops the redelivered alert.
 */
describe('notifier restart mid-send (e2e)', () => {
  const h = new NotifierHarness();
  let receiver: WebhookReceiver;
  let child: ChildProcess | null = null;
  let smtp: SMTPServer;
  /** Every message the SMTP server read whole (whether or not it answered). */
  const received: { messageId: string; deliveryId: string }[] = [];

  /** The notifier app in its own process, as `npm run start:notifier` runs it. */
  const spawnNotifier = async (): Promise<ChildProcess> => {
    const opsPort = await freePort();
    // The node flags given here: the entry would otherwise re-execute itself, and the kill must reach the notifier.
    const proc = spawn(process.execPath, [...NODE_FLAGS, '-r', 'ts-node/register', '-r', 'tsconfig-paths/register', 'apps/sitrep/src/main.ts', 'notifier'], {
      cwd: path.resolve(__dirname, '../..'),
      env: { ...process.env, ...h.env, PORT: String(opsPort) },
      stdio: 'ignore',
    });
    await h.waitFor(async () => (await fetch(`http://127.0.0.1:${opsPort}/health/ready`)).status === 200, { what: 'the child notifier', timeoutMs: 60_000 });
    return proc;
  };

  const kill = async () => {
    child!.kill('SIGKILL');
    await new Promise((r) => child!.once('exit', r));
    child = null;
  };

  beforeAll(async () => {
    // The first request is slower than the send timeout: it is in flight when the process dies.
    receiver = await new WebhookReceiver((n) => ({ status: 200, delayMs: n === 0 ? 10_000 : 0 })).start();
    // A real SMTP server that reads the first message whole (DATA and the final dot) and never
    // answers it, so the notifier dies between DATA and the reply. Later messages are accepted.
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData: (stream, _session, callback) => {
        void simpleParser(stream).then((mail) => {
          received.push({ messageId: mail.messageId ?? '', deliveryId: String(mail.headers.get('sitrep-delivery-id') ?? '') });
          if (received.length > 1) callback();
        });
      },
    });
    const smtpPort = await freePort();
    await new Promise<void>((r) => smtp.listen(smtpPort, '127.0.0.1', () => r()));
    await h.start({ WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true', WEBHOOK_TIMEOUT_MS: '3000', SMTP_URL: `smtp://127.0.0.1:${smtpPort}` }, { notifier: false });
  });

  afterAll(async () => {
    child?.kill('SIGKILL');
    await h.stop();
    await receiver?.stop();
    await new Promise<void>((r) => (smtp ? smtp.close(() => r()) : r()));
  });

  it('sends a webhook again with the same delivery id when the notifier dies mid-send', async () => {
    const dlq = await h.probe('alerts.dlq');
    const ruleId = await h.createRule({ name: 'restart', countries: ['IQ'], minLevel: 3, channels: { webhooks: [{ url: receiver.url, secret: 'whsec-restart-123' }] } });
    child = await spawnNotifier();

    const id = `i-restart-${Date.now()}`;
    await h.publishIncident(makeIncident(id, 3));
    await h.waitFor(() => receiver.requests.length === 1, { what: 'the webhook in flight' });
    await kill();

    const duplicates = await droppedCount('duplicate');
    await h.startNotifier();
    const records = await h.waitFor(async () => {
      const d = await h.deliveries(`rule=${ruleId}&incident=${id}`);
      return d.some((r) => r.status === 'sent') ? d : null;
    }, { what: 'the resent alert to be recorded as sent', timeoutMs: 60_000 });
    expect(records.find((r) => r.status === 'sent')!.attempts).toBe(2);
    // The repeat carries the first request's delivery id and body: a receiver recognises it.
    await h.waitFor(() => receiver.requests.length === 2, { what: 'the resent webhook' });
    const [first, second] = receiver.requests;
    expect(second.headers['sitrep-delivery-id']).toBe(first.headers['sitrep-delivery-id']);
    expect(second.rawBody).toBe(first.rawBody);
    // The new instance re-reads what the dead one had not committed and sends nothing more.
    await h.waitFor(async () => (await droppedCount('duplicate')) > duplicates, { what: 'the redelivered alert to be dropped', timeoutMs: 60_000 });
    await new Promise((r) => setTimeout(r, 1000));
    expect(receiver.requests).toHaveLength(2);
    expect(dlq.messages.filter((m) => m.key === `${ruleId}:${id}:3`)).toEqual([]);
  });

  it('sends an email again with the same Message-ID when the notifier dies between DATA and the reply', async () => {
    await h.notifier?.close();
    h.notifier = null;
    const dlq = await h.probe('alerts.dlq');
    const ruleId = await h.createRule({ name: 'restart by email', countries: ['IQ'], minLevel: 3, channels: { email: ['analyst@example.org'] } });
    child = await spawnNotifier();

    const id = `i-restart-mail-${Date.now()}`;
    await h.publishIncident(makeIncident(id, 4, 'Rocket attack on Ain al-Asad airbase'));
    await h.waitFor(() => received.length === 1, { what: 'the first message, read whole and unanswered' });
    await kill();

    await h.startNotifier();
    await h.waitFor(async () => {
      const d = await h.deliveries(`rule=${ruleId}&incident=${id}`);
      return d.some((r) => r.channel === 'email' && r.status === 'sent') ? d : null;
    }, { what: 'the resent email to be recorded as sent', timeoutMs: 90_000 });
    // The server read the message twice, under one Message-ID: a mailbox shows one message.
    expect(received).toHaveLength(2);
    expect(new Set(received.map((m) => m.messageId)).size).toBe(1);
    expect(received[0].messageId).toMatch(/^<[0-9a-f]{32}\.sitrep@sitrep\.local>$/);
    expect(received[1].deliveryId).toBe(received[0].deliveryId);
    expect(dlq.messages.filter((m) => m.key === `${ruleId}:${id}:4`)).toEqual([]);
  });
});
