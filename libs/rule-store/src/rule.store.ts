import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Admin, Consumer, Kafka } from 'kafkajs';
import { Rule, Topics } from '@sitrep/contracts';
import { decodeEvent, KAFKA, Publisher, TopicNamer } from '@sitrep/messaging';

export type RuleListener = (change: { id: string; rule: Rule | null }) => void;

/**
 * Alert rules, kept durably in the compacted Kafka topic `rules` (key = rule id, a null value
 * deletes). Every process that needs rules reads the whole topic at start, then follows it, so
 * rules survive restarts of every process and a Redis flush, and need no other database.
 */
@Injectable()
export class RuleStore implements OnModuleInit, OnApplicationShutdown {
  private readonly log = new Logger(RuleStore.name);
  private readonly rules = new Map<string, Rule>();
  private readonly listeners = new Set<RuleListener>();
  private consumer: Consumer | null = null;
  private loaded = false;

  constructor(@Inject(KAFKA) private readonly kafka: Kafka, private readonly namer: TopicNamer, private readonly publisher: Publisher) {}

  get isLoaded(): boolean {
    return this.loaded;
  }

  async onModuleInit(): Promise<void> {
    const topic = this.namer.physical(Topics.rules);
    const target = await this.endOffsets(topic);
    // A group of its own: every instance must see every rule, not a share of the partitions.
    this.consumer = this.kafka.consumer({ groupId: `sitrep-rules-reader-${randomUUID()}`, maxWaitTimeInMs: 100 });
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
    this.log.log({ msg: 'rules loaded', count: this.rules.size });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.consumer?.disconnect();
  }

  list(): Rule[] {
    return [...this.rules.values()];
  }

  get(id: string): Rule | undefined {
    return this.rules.get(id);
  }

  onChange(listener: RuleListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Writes the rule to the log, then applies it here at once (read-your-writes). */
  async save(rule: Rule): Promise<Rule> {
    await this.publisher.publish(Topics.rules, [{ key: rule.id, value: rule }]);
    this.set(rule.id, rule);
    return rule;
  }

  async remove(id: string): Promise<boolean> {
    if (!this.rules.has(id)) return false;
    await this.publisher.publish(Topics.rules, [{ key: id, value: Buffer.alloc(0) }]);
    this.set(id, null);
    return true;
  }

  private apply(id: string, value: Buffer | null): void {
    if (!id) return;
    if (!value || value.length === 0) return this.set(id, null);
    try {
      this.set(id, decodeEvent(Rule, JSON.parse(value.toString('utf8'))));
    } catch (e) {
      this.log.error({ msg: 'unreadable rule in the rules topic; skipped', ruleId: id, error: String(e) });
    }
  }

  private set(id: string, rule: Rule | null): void {
    if (rule) this.rules.set(id, rule);
    else if (!this.rules.delete(id)) return;
    this.listeners.forEach((l) => l({ id, rule }));
  }

  private async endOffsets(topic: string): Promise<Map<number, bigint>> {
    const admin: Admin = this.kafka.admin();
    await admin.connect();
    try {
      const offsets = await admin.fetchTopicOffsets(topic);
      return new Map(offsets.map((o) => [o.partition, BigInt(o.high)]));
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
