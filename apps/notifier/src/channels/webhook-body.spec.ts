import { AlertEvent, SitrepSignal } from '@sitrep/contracts';
import { makeIncident } from '../../../../libs/archive/test-support/incident.factory';
import { singleUnit } from '../delivery/delivery-unit';
import { webhookBody } from './webhook-body';

describe(webhookBody.name, () => {
  const incident = makeIncident({ id: 'inc-1', reportsAt: ['2026-06-01T10:00:00Z'] });
  const alert = { alertId: 'r1:inc-1:3', ruleId: 'r1', ruleName: 'Iraq', level: 3, incident, reason: { countries: ['IQ'] } } as unknown as AlertEvent;
  const signal: SitrepSignal = { id: 'surge:IQ:2026-06-01', kind: 'surge', country: 'IQ', admin1: null, admin1Code: null, at: '2026-06-01T10:00:00Z', observed: 3, baseline: 0.5, incidentIds: ['inc-1'], summary: 's' };

  it('sends an incident alert as incident.alert (v1)', () => {
    expect(JSON.parse(webhookBody(singleUnit(alert)))).toEqual({ type: 'incident.alert', version: 1, rule: { id: 'r1', name: 'Iraq' }, incident, reason: { countries: ['IQ'] } });
  });

  it('sends a signal alert as signal.alert with the signal (v1.1)', () => {
    const body = JSON.parse(webhookBody(singleUnit({ ...alert, alertId: 'r1:signal:surge:IQ:2026-06-01', signal })));
    expect(body).toMatchObject({ type: 'signal.alert', version: 1, rule: { id: 'r1' }, signal, incident: { id: 'inc-1' } });
  });
});
