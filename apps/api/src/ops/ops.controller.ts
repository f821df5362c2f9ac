import { Controller, Get } from '@nestjs/common';
import { consumerRegistry } from '@sitrep/messaging';
import { DeadLetterEntry, DeliveryRates, LatencySummary, OpsStatsStore } from './ops-stats.store';
import { PartitionLag, StageRate, StreamHealthSampler } from './stream-health.sampler';

export interface StreamHealth {
  at: string;
  stages: StageRate[];
  lag: PartitionLag[];
  consumers: { group: string; joined: boolean }[];
  deadLetters: { counts: { topic: string; code: string; count: number }[]; latest: DeadLetterEntry[] };
  deliveries: DeliveryRates;
  ingestToAlert: LatencySummary;
  redisPingMs: number | null;
}

/** Stream health for the dashboard (no key needed: counts and rates only, no content). */
@Controller('v1/ops')
export class OpsController {
  constructor(private readonly sampler: StreamHealthSampler, private readonly stats: OpsStatsStore) {}

  @Get('health')
  async health(): Promise<StreamHealth> {
    const [deadLetters, deliveries, ingestToAlert] = await Promise.all([this.stats.deadLetters(), this.stats.deliveryRates(), this.stats.latency()]);
    return {
      at: new Date().toISOString(),
      stages: this.sampler.rates(),
      lag: this.sampler.lag(),
      consumers: consumerRegistry.list().map((c) => ({ group: c.groupId, joined: c.isJoined })),
      deadLetters,
      deliveries,
      ingestToAlert,
      redisPingMs: this.sampler.redisPing(),
    };
  }
}
