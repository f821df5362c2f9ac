import { ChannelKind, WebhookFormat } from '@sitrep/contracts';
import { DeliveryUnit } from '../delivery/delivery-unit';
import { memoize } from '../memo';

/** A delivery failure is data, not an exception (Alertmanager's Notify → (retry bool, error)). */
export type DeliveryOutcome = { ok: true } | { ok: false; retryable: boolean; reason: string; retryAfterMs?: number; refused?: boolean };

export interface DeliveryTarget {
  channel: ChannelKind;
  /** Email address or webhook URL. */
  address: string;
  /** Webhook secret. */
  secret?: string;
  /** Webhook body format (v1.1); absent means `sitrep`. */
  format?: WebhookFormat;
}

export interface Channel {
  readonly kind: ChannelKind;
  /** Longest one send may take (the lease of an in-flight claim is derived from it). */
  readonly timeoutMs: number;
  send(unit: DeliveryUnit, target: DeliveryTarget, deliveryId: string): Promise<DeliveryOutcome>;
}

/** How a target is shown in records and logs: no credentials, no query string (it may hold tokens). */
export function displayTarget(target: DeliveryTarget): string {
  return target.channel === 'email' ? target.address : displayUrl(target.address);
}

const displayUrl = memoize((address: string) => {
  try {
    const u = new URL(address);
    return `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return '(invalid url)';
  }
});

/** The endpoint a target shares limits with: the webhook's origin, or the mail relay. */
export function endpointOf(target: DeliveryTarget): string {
  return target.channel === 'email' ? 'smtp' : originOf(target.address);
}

const originOf = memoize((address: string) => {
  try {
    return new URL(address).origin;
  } catch {
    return 'invalid';
  }
});
