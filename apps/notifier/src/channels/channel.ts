import { AlertEvent, ChannelKind } from '@sitrep/contracts';

/** A delivery failure is data, not an exception (Alertmanager's Notify → (retry bool, error)). */
export type DeliveryOutcome = { ok: true } | { ok: false; retryable: boolean; reason: string; retryAfterMs?: number };

export interface DeliveryTarget {
  channel: ChannelKind;
  /** Email address or webhook URL. */
  address: string;
  /** Webhook secret. */
  secret?: string;
}

export interface Channel {
  readonly kind: ChannelKind;
  send(alert: AlertEvent, target: DeliveryTarget, deliveryId: string): Promise<DeliveryOutcome>;
}

/** How a target is shown in records and logs: no credentials, no query string (it may hold tokens). */
export function displayTarget(target: DeliveryTarget): string {
  if (target.channel === 'email') return target.address;
  try {
    const u = new URL(target.address);
    return `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return '(invalid url)';
  }
}
