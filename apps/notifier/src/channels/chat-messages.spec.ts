import { AlertEvent, Incident } from '@sitrep/contracts';
import { slackMessageViolations, stringsAt, teamsMessageViolations, TEAMS_MAX_BYTES } from '@sitrep/testing';
import { DeliveryUnit, singleUnit } from '../delivery/delivery-unit';
import { webhookPayload } from './webhook-payload';

const HOSTILE = '<!channel> <script>alert(1)</script> & @here <@U123|boss> <https://evil.example|click> [x](javascript:alert(1)) **bold**';

function incident(id: string, title: string, reports = 1): Incident {
  const now = '2026-12-06T03:00:00.000Z';
  return Object.assign(new Incident(), {
    id, level: 5, eventType: 'Battles', subEventType: 'Armed clash', countries: ['IQ'],
    primary: { country: 'IQ', admin1: 'Kirkuk', city: 'Kirkuk', lat: 35.47, lon: 44.39 },
    region: 'Western Asia', regions: ['Western Asia'], firstSeen: now, lastSeen: now,
    casualties: { killed: 3, injured: 2 }, actors: ['Actor <b>'],
    reports: Array.from({ length: reports }, (_, n) => ({
      articleId: `a-${n}`, source: 'example-news', url: `https://news.example.org/${id}/${n}?a=1&b=|2`, title, publishedAt: now,
    })),
    levelHistory: [{ level: 5, at: now }], summary: title,
  });
}

function alert(inc: Incident): AlertEvent {
  return Object.assign(new AlertEvent(), {
    eventId: 'e', occurredAt: '2026-12-06T03:00:00.000Z', schemaVersion: 1, correlationId: 'c',
    alertId: `r-1:${inc.id}:5`, ruleId: 'r-1', ruleName: 'Iraq <!here> & co', level: 5, incident: inc,
    reason: { level: 5, levelName: 'critical', minLevel: 3, geography: { countries: ['IQ'], admin1: [], regions: [] }, eventTypes: [], keywords: ['<!channel>'], keywordMode: 'any', actors: [], actorMode: 'any', sources: [] },
    articleReceivedAt: '2026-12-06T03:00:00.000Z',
  });
}

const digest = (n: number, title: string): DeliveryUnit => ({
  id: 'digest:r-1:2026-12-06T04:00:00.000Z', ruleId: 'r-1', ruleName: 'Iraq digest', digest: true, windowEnd: '2026-12-06T04:00:00.000Z',
  alerts: Array.from({ length: n }, (_, k) => alert(incident(`i-${k}`, title))),
});

const PUBLIC = 'https://sitrep.example.org/';

describe('slack format', () => {
  it('escapes article text: no mention, link or tag survives, and the words are still there', () => {
    const raw = webhookPayload(singleUnit(alert(incident('i-1', HOSTILE))), 'slack', PUBLIC);
    const body = JSON.parse(raw);
    expect(slackMessageViolations(body)).toEqual([]);
    expect(raw).not.toContain('<!channel>');
    expect(raw).not.toContain('<script>');
    expect(raw).toContain('&lt;!channel&gt; &lt;script&gt;');
    expect(raw).not.toMatch(/@here/);
    expect(body.text).toContain('[Sitrep L5 critical] Kirkuk, Iraq: ');
    expect(body).toMatchObject({ unfurl_links: false, unfurl_media: false });
    const texts = stringsAt(body.blocks, 'text').join('\n');
    for (const part of ['L5 critical', 'Battles / Armed clash', 'Kirkuk, Iraq', '3 killed, 2 injured', 'First reports', 'matched']) expect(texts).toContain(part);
    // The report is a link whose URL cannot close the link early.
    expect(texts).toContain('<https://news.example.org/i-1/0?a=1&amp;b=%7C2|');
    expect(stringsAt(body.blocks, 'url')).toEqual(['https://sitrep.example.org/#/incident/i-1']);
  });

  it('stays within the limits with 100 reports of 2,000 ampersands each', () => {
    const body = JSON.parse(webhookPayload(singleUnit(alert(incident('i-big', '&'.repeat(2000), 100))), 'slack', PUBLIC));
    expect(slackMessageViolations(body)).toEqual([]);
    expect(stringsAt(body.blocks, 'text').join('\n')).toMatch(/…and \d+ more/);
  });

  it('keeps a digest of 80 incidents within 50 blocks, counting the rest', () => {
    const body = JSON.parse(webhookPayload(digest(80, HOSTILE), 'slack', PUBLIC));
    expect(slackMessageViolations(body)).toEqual([]);
    expect(body.blocks).toHaveLength(50);
    expect(JSON.stringify(body)).toContain('…and 33 more');
  });

  it('the checker itself catches an unescaped mention and too many blocks', () => {
    const found = slackMessageViolations({ text: 'x <!channel>', blocks: Array.from({ length: 51 }, () => ({ type: 'divider' })) });
    expect(found).toEqual(['text: raw "<" at 2: "<!channel>"', 'text: raw ">" at 11', '51 blocks, not 1..50']);
    expect(slackMessageViolations({ text: 'ok', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'a'.repeat(3001) } }] })).toHaveLength(1);
  });
});

describe('teams format', () => {
  it('is an Adaptive Card message with the text as written in TextRuns (not Markdown)', () => {
    const raw = webhookPayload(singleUnit(alert(incident('i-1', HOSTILE))), 'teams', PUBLIC);
    expect(teamsMessageViolations(raw)).toEqual([]);
    const body = JSON.parse(raw);
    expect(body.attachments[0].content.version).toBe('1.4');
    const runs = stringsAt(body, 'text');
    expect(runs).toContain(HOSTILE);
    // Article text sits only in TextRuns: no TextBlock or FactSet (both parse Markdown) carries it.
    expect(raw).not.toMatch(/"TextBlock"|"FactSet"/);
    expect(stringsAt(body, 'url')).toEqual(expect.arrayContaining(['https://news.example.org/i-1/0?a=1&b=|2', 'https://sitrep.example.org/#/incident/i-1']));
  });

  it('stays within 28 KB with 100 reports of long titles, and a digest of 500', () => {
    const big = webhookPayload(singleUnit(alert(incident('i-big', '"\\'.repeat(1000) + 'é'.repeat(1000), 100))), 'teams', PUBLIC);
    expect(teamsMessageViolations(big)).toEqual([]);
    const many = webhookPayload(digest(500, 'ü'.repeat(400)), 'teams', PUBLIC);
    expect(teamsMessageViolations(many)).toEqual([]);
    expect(Buffer.byteLength(many)).toBeGreaterThan(TEAMS_MAX_BYTES * 0.8);
    expect(many).toMatch(/…and \d+ more/);
  });
});

describe('sitrep format', () => {
  it('is the v1 body when the format is absent or sitrep', () => {
    const unit = singleUnit(alert(incident('i-1', 'Clashes')));
    const v1 = JSON.parse(webhookPayload(unit, undefined, PUBLIC));
    expect(v1).toMatchObject({ type: 'incident.alert', version: 1, rule: { id: 'r-1' }, incident: { id: 'i-1' } });
    expect(webhookPayload(unit, 'sitrep', PUBLIC)).toBe(webhookPayload(unit, undefined, PUBLIC));
  });
});
