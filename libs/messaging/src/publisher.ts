import { Logger } from '@nestjs/common';
import { CompressionTypes, IHeaders, Producer, TopicMessages } from 'kafkajs';
import { TopicName } from '@sitrep/contracts';
import { RetryableError } from './errors';
import { TopicNamer } from './topic-namer';

export interface OutgoingMessage {
  key: string | null;
  /** An event object (JSON-encoded here) or raw bytes (dead letters keep the original bytes). */
  value: object | Buffer | string;
  headers?: IHeaders;
}

interface Pending {
  topic: string;
  messages: OutgoingMessage[];
  resolve: () => void;
  reject: (e: unknown) => void;
}

/**
 * Publishes events. Sends made in the same tick are coalesced into one produce request
 * (many consumers of a batch publish at once), which is where Kafka's throughput comes from.
 * A publish resolves only once the broker has acknowledged it (acks=all): callers commit
 * their input offsets after that, which gives at-least-once.
 */
export class Publisher {
  private readonly log = new Logger(Publisher.name);
  private queue: Pending[] = [];
  private scheduled = false;

  constructor(private readonly producer: Producer, private readonly namer: TopicNamer) {}

  publish(topic: TopicName, messages: OutgoingMessage[]): Promise<void> {
    if (messages.length === 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.queue.push({ topic: this.namer.physical(topic), messages, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => void this.flush());
      }
    });
  }

  private async flush(): Promise<void> {
    const pending = this.queue;
    this.queue = [];
    this.scheduled = false;
    const byTopic = new Map<string, TopicMessages>();
    for (const p of pending) {
      const entry = byTopic.get(p.topic) ?? { topic: p.topic, messages: [] };
      for (const m of p.messages) {
        entry.messages.push({ key: m.key, value: encode(m.value), headers: m.headers });
      }
      byTopic.set(p.topic, entry);
    }
    try {
      await this.producer.sendBatch({ topicMessages: [...byTopic.values()], acks: -1, compression: CompressionTypes.None });
      pending.forEach((p) => p.resolve());
    } catch (error) {
      this.log.warn({ msg: 'publish failed', topics: [...byTopic.keys()], error: String(error) });
      const failure = new RetryableError('kafka_unavailable', `publish failed: ${(error as Error).message}`);
      pending.forEach((p) => p.reject(failure));
    }
  }
}

/**
 * JSON.stringify({ ...head, [key]: JSON.parse(json) }) without parsing or encoding `json` again:
 * for events that carry a record the caller has already encoded (the correlator's incident, as
 * it wrote it to Redis). `key` comes last; JSON readers do not care about the order.
 */
export function jsonWithEncoded(head: object, key: string, json: string): string {
  const start = JSON.stringify(head);
  return `${start.length > 2 ? `${start.slice(0, -1)},` : '{'}${JSON.stringify(key)}:${json}}`;
}

function encode(value: OutgoingMessage['value']): Buffer | string {
  if (Buffer.isBuffer(value) || typeof value === 'string') return value;
  return JSON.stringify(value);
}
