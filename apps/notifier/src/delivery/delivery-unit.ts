import { AlertEvent } from '@sitrep/contracts';

/**
 * What one send carries: one alert (id = its alertId), or a digest of a rule's alerts of one
 * window (id = `digest:<ruleId>:<window end>`). The id is the idempotency key of the send.
 */
export interface DeliveryUnit {
  id: string;
  ruleId: string;
  ruleName: string;
  digest: boolean;
  /** Digest window end (ISO), digests only. */
  windowEnd?: string;
  alerts: AlertEvent[];
}

export function singleUnit(alert: AlertEvent): DeliveryUnit {
  return { id: alert.alertId, ruleId: alert.ruleId, ruleName: alert.ruleName, digest: false, alerts: [alert] };
}
