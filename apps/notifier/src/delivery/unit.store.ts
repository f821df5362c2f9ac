import { Inject, Injectable } from '@nestjs/common';
import { SITREP_CONFIG, SitrepConfig } from '@sitrep/config';
import { AlertEvent } from '@sitrep/contracts';
import { REDIS, RedisClient } from '@sitrep/redis';
import { DeliveryUnit, takeAlertJson } from './delivery-unit';

const KEEP_SECONDS = 8 * 24 * 3600;
/** Units this instance stored or read lately, kept in memory for its retries and parked sends. */
const RECENT_MAX = 256;
const RECENT_MS = 5 * 60_000;

/**
 * What scheduled work needs later: the units being delivered (a retry rebuilds the same body)
 * and the alerts collected for a digest. Kept in Redis, so any instance can pick the work up.
 *
 * A stored unit never changes (first writer wins, `SET NX`), so the units this instance stored
 * or read in the last minutes are also kept in memory: a send parked because its endpoint was
 * busy, or retried soon after, does not read and parse its unit (the whole incident) again.
 */
@Injectable()
export class UnitStore {
  private readonly prefix: string;
  private readonly recent = new Map<string, { unit: DeliveryUnit; until: number }>();

  constructor(@Inject(REDIS) private readonly redis: RedisClient, @Inject(SITREP_CONFIG) config: SitrepConfig) {
    this.prefix = `${config.redis.prefix}notifier:`;
  }

  /** Stores the unit unless one with its id exists; returns the stored one (first writer wins). */
  async saveOnce(unit: DeliveryUnit): Promise<DeliveryUnit> {
    const known = this.remembered(unit.id);
    if (known) return known;
    const key = `${this.prefix}unit:${unit.id}`;
    const created = await this.redis.set(key, serialise(unit), 'EX', KEEP_SECONDS, 'NX');
    if (created) return this.remember(unit);
    return (await this.get(unit.id)) ?? unit;
  }

  async get(id: string): Promise<DeliveryUnit | null> {
    const known = this.remembered(id);
    if (known) return known;
    const json = await this.redis.get(`${this.prefix}unit:${id}`);
    return json ? this.remember(JSON.parse(json) as DeliveryUnit) : null;
  }

  /** Adds the alert to the digest of (rule, window); the hash field is the alert id, so redelivery adds nothing. */
  async collect(ruleId: string, windowEnd: string, alert: AlertEvent): Promise<void> {
    const key = this.digestKey(ruleId, windowEnd);
    await this.redis.multi().hset(key, alert.alertId, takeAlertJson(alert)).expire(key, KEEP_SECONDS).exec();
  }

  async collected(ruleId: string, windowEnd: string): Promise<AlertEvent[]> {
    const all = await this.redis.hgetall(this.digestKey(ruleId, windowEnd));
    return Object.values(all).map((json) => JSON.parse(json) as AlertEvent);
  }

  private digestKey(ruleId: string, windowEnd: string): string {
    return `${this.prefix}digest:${ruleId}:${windowEnd}`;
  }

  private remembered(id: string): DeliveryUnit | null {
    const entry = this.recent.get(id);
    if (!entry) return null;
    if (entry.until > Date.now()) return entry.unit;
    this.recent.delete(id);
    return null;
  }

  private remember(unit: DeliveryUnit): DeliveryUnit {
    if (this.recent.size >= RECENT_MAX) this.recent.delete(this.recent.keys().next().value as string);
    this.recent.set(unit.id, { unit, until: Date.now() + RECENT_MS });
    return unit;
  }
}

/** A one-alert unit is written around the alert's own JSON (usually its Kafka bytes, not re-serialised). */
function serialise(unit: DeliveryUnit): Buffer | string {
  if (unit.digest || unit.alerts.length !== 1) return JSON.stringify(unit);
  const head = JSON.stringify({ id: unit.id, ruleId: unit.ruleId, ruleName: unit.ruleName, digest: unit.digest, windowEnd: unit.windowEnd, alerts: [] });
  return Buffer.concat([Buffer.from(head.slice(0, -2)), asBuffer(takeAlertJson(unit.alerts[0])), CLOSE]);
}

const CLOSE = Buffer.from(']}');

function asBuffer(json: Buffer | string): Buffer {
  return typeof json === 'string' ? Buffer.from(json) : json;
}
