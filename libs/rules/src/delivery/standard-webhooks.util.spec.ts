import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { decodeStandardSecret, signStandardWebhook, standardWebhookHeaders, standardWebhookKey } from './standard-webhooks.util';

/** Checked against the `standardwebhooks` package (the spec's reference library), not against ourselves. */
describe(signStandardWebhook.name, () => {
  const body = JSON.stringify({ type: 'incident.alert', version: 1, note: 'Ünïcode ✓ <!channel>' });
  const id = 'r-1:i-1:3:webhook:abc';
  const now = Math.floor(Date.now() / 1000);

  it('matches the reference library for a whsec_ secret (base64-decoded key)', () => {
    const secret = `whsec_${randomBytes(32).toString('base64')}`;
    const headers = standardWebhookHeaders(secret, id, now + 0.7, body);
    expect(headers['webhook-id']).toBe(id);
    expect(headers['webhook-timestamp']).toBe(String(now));
    expect(headers['webhook-signature']).toBe(new Webhook(secret).sign(id, new Date(now * 1000), body));
    expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
  });

  it('keys a plain secret with its bytes, as the library does with { format: "raw" }', () => {
    const secret = 'plain-secret-123456';
    const headers = standardWebhookHeaders(secret, id, now, body);
    expect(() => new Webhook(secret, { format: 'raw' }).verify(body, headers)).not.toThrow();
    expect(() => new Webhook('other-secret-1234', { format: 'raw' }).verify(body, headers)).toThrow(/signature/i);
  });

  it('changes with the id, the timestamp and the body', () => {
    const secret = 'plain-secret-123456';
    const base = signStandardWebhook(secret, id, now, body);
    expect(signStandardWebhook(secret, `${id}x`, now, body)).not.toBe(base);
    expect(signStandardWebhook(secret, id, now + 1, body)).not.toBe(base);
    expect(signStandardWebhook(secret, id, now, `${body} `)).not.toBe(base);
    expect(signStandardWebhook(secret, id, now, Buffer.from(body))).toBe(base);
  });
});

describe(decodeStandardSecret.name, () => {
  it.each([
    ['whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', 24],
    ['whsec_AAAA', 3],
  ])('decodes %s', (secret, bytes) => {
    expect(decodeStandardSecret(secret)?.length).toBe(bytes);
  });

  it.each(['whsec_', 'whsec_not base64!', 'whsec_abc', 'plain-secret', 'whsec-dash-is-plain'])('refuses %s', (secret) => {
    expect(decodeStandardSecret(secret)).toBeNull();
  });

  it('falls back to the text bytes for anything that is not whsec_ base64', () => {
    expect(standardWebhookKey('whsec_abc')).toEqual(Buffer.from('whsec_abc'));
  });
});
