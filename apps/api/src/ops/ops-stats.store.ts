import { Inject, Injectable } from '@nestjs/common';
import { SITREP_CONFIG, SitrepConfig } from '@sitrep/config';
import { DELIVERY_STATUSES } from '@sitrep/contracts';
import { REDIS, RedisClient } from '@sitrep/redis';

export interface DeadLetterEntry {
  topic: string;
  /** Where the message came from: a topic, or e.g. `http:/v1/articles`. */
  source: string;
  code: string;
  message: string;
  attempts: number;
  at: string;
}

export interface DeliveryRates {
  windowMinutes: number;
  counts: Record<string, number>;
  /** Share of each status among all delivery records of the window (0..1). */
  rates: Record<string, number>;
}

export interface LatencySummary {
  samples: number;
  p50Ms: number | null;
  p95Ms: number | null;
}

const MINUTE = 60_000;
const WINDOW_MINUTES = 15;
const LATENCY_SAMPLES = 1000;
const DLQ_LATEST = 50;

/**
 * Aggregates the api folds from the `deliveries` and dead-letter topics into Redis, so that every
 * api instance (one consumer group) reports the same numbers and they survive a restart:
 * delivery outcomes per minute, the latest ingest-to-alert latencies, dead-letter counts and reasons.
 */
@Injectable()
export class OpsStatsStore {
  private readonly prefix: string;

  constructor(@Inject(REDIS) private readonly redis: RedisClient, @Inject(SITREP_CONFIG) config: SitrepConfig) {
    this.prefix = `${config.redis.prefix}api:ops:`;
  }

  async recordDelivery(status: string, latencyMs: number | null, at = Date.now()): Promise<void> {
    const key = `${this.prefix}deliveries:${Math.floor(at / MINUTE)}`;
    const tx = this.redis.multi().hincrby(key, status, 1).expire(key, (WINDOW_MINUTES + 5) * 60);
    if (status === 'sent' && latencyMs !== null && Number.isFinite(latencyMs)) {
      tx.lpush(`${this.prefix}latency`, String(Math.max(0, Math.round(latencyMs)))).ltrim(`${this.prefix}latency`, 0, LATENCY_SAMPLES - 1);
    }
    await tx.exec();
  }

  async recordDeadLetter(entry: DeadLetterEntry): Promise<void> {
    await this.redis
      .multi()
      .lpush(`${this.prefix}dlq:latest`, JSON.stringify(entry))
      .ltrim(`${this.prefix}dlq:latest`, 0, DLQ_LATEST - 1)
      .hincrby(`${this.prefix}dlq:counts`, `${entry.topic}|${entry.code}`, 1)
      .exec();
  }

  async deliveryRates(now = Date.now()): Promise<DeliveryRates> {
    const minute = Math.floor(now / MINUTE);
    const pipeline = this.redis.pipeline();
    for (let m = minute - WINDOW_MINUTES + 1; m <= minute; m++) pipeline.hgetall(`${this.prefix}deliveries:${m}`);
    const counts: Record<string, number> = Object.fromEntries(DELIVERY_STATUSES.map((s) => [s, 0]));
    for (const [err, hash] of (await pipeline.exec()) ?? []) {
      if (err || !hash) continue;
      for (const [status, n] of Object.entries(hash as Record<string, string>)) counts[status] = (counts[status] ?? 0) + Number(n);
    }
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    const rates = Object.fromEntries(Object.entries(counts).map(([s, n]) => [s, total ? n / total : 0]));
    return { windowMinutes: WINDOW_MINUTES, counts, rates };
  }

  async latency(): Promise<LatencySummary> {
    const values = (await this.redis.lrange(`${this.prefix}latency`, 0, -1)).map(Number).filter(Number.isFinite).sort((a, b) => a - b);
    return { samples: values.length, p50Ms: percentile(values, 0.5), p95Ms: percentile(values, 0.95) };
  }

  async deadLetters(): Promise<{ counts: { topic: string; code: string; count: number }[]; latest: DeadLetterEntry[] }> {
    const [hash, latest] = await Promise.all([
      this.redis.hgetall(`${this.prefix}dlq:counts`),
      this.redis.lrange(`${this.prefix}dlq:latest`, 0, -1),
    ]);
    const counts = Object.entries(hash)
      .map(([k, n]) => {
        const [topic, code] = k.split('|');
        return { topic, code, count: Number(n) };
      })
      .sort((a, b) => b.count - a.count);
    return { counts, latest: latest.map((j) => JSON.parse(j) as DeadLetterEntry) };
  }
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: number[], p: number): number | null {
  if (!sorted.length) return null;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[rank];
}
