import { alertId } from '@sitrep/rules';
import { SeenMessage } from '@sitrep/testing';
import { WebhookHit } from './chaos-webhook.receiver';
import { account } from './ledger';

const rules = { webhook: { id: 'rw', minLevel: 3 }, email: { id: 're', minLevel: 4 } };
const incidentEvent = (articleId: string, incidentId: string, level: number): SeenMessage => ({
  key: incidentId,
  value: JSON.stringify({ articleId, incident: { id: incidentId, level } }),
  headers: {},
});
const hit = (key: string, acknowledged = true): WebhookHit => ({ key, deliveryId: key, at: 0, acknowledged });

describe(account.name, () => {
  const faults = [{ name: 'f', sent: [{ id: 'a1', kind: 'new' as const }, { id: 'a2', kind: 'new' as const }, { id: 'a3', kind: 'new' as const }, { id: 'a1', kind: 'resend' as const }] }];

  it('counts nothing lost and nothing twice when every article and alert arrived once', () => {
    const incidents = [incidentEvent('a1', 'i1', 4), incidentEvent('a2', 'i2', 2), incidentEvent('a3', 'i1', 4)];
    const [sut] = account(faults, incidents, [], [], [hit(alertId('rw', 'i1', 3)), hit(alertId('rw', 'i1', 4))], [alertId('re', 'i1', 4)], rules);
    expect(sut).toMatchObject({ articlesIn: 4, newArticles: 3, incidents: 2, alertsExpected: 2, alertsSent: 3, duplicatesSent: 0, lostArticles: 0, lostAlerts: 0 });
  });

  it('finds an article that reached no incident and no DLQ, and one that was dead-lettered', () => {
    const dlq: SeenMessage[] = [{ key: 'a3', value: '{}', headers: {} }];
    const [sut] = account(faults, [incidentEvent('a1', 'i1', 2)], dlq, [], [], [], rules);
    expect(sut.lostArticles).toBe(1);
    expect(sut.articlesDeadLettered).toBe(1);
  });

  it('finds a missing top-level alert, a duplicate, and ignores 2xx that no client waited for', () => {
    const incidents = [incidentEvent('a1', 'i1', 5), incidentEvent('a2', 'i2', 3)];
    const hits = [hit(alertId('rw', 'i2', 3)), hit(alertId('rw', 'i2', 3)), hit(alertId('rw', 'i1', 5), false)];
    const [sut] = account(faults, incidents, [], [], hits, [], rules);
    expect(sut.duplicatesSent).toBe(1);
    // i1 at level 5: neither webhook (only an unacknowledged hit) nor email arrived.
    expect(sut.lostAlerts).toBe(2);
  });

  it('counts an alert in alerts.dlq as dead-lettered, not lost', () => {
    const dlq: SeenMessage[] = [{ key: alertId('rw', 'i1', 3), value: '{}', headers: {} }];
    const [sut] = account(faults, [incidentEvent('a1', 'i1', 3)], [], dlq, [], [], rules);
    expect(sut).toMatchObject({ alertsDeadLettered: 1, lostAlerts: 0 });
  });
});
