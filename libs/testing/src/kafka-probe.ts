import { Consumer, IHeaders, Kafka, KafkaMessage } from 'kafkajs';
import { SitrepConfig } from '@sitrep/config';
import { createKafka, TopicNamer } from '@sitrep/messaging';

export interface SeenMessage {
  key: string | null;
  value: string;
  headers: Record<string, string>;
}

/** Reads a topic from the beginning into memory, for assertions (e.g. what reached a DLQ). */
export class TopicProbe {
  readonly messages: SeenMessage[] = [];
  private consumer: Consumer | null = null;

  constructor(private readonly config: SitrepConfig, private readonly topic: string) {}

  async start(): Promise<this> {
    const kafka: Kafka = createKafka(this.config, 'sitrep-test-probe');
    this.consumer = kafka.consumer({ groupId: `probe-${this.config.kafka.topicPrefix}-${this.topic}-${Math.random().toString(36).slice(2)}`, maxWaitTimeInMs: 100 });
    await this.consumer.connect();
    await this.consumer.subscribe({ topic: new TopicNamer(this.config.kafka.topicPrefix).physical(this.topic), fromBeginning: true });
    await this.consumer.run({ autoCommit: false, eachMessage: async ({ message }) => void this.messages.push(toSeen(message)) });
    return this;
  }

  async stop(): Promise<void> {
    await this.consumer?.disconnect();
  }
}

function toSeen(m: KafkaMessage): SeenMessage {
  return { key: m.key?.toString() ?? null, value: m.value?.toString('utf8') ?? '', headers: headersOf(m.headers) };
}

function headersOf(h: IHeaders | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(h ?? {}).map(([k, v]) => [k, Array.isArray(v) ? String(v[0]) : String(v)]));
}
