import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Admin, Consumer, Kafka } from 'kafkajs';
import { Topics } from '@sitrep/contracts';
import { KAFKA, Publisher, TopicNamer } from '@sitrep/messaging';

/** Tries to read the rules topic's end offsets while its partitions elect a leader, and the pause before the n-th retry (× n). */
const END_OFFSET_ATTEMPTS = 6;
const END_OFFSET_RETRY_MS = 250;

export type LogListener = (change: { key: string; value: unknown | null }) => void;

/**
 * The compacted Kafka topic `rules` as a key → JSON map: alert rules (key = rule id), API keys
 * (`apikey:<id>`) and subscribers (`subscriber:<id>`); a null value deletes. Every process that
 * needs them reads the whole topic at start, then follows it, so they survive restarts of every
 * process and a Redis flush, and need no other database. One reader per process, shared by the
 * typed stores on top of it.
 */
@Injectable()
export class CompactedLog implements OnModuleInit, OnApplicationShutdown {
  private readonly log = new Logger(CompactedLog.name);
  private readonly values = new Map<string, unknown>();
  private readonly listeners = new Set<LogListener>();
  private consumer: Consumer | null = null;
  private loaded = false;

  constructor(@Inject(KAFKA) private readonly kafka: Kafka, private readonly namer: TopicNamer, private readonly publisher: Publisher) {}

  get isLoaded(): boolean {
    return this.loaded;
  }

  async onModuleInit(): Promise<void> {
    const topic = this.namer.physical(Topics.rules);
    const target = await this.endOffsets(topic);
    // A group of its own: every instance must see every record, not a share of the partitions.
    this.consumer = this.kafka.consumer({ groupId: `sitrep-rules-reader-${randomUUID()}`, maxWaitTimeInMs: 500 });
    await this.consumer.connect();
    await this.consumer.subscribe({ topic, fromBeginning: true });
    const caughtUp = new Promise<void>((resolve) => {
      const seen = new Map<number, bigint>();
      const check = () => {
        if ([...target].every(([p, end]) => end === 0n || (seen.get(p) ?? -1n) + 1n >= end)) resolve();
      };
      check();
      void this.consumer!.run({
        autoCommit: false,
        eachMessage: async ({ partition, message }) => {
          this.apply(message.key?.toString() ?? '', message.value);
          seen.set(partition, BigInt(message.offset));
          check();
        },
      });
    });
    // Compaction can leave gaps at the end of the log; past the timeout, go on with what was read.
    await withTimeout(caughtUp, 15_000, 'reading the rules topic').catch((e) =>
      this.log.warn({ msg: 'rules topic not read to its end; continuing', error: String(e) }),
    );
    this.loaded = true;
    this.log.log({ msg: 'durable records loaded', count: this.values.size });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.consumer?.disconnect();
  }

  entries(): [string, unknown][] {
    return [...this.values.entries()];
  }

  get(key: string): unknown {
    return this.values.get(key);
  }

  onChange(listener: LogListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Writes to the log, then applies here at once (read-your-writes). */
  async put(key: string, value: object): Promise<void> {
    await this.publisher.publish(Topics.rules, [{ key, value }]);
    this.set(key, JSON.parse(JSON.stringify(value)));
  }

  async delete(key: string): Promise<boolean> {
    if (!this.values.has(key)) return false;
    await this.publisher.publish(Topics.rules, [{ key, value: Buffer.alloc(0) }]);
    this.set(key, null);
    return true;
  }

  private apply(key: string, value: Buffer | null): void {
    if (!key) return;
    if (!value || value.length === 0) return this.set(key, null);
    try {
      this.set(key, JSON.parse(value.toString('utf8')));
    } catch (e) {
      this.log.error({ msg: 'unreadable record in the rules topic; skipped', key, error: String(e) });
    }
  }

  private set(key: string, value: unknown | null): void {
    if (value !== null) this.values.set(key, value);
    else if (!this.values.delete(key)) return;
    this.listeners.forEach((l) => l({ key, value }));
  }

  private async endOffsets(topic: string): Promise<Map<number, bigint>> {
    const admin: Admin = this.kafka.admin();
    await admin.connect();
    try {
      // Right after the topic is made its partition may have no leader yet: kafkajs answers
      // "This server is not the leader for that topic-partition" (retriable) and fetchTopicOffsets
      // does not retry it, so a stage starting with a new deployment failed its start (seen once in
      // an e2e suite on Node 24).
      for (let attempt = 1; ; attempt++) {
        try {
          const offsets = await admin.fetchTopicOffsets(topic);
          return new Map(offsets.map((o) => [o.partition, BigInt(o.high)]));
        } catch (e) {
          if (!(e as { retriable?: boolean }).retriable || attempt >= END_OFFSET_ATTEMPTS) throw e;
          await new Promise((r) => setTimeout(r, END_OFFSET_RETRY_MS * attempt));
        }
      }
    } finally {
      await admin.disconnect();
    }
  }
}

async function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms ${what}`)), ms);
  });
  try {
    return await Promise.race([p, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
