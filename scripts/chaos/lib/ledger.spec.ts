import { alertId } from '@sitrep/rules';
import { SeenMessage } from '@sitrep/testing';
import { account, faultOk, Receipt } from './ledger';

const rules = { webhook: { id: 'rw', minLevel: 3 }, email: { id: 're', minLevel: 4 } };
const incidentEvent = (articleId: string, incidentId: string, level: number): SeenMessage => ({
  key: incidentId,
  value: JSON.stringify({ articleId, incident: { id: incidentId, level } }),
  headers: {},
});
const got = (id: string, deliveryId = `${id}:d`): Receipt => ({ alertId: id, deliveryId });

describe(account.name, () => {
  const faults = [{ name: 'f', sent: [{ id: 'a1', kind: 'new' as const }, { id: 'a2', kind: 'new' as const }, { id: 'a3', kind: 'new' as const }, { id: 'a1', kind: 'resend' as const }] }];

  it('expects one alert per level an incident reached, so an escalation is not a surplus', () => {
    // i1 opened at 3 and escalated to 4: the webhook rule owes levels 3 and 4, the email rule 4.
    const incidents = [incidentEvent('a1', 'i1', 3), incidentEvent('a2', 'i2', 2), incidentEvent('a3', 'i1', 4)];
    const [sut] = account(faults, incidents, [], [], new Set(), [got(alertId('rw', 'i1', 3)), got(alertId('rw', 'i1', 4))], [got(alertId('re', 'i1', 4))], rules);
    expect(sut).toMatchObject({ articlesIn: 4, newArticles: 3, incidents: 2, alertsExpected: 3, alertsSent: 3, duplicatesSent: 0, repeatsSameId: 0, lostArticles: 0, lostAlerts: 0 });
    expect(faultOk(sut)).toBe(true);
  });

  it('finds an article that reached no incident and no DLQ, and one that was dead-lettered', () => {
    const dlq: SeenMessage[] = [{ key: 'a3', value: '{}', headers: {} }];
    const [sut] = account(faults, [incidentEvent('a1', 'i1', 2)], dlq, [], new Set(), [], [], rules);
    expect(sut.lostArticles).toBe(1);
    expect(sut.articlesDeadLettered).toBe(1);
    expect(faultOk(sut)).toBe(false);
  });

  it('counts a repeat under the same delivery id as allowed, a second delivery id as a duplicate', () => {
    const incidents = [incidentEvent('a1', 'i1', 3), incidentEvent('a2', 'i2', 3), incidentEvent('a3', 'i3', 1)];
    const i1 = alertId('rw', 'i1', 3);
    const i2 = alertId('rw', 'i2', 3);
    const [repeat] = account(faults, incidents, [], [], new Set(), [got(i1, 'd1'), got(i1, 'd1'), got(i2, 'd2')], [], rules);
    expect(repeat).toMatchObject({ alertsExpected: 2, alertsSent: 2, repeatsSameId: 1, duplicatesSent: 0 });
    expect(faultOk(repeat)).toBe(true);
    const [dup] = account(faults, incidents, [], [], new Set(), [got(i1, 'd1'), got(i1, 'd9'), got(i2, 'd2')], [], rules);
    expect(dup).toMatchObject({ alertsSent: 2, duplicatesSent: 1 });
    expect(faultOk(dup)).toBe(false);
  });

  it('finds missing alerts, and an alert nothing called for', () => {
    const incidents = [incidentEvent('a1', 'i1', 5), incidentEvent('a2', 'i2', 3)];
    const [sut] = account(faults, incidents, [], [], new Set(), [got(alertId('rw', 'i2', 4))], [], rules);
    // i1 at 5: neither webhook nor email arrived; i2 at 3: its level-3 webhook did not either.
    expect(sut).toMatchObject({ alertsExpected: 3, lostAlerts: 3, unexpectedSent: 1 });
  });

  it('accounts for an article the classifier called not an event, which opens no incident', () => {
    const [sut] = account(faults, [incidentEvent('a1', 'i1', 2), incidentEvent('a2', 'i2', 2)], [], [], new Set(['a3']), [], [], rules);
    expect(sut).toMatchObject({ lostArticles: 0, nonEvents: 1 });
    const [without] = account(faults, [incidentEvent('a1', 'i1', 2), incidentEvent('a2', 'i2', 2)], [], [], new Set(), [], [], rules);
    expect(without.lostArticles).toBe(1);
  });

  it('counts an alert in alerts.dlq as dead-lettered, not lost, and that is not ok', () => {
    const dlq: SeenMessage[] = [{ key: alertId('rw', 'i1', 3), value: '{}', headers: {} }];
    const [sut] = account(faults, [incidentEvent('a1', 'i1', 3)], [], dlq, new Set(), [], [], rules);
    expect(sut).toMatchObject({ alertsDeadLettered: 1, lostAlerts: 0 });
    expect(faultOk(sut)).toBe(false);
  });
});
