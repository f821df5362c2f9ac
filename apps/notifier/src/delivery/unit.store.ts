import { Inject, Injectable } from '@nestjs/common';
import Redis from 'ioredis';
import { SITREP_CONFIG, SitrepConfig } from '@sitrep/config';
import { AlertEvent } from '@sitrep/contracts';
import { REDIS } from '@sitrep/redis';
import { DeliveryUnit } from './delivery-unit';

const KEEP_SECONDS = 8 * 24 * 3600;

/**
 * What scheduled work needs later: the units being delivered (a retry rebuilds the same body)
 * and the alerts collected for a digest. Kept in Redis, so any instance can pick the work up.
 */
@Injectable()
export class UnitStore {
  private readonly prefix: string;

  constructor(@Inject(REDIS) private readonly redis: Redis, @Inject(SITREP_CONFIG) config: SitrepConfig) {
    this.prefix = `${config.redis.prefix}notifier:`;
  }

  /** Stores the unit unless one with its id exists; returns the stored one (first writer wins). */
  async saveOnce(unit: DeliveryUnit): Promise<DeliveryUnit> {
    const key = `${this.prefix}unit:${unit.id}`;
    const created = await this.redis.set(key, JSON.stringify(unit), 'EX', KEEP_SECONDS, 'NX');
    return created ? unit : (await this.get(unit.id)) ?? unit;
  }

  async get(id: string): Promise<DeliveryUnit | null> {
    const json = await this.redis.get(`${this.prefix}unit:${id}`);
    return json ? (JSON.parse(json) as DeliveryUnit) : null;
  }

  /** Adds the alert to the digest of (rule, window); the hash field is the alert id, so redelivery adds nothing. */
  async collect(ruleId: string, windowEnd: string, alert: AlertEvent): Promise<void> {
    const key = this.digestKey(ruleId, windowEnd);
    await this.redis.multi().hset(key, alert.alertId, JSON.stringify(alert)).expire(key, KEEP_SECONDS).exec();
  }

  async collected(ruleId: string, windowEnd: string): Promise<AlertEvent[]> {
    const all = await this.redis.hgetall(this.digestKey(ruleId, windowEnd));
    return Object.values(all).map((json) => JSON.parse(json) as AlertEvent);
  }

  private digestKey(ruleId: string, windowEnd: string): string {
    return `${this.prefix}digest:${ruleId}:${windowEnd}`;
  }
}
