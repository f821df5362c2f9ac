import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { Consumer, IHeaders, Kafka, KafkaMessage } from 'kafkajs';
import { SITREP_CONFIG, SitrepConfig } from '@sitrep/config';
import { Topics } from '@sitrep/contracts';
import { consumerRegistry, ConsumerStatus, KAFKA, TopicNamer } from '@sitrep/messaging';
import { LiveFeedHub } from '../stream/live-feed.hub';
import { DeadLetterEntry, OpsStatsStore } from './ops-stats.store';

/**
 * Reads the dead-letter topics (headers only) into the ops counts and the live feed.
 *
 * Why a plain kafkajs consumer rather than an `@EventPattern` handler: the batch server
 * dead-letters what it cannot parse, and a dead letter is by nature often unparsable (it is the
 * original bytes): an `@EventPattern` on a DLQ topic would send it back to itself forever.
 * Its own group (`sitrep-api-dlq`) commits what it has counted, so a restart counts nothing twice.
 */
@Injectable()
export class DeadLetterWatcher implements OnApplicationBootstrap, OnModuleDestroy, ConsumerStatus {
  private readonly log = new Logger(DeadLetterWatcher.name);
  private consumer: Consumer | null = null;
  private joined = false;
  readonly groupId: string;

  constructor(
    @Inject(KAFKA) private readonly kafka: Kafka,
    @Inject(SITREP_CONFIG) config: SitrepConfig,
    private readonly namer: TopicNamer,
    private readonly stats: OpsStatsStore,
    private readonly hub: LiveFeedHub,
  ) {
    this.groupId = `${config.kafka.groupPrefix ? config.kafka.groupPrefix + '.' : ''}sitrep-api-dlq`;
  }

  get isJoined(): boolean {
    return this.joined;
  }

  async onApplicationBootstrap(): Promise<void> {
    const consumer = this.kafka.consumer({ groupId: this.groupId, maxWaitTimeInMs: 250, sessionTimeout: 30_000 });
    consumer.on(consumer.events.GROUP_JOIN, () => (this.joined = true));
    consumer.on(consumer.events.CRASH, (e) => {
      this.joined = false;
      this.log.error({ msg: 'dead-letter watcher crashed', error: String(e.payload.error), restart: e.payload.restart });
    });
    this.consumer = consumer;
    consumerRegistry.register(this);
    await consumer.connect();
    await consumer.subscribe({ topics: [Topics.articlesDlq, Topics.alertsDlq].map((t) => this.namer.physical(t)), fromBeginning: true });
    await consumer.run({ eachMessage: ({ topic, message }) => this.record(this.namer.logical(topic), message) });
  }

  async onModuleDestroy(): Promise<void> {
    consumerRegistry.unregister(this);
    this.joined = false;
    await this.consumer?.disconnect();
    this.consumer = null;
  }

  private async record(topic: string, message: KafkaMessage): Promise<void> {
    const h = headers(message.headers);
    const entry: DeadLetterEntry = {
      topic,
      source: h['x-original-topic'] ?? 'unknown',
      code: h['x-error-code'] ?? 'unknown',
      message: (h['x-error-message'] ?? '').slice(0, 500),
      attempts: Number(h['x-attempts'] ?? 1) || 1,
      at: h['x-dead-lettered-at'] ?? new Date(Number(message.timestamp)).toISOString(),
    };
    await this.stats.recordDeadLetter(entry);
    this.hub.publish({ kind: 'dlq', topic: entry.topic, source: entry.source, code: entry.code, message: entry.message, at: entry.at });
  }
}

function headers(h: IHeaders | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(h ?? {})) if (v !== undefined) out[k] = (Array.isArray(v) ? v[0] : v).toString();
  return out;
}
