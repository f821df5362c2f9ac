import { createHmac } from 'node:crypto';
import { signWebhook, verifyWebhookSignature } from './webhook-signature.util';

describe(signWebhook.name, () => {
  const secret = 'whsec-test-0123456789';
  const body = JSON.stringify({ type: 'incident.alert', version: 1, note: 'Ünïcode ✓' });
  const now = 1_714_557_600;

  it('produces t=<seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>', () => {
    const expected = createHmac('sha256', secret).update(`${now}.${body}`).digest('hex');

    expect(signWebhook(secret, body, now + 0.9)).toBe(`t=${now},v1=${expected}`);
  });

  it('signs a Buffer body the same as its string', () => {
    expect(signWebhook(secret, Buffer.from(body, 'utf8'), now)).toBe(signWebhook(secret, body, now));
  });
});

describe(verifyWebhookSignature.name, () => {
  const secret = 'whsec-test-0123456789';
  const body = '{"type":"incident.alert","version":1}';
  const now = 1_714_557_600;
  const header = signWebhook(secret, body, now);

  it('accepts its own signature within the tolerance', () => {
    expect(verifyWebhookSignature(secret, body, header, 300, now + 299)).toBe(true);
    expect(verifyWebhookSignature(secret, Buffer.from(body), header, 300, now - 10)).toBe(true);
  });

  it('rejects a tampered body, wrong secret, or tampered timestamp', () => {
    expect(verifyWebhookSignature(secret, body.replace('1', '2'), header, 300, now)).toBe(false);
    expect(verifyWebhookSignature(`${secret}x`, body, header, 300, now)).toBe(false);
    expect(verifyWebhookSignature(secret, body, header.replace(`t=${now}`, `t=${now + 1}`), 300, now)).toBe(false);
  });

  it('rejects a replay outside the tolerance window', () => {
    expect(verifyWebhookSignature(secret, body, header, 300, now + 301)).toBe(false);
  });

  it('rejects missing or malformed headers', () => {
    for (const bad of [undefined, '', 't=1', `v1=${'a'.repeat(64)}`, `t=${now},v1=zz`, `t=abc,${header.split(',')[1]}`]) {
      expect(verifyWebhookSignature(secret, body, bad, 300, now)).toBe(false);
    }
  });

  it('accepts any of several v1 signatures (secret rotation)', () => {
    const other = signWebhook('old-secret-123', body, now).split(',')[1];
    expect(verifyWebhookSignature(secret, body, `${header},${other}`, 300, now)).toBe(true);
    expect(verifyWebhookSignature(secret, body, `t=${now},${other}`, 300, now)).toBe(false);
  });
});
