import { Inject, Injectable } from '@nestjs/common';
import { SITREP_CONFIG, SitrepConfig } from '@sitrep/config';
import { DeliveryEvent } from '@sitrep/contracts';
import { REDIS, RedisClient } from '@sitrep/redis';

export interface DeliveryView {
  id: string;
  alertId: string;
  ruleId: string;
  incidentId: string;
  level: number;
  channel: string;
  target: string;
  status: string;
  attempts: number;
  lastError: string | null;
  latencyMs: number | null;
  updatedAt: string;
}

const RETENTION_SECONDS = 7 * 24 * 3600;

/** The `deliveries` topic folded into Redis: the latest state of each delivery, indexed by rule and incident. */
@Injectable()
export class DeliveryProjection {
  private readonly prefix: string;

  constructor(@Inject(REDIS) private readonly redis: RedisClient, @Inject(SITREP_CONFIG) config: SitrepConfig) {
    this.prefix = `${config.redis.prefix}api:deliveries:`;
  }

  async apply(e: DeliveryEvent): Promise<void> {
    const view: DeliveryView = {
      id: e.id, alertId: e.alertId, ruleId: e.ruleId, incidentId: e.incidentId, level: e.level, channel: e.channel,
      target: e.target, status: e.status, attempts: e.attempts, lastError: e.lastError ?? null, latencyMs: e.latencyMs ?? null,
      updatedAt: e.occurredAt,
    };
    const score = Date.parse(e.occurredAt);
    // Keep the record with the most attempts: records of one delivery may arrive out of order.
    const current = await this.redis.hget(`${this.prefix}by-id`, e.id);
    if (current && (JSON.parse(current) as DeliveryView).attempts > e.attempts) return;
    await this.redis
      .multi()
      .hset(`${this.prefix}by-id`, e.id, JSON.stringify(view))
      .zadd(`${this.prefix}all`, score, e.id)
      .zadd(`${this.prefix}rule:${e.ruleId}`, score, e.id)
      .zadd(`${this.prefix}incident:${e.incidentId}`, score, e.id)
      .expire(`${this.prefix}rule:${e.ruleId}`, RETENTION_SECONDS)
      .expire(`${this.prefix}incident:${e.incidentId}`, RETENTION_SECONDS)
      .exec();
  }

  async query(filter: { rule?: string; incident?: string; limit: number }): Promise<DeliveryView[]> {
    const key = filter.rule ? `${this.prefix}rule:${filter.rule}` : filter.incident ? `${this.prefix}incident:${filter.incident}` : `${this.prefix}all`;
    const ids = await this.redis.zrevrange(key, 0, filter.rule && filter.incident ? -1 : filter.limit - 1);
    if (ids.length === 0) return [];
    const rows = await this.redis.hmget(`${this.prefix}by-id`, ...ids);
    return rows
      .filter((r): r is string => r !== null)
      .map((r) => JSON.parse(r) as DeliveryView)
      .filter((d) => !filter.incident || d.incidentId === filter.incident)
      .slice(0, filter.limit);
  }
}
