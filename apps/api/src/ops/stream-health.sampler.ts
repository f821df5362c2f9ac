import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { Admin, Kafka } from 'kafkajs';
import { SITREP_CONFIG, SitrepConfig } from '@sitrep/config';
import { TOPIC_SPECS, Topics } from '@sitrep/contracts';
import { KAFKA, TopicNamer } from '@sitrep/messaging';
import { metrics } from '@sitrep/observability';
import { REDIS, RedisClient } from '@sitrep/redis';

export interface PartitionLag {
  group: string;
  topic: string;
  partition: number;
  committed: number;
  end: number;
  lag: number;
}

export interface StageRate {
  stage: string;
  /** What the stage's rate counts: its consumer group's progress on this topic (ingest: what it wrote). */
  topic: string;
  /** Messages per second between consecutive samples, oldest first. */
  series: { t: number; perSecond: number }[];
  /** Over the last minute (or what the samples cover). */
  current: number;
}

/** One poll of the broker: every topic's end offsets and every Sitrep group's committed offsets. */
interface Sample {
  t: number;
  /** topic → summed end offset. */
  ends: Map<string, number>;
  /** `group|topic` → summed committed offset. */
  committed: Map<string, number>;
}

const WINDOW_MS = 15 * 60_000;

/** Whose progress on which topic is each stage's throughput. */
const STAGES: { stage: string; topic: string; group: string | null }[] = [
  { stage: 'ingest', topic: Topics.articlesRaw, group: null },
  { stage: 'classifier', topic: Topics.articlesRaw, group: 'sitrep-classifier' },
  { stage: 'correlator', topic: Topics.articlesClassified, group: 'sitrep-correlator' },
  { stage: 'notifier', topic: Topics.incidents, group: 'sitrep-notifier' },
];

/**
 * Stream health from the Kafka admin API, so it is true whichever process runs which stage:
 * every few seconds it reads the end offsets of Sitrep's topics and the committed offsets of
 * every Sitrep consumer group, and keeps 15 minutes of samples. Lag per group and partition is
 * end minus committed (also exported as `sitrep_consumer_lag`); a stage's rate is how fast its
 * group's committed offsets advance. It also times a Redis PING (`sitrep_redis_command_seconds`).
 */
@Injectable()
export class StreamHealthSampler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly log = new Logger(StreamHealthSampler.name);
  private readonly samples: Sample[] = [];
  private lagRows: PartitionLag[] = [];
  private redisPingMs: number | null = null;
  private admin: Admin | null = null;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private readonly groupPrefix: string;
  private readonly intervalMs: number;

  constructor(
    @Inject(KAFKA) private readonly kafka: Kafka,
    @Inject(REDIS) private readonly redis: RedisClient,
    @Inject(SITREP_CONFIG) config: SitrepConfig,
    private readonly namer: TopicNamer,
  ) {
    this.groupPrefix = config.kafka.groupPrefix ? `${config.kafka.groupPrefix}.` : '';
    this.intervalMs = Number(process.env.SITREP_OPS_SAMPLE_MS) || 5000;
  }

  onApplicationBootstrap(): void {
    this.admin = this.kafka.admin();
    const tick = () => {
      this.running = this.sample()
        .catch((e) => this.log.warn({ msg: 'stream health sample failed', error: String(e) }))
        .finally(() => {
          this.running = null;
          if (this.admin) this.timer = setTimeout(tick, this.intervalMs);
        });
    };
    tick();
  }

  async onModuleDestroy(): Promise<void> {
    const admin = this.admin;
    this.admin = null;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
    await admin?.disconnect().catch(() => undefined);
  }

  lag(): PartitionLag[] {
    return this.lagRows;
  }

  redisPing(): number | null {
    return this.redisPingMs;
  }

  rates(): StageRate[] {
    return STAGES.map(({ stage, topic, group }) => {
      const value = (s: Sample) => (group ? s.committed.get(`${this.groupPrefix}${group}|${topic}`) : s.ends.get(topic));
      const series: StageRate['series'] = [];
      for (let i = 1; i < this.samples.length; i++) {
        // A group with no commit yet in the previous sample was at the start of the topic.
        const [a, b] = [value(this.samples[i - 1]) ?? 0, value(this.samples[i])];
        const dt = (this.samples[i].t - this.samples[i - 1].t) / 1000;
        series.push({ t: this.samples[i].t, perSecond: b === undefined || dt <= 0 ? 0 : Math.max(0, (b - a) / dt) });
      }
      const lastMinute = series.filter((p) => p.t > Date.now() - 60_000);
      const current = lastMinute.length ? lastMinute.reduce((s, p) => s + p.perSecond, 0) / lastMinute.length : 0;
      return { stage, topic, series, current };
    });
  }

  private async sample(): Promise<void> {
    const admin = this.admin;
    if (!admin) return;
    const t0 = process.hrtime.bigint();
    await this.redis.ping();
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    metrics.redisLatency.observe({ stage: 'api', op: 'ping' }, seconds);
    this.redisPingMs = seconds * 1000;

    await admin.connect();
    const t = Date.now();
    const ends = new Map<string, number>();
    const endByPartition = new Map<string, number>();
    for (const spec of TOPIC_SPECS) {
      const offsets = await admin.fetchTopicOffsets(this.namer.physical(spec.name)).catch(() => []);
      let sum = 0;
      for (const o of offsets) {
        sum += Number(o.high);
        endByPartition.set(`${spec.name}|${o.partition}`, Number(o.high));
      }
      ends.set(spec.name, sum);
    }
    const { groups } = await admin.listGroups();
    const ours = groups.map((g) => g.groupId).filter((g) => g.startsWith(`${this.groupPrefix}sitrep-`) && !g.slice(this.groupPrefix.length).includes('.'));
    const committed = new Map<string, number>();
    const lagRows: PartitionLag[] = [];
    for (const group of ours.sort()) {
      const topics = await admin.fetchOffsets({ groupId: group });
      for (const { topic: physical, partitions } of topics) {
        const topic = this.namer.logical(physical);
        let sum = 0;
        for (const p of partitions) {
          const end = endByPartition.get(`${topic}|${p.partition}`) ?? 0;
          const done = Number(p.offset) >= 0 ? Number(p.offset) : 0;
          sum += done;
          const lag = Math.max(0, end - done);
          lagRows.push({ group: group.slice(this.groupPrefix.length), topic, partition: p.partition, committed: done, end, lag });
        }
        committed.set(`${group}|${topic}`, sum);
      }
    }
    lagRows.sort((x, y) => x.group.localeCompare(y.group) || x.topic.localeCompare(y.topic) || x.partition - y.partition);
    metrics.consumerLag.reset();
    for (const r of lagRows) metrics.consumerLag.set({ group: r.group, topic: r.topic, partition: String(r.partition) }, r.lag);
    this.lagRows = lagRows;
    this.samples.push({ t, ends, committed });
    while (this.samples.length && this.samples[0].t < t - WINDOW_MS) this.samples.shift();
  }
}
