import { IncidentFacts } from '../matching/incident-facts.model';
import { compileRule } from '../matching/compiled-rule.model';
import { evaluateRule } from '../matching/rule.predicate';
import type { MatchReason } from '../matching/match-reason.types';
import { makeIncident, makeRule } from '../test-support/rule-fixtures';
import { renderAlertEmail, SUBJECT_MAX_CHARS } from './alert-email.renderer';

const hostileTitle = '<img src=x onerror=alert(1)>\r\nBcc: victim@example.com';

function reasonFor(rule = makeRule({ countries: ['IQ'], minLevel: 3, keywords: ['onerror'] })): MatchReason {
  const reason = evaluateRule(compileRule(rule), new IncidentFacts(hostileIncident()));
  if (!reason) throw new Error('fixture rule must match the fixture incident');
  return reason;
}

function hostileIncident() {
  return makeIncident({
    level: 4,
    eventType: 'Explosions/Remote violence',
    subEventType: 'Air/drone strike',
    summary: hostileTitle,
    casualties: { killed: 4, injured: 12 },
    actors: ['<script>x()</script> Brigade'],
    reports: [
      { articleId: 'a1', source: 'Wire & "Co"', url: 'https://news.test/a?x=1&y=<2>', title: hostileTitle, publishedAt: '2024-05-01T10:00:00Z' },
      { articleId: 'a2', source: 'Other', url: 'javascript:alert(1)', title: 'Second <b>report</b>', publishedAt: '2024-05-01T10:05:00Z' },
    ],
  });
}

describe(renderAlertEmail.name, () => {
  const rule = makeRule({ id: 'r1', name: 'Iraq <severe>', countries: ['IQ'], minLevel: 3, keywords: ['onerror'] });

  it('escapes every piece of article text in the HTML', () => {
    const sut = renderAlertEmail({ rule, incident: hostileIncident(), reason: reasonFor(rule) });

    expect(sut.html).not.toMatch(/<img|<script|<b>/i);
    expect(sut.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(sut.html).toContain('&lt;script&gt;x()&lt;/script&gt; Brigade');
    expect(sut.html).toContain('Wire &amp; &quot;Co&quot;');
    expect(sut.html).toContain('href="https://news.test/a?x=1&amp;y=%3C2%3E"');
    expect(sut.html).toContain('Iraq &lt;severe&gt;');
  });

  it('never links a non-http URL', () => {
    const sut = renderAlertEmail({ rule, incident: hostileIncident(), reason: reasonFor(rule) });

    expect(sut.html).not.toContain('javascript:');
    expect(sut.text).not.toContain('javascript:');
    expect(sut.html).toContain('Second &lt;b&gt;report&lt;/b&gt;');
  });

  it('puts the subject on one bounded line with no control characters', () => {
    const sut = renderAlertEmail({ rule, incident: hostileIncident(), reason: reasonFor(rule) });

    expect(sut.subject).not.toMatch(/[\u0000-\u001f\u007f]/);
    expect(sut.subject).toBe('[Sitrep L4 severe] Kirkuk, Kirkuk Governorate, Iraq: <img src=x onerror=alert(1)> Bcc: victim@example.com');

    const long = renderAlertEmail({ rule, incident: makeIncident({ summary: 'word '.repeat(200) }), reason: reasonFor(rule) });
    expect(Array.from(long.subject).length).toBeLessThanOrEqual(SUBJECT_MAX_CHARS);
    expect(long.subject.endsWith('…')).toBe(true);
  });

  it('keeps report titles on one line in the text body too, so CRLF cannot forge lines', () => {
    const sut = renderAlertEmail({ rule, incident: hostileIncident(), reason: reasonFor(rule) });

    expect(sut.text).not.toContain('\r');
    expect(sut.text.split('\n').some((line) => line.startsWith('Bcc:'))).toBe(false);
  });

  it('carries level, place, event type, casualties, actors, reports and why the rule matched', () => {
    const sut = renderAlertEmail({ rule, incident: hostileIncident(), reason: reasonFor(rule), dashboardUrl: 'https://sitrep.test/incidents/inc-1' });

    for (const part of [sut.text, sut.html]) {
      expect(part).toContain('Level 4 (severe)');
      expect(part).toContain('Kirkuk, Kirkuk Governorate, Iraq');
      expect(part).toContain('Explosions/Remote violence / Air/drone strike');
      expect(part).toContain('4 killed, 12 injured');
      expect(part).toContain('Country: Iraq (IQ)');
      expect(part).toContain('https://sitrep.test/incidents/inc-1');
    }
    expect(sut.text).toContain('Keywords (any): "onerror"');
    expect(sut.html).toContain('Keywords (any): &quot;onerror&quot;');
    expect(sut.text).toContain('https://news.test/a?x=1&y=%3C2%3E');
  });

  it('names attackers killed apart from the victims, and only when there are some', () => {
    const incident = hostileIncident();
    incident.casualties = { killed: 0, injured: 3, perpetratorsKilled: 6 };
    const sut = renderAlertEmail({ rule, incident, reason: reasonFor(rule) });

    for (const part of [sut.text, sut.html]) expect(part).toContain('0 killed, 3 injured; 6 attackers or armed-group members killed');
    expect(renderAlertEmail({ rule, incident: hostileIncident(), reason: reasonFor(rule) }).text).not.toContain('attackers');
  });
});
