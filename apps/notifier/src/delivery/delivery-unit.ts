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

/** The JSON text each alert decoded from Kafka arrived as, when decoding returned it unchanged. */
const sourceJson = new WeakMap<AlertEvent, Buffer>();

/**
 * Remembers that `json` is exactly `alert` serialised (the message value it was decoded from,
 * which decoding returned as it was): storing the alert then copies these bytes instead of
 * serialising its incident (up to 100 reports) again.
 */
export function rememberSourceJson(alert: AlertEvent, json: Buffer): void {
  sourceJson.set(alert, json);
}

/**
 * The alert as JSON: its source bytes if known, else serialised now. The bytes are forgotten once
 * taken (an alert is stored once), so a unit kept in memory does not hold Kafka's fetch buffer.
 */
export function takeAlertJson(alert: AlertEvent): Buffer | string {
  const json = sourceJson.get(alert);
  if (!json) return JSON.stringify(alert);
  sourceJson.delete(alert);
  return json;
}
