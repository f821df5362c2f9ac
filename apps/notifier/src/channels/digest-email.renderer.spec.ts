import { AlertEvent, Incident } from '@sitrep/contracts';
import { renderDigestEmail } from './digest-email.renderer';

const alert = (id: string, level: number, title: string): AlertEvent =>
  ({
    alertId: `r:${id}:${level}`, ruleId: 'r', ruleName: 'Rule\r\nBcc: x@example.org', level,
    incident: { id, level, eventType: 'Battles', countries: ['IQ'], primary: { country: 'IQ', admin1: null, city: null }, reports: [{ title, url: 'javascript:alert(1)', source: 's', articleId: 'a', publishedAt: '' }] } as unknown as Incident,
    reason: {}, articleReceivedAt: new Date().toISOString(),
  }) as AlertEvent;

describe(renderDigestEmail.name, () => {
  const sut = renderDigestEmail({ id: 'digest:r:x', ruleId: 'r', ruleName: 'Rule\r\nBcc: x@example.org', digest: true, windowEnd: '2026-01-01T10:00:00.000Z', alerts: [alert('i1', 3, 'low'), alert('i2', 5, '<img src=x onerror=alert(1)>')] });

  it('keeps the subject on one line and counts the incidents', () => {
    expect(sut.subject).not.toMatch(/[\r\n]/);
    expect(sut.subject).toContain('2 incidents, up to L5');
  });

  it('escapes article text and drops unsafe links in the HTML', () => {
    expect(sut.html).not.toContain('<img');
    expect(sut.html).toContain('&lt;img');
    expect(sut.html).not.toContain('javascript:');
  });

  it('lists the highest level first in the text body', () => {
    expect(sut.text.indexOf('[L5')).toBeGreaterThan(0);
    expect(sut.text.indexOf('[L5')).toBeLessThan(sut.text.indexOf('[L3'));
  });
});
