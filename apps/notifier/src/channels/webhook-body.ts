import { DeliveryUnit } from '../delivery/delivery-unit';

/**
 * The webhook body. One alert: public interface v1 (`incident.alert`). A digest:
 * `incident.digest` with the window's alerts, each as `{ incident, reason }`.
 */
export function webhookBody(unit: DeliveryUnit): string {
  const rule = { id: unit.ruleId, name: unit.ruleName };
  if (!unit.digest) {
    const alert = unit.alerts[0];
    // v1.1: a signal alert carries the signal in place of the incident (and the incident behind it).
    if (alert.signal) return JSON.stringify({ type: 'signal.alert', version: 1, rule, signal: alert.signal, incident: alert.incident, reason: alert.reason });
    return JSON.stringify({ type: 'incident.alert', version: 1, rule, incident: alert.incident, reason: alert.reason });
  }
  return JSON.stringify({
    type: 'incident.digest',
    version: 1,
    rule,
    windowEnd: unit.windowEnd,
    alerts: unit.alerts.map((a) => ({ incident: a.incident, reason: a.reason })),
  });
}
