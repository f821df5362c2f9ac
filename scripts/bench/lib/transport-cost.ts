import { Controller, INestMicroservice, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { EventPattern, MicroserviceOptions, Payload, Transport } from '@nestjs/microservices';
import { Admin, Kafka, Producer } from 'kafkajs';
import { DeadLetterPublisher, KafkaBatchServer, Publisher, TopicNamer } from '@sitrep/messaging';
import { ArticleGenerator } from './article-generator';

export interface TransportCost {
  name: string;
  messages: number;
  perSec: number;
  /** CPU time of this process per message, first message to last (fetch, decode, parse, dispatch). */
  cpuUsPerMessage: number;
}

/** Counts handled messages and takes CPU/wall marks at the first and the last one. */
class Meter {
  private first: { t: number; cpu: NodeJS.CpuUsage } | null = null;
  count = 0;
  private finish!: (r: { ms: number; cpuUs: number }) => void;
  readonly done = new Promise<{ ms: number; cpuUs: number }>((r) => (this.finish = r));

  constructor(private readonly expected: number) {}

  hit(n = 1): void {
    if (!this.first) this.first = { t: performance.now(), cpu: process.cpuUsage() };
    this.count += n;
    if (this.count >= this.expected) {
      const cpu = process.cpuUsage(this.first.cpu);
      this.finish({ ms: performance.now() - this.first.t, cpuUs: cpu.user + cpu.system });
    }
  }
}

const LOGICAL = 'transport.bench';

/**
 * Per-message cost of four ways to consume the same M messages (about 3 KB JSON each) with a
 * handler that only parses them: raw kafkajs eachMessage, raw kafkajs eachBatch, our
 * KafkaBatchServer (Nest, eachBatch) and Nest's stock ServerKafka (eachMessage).
 */
export async function measureTransportCost(kafka: Kafka, brokers: string[], admin: Admin, producer: Producer, namer: TopicNamer, id: string, m: number): Promise<TransportCost[]> {
  const topic = namer.physical(LOGICAL);
  await admin.createTopics({ topics: [{ topic, numPartitions: 6, replicationFactor: 1 }], waitForLeaders: true });
  const gen = new ArticleGenerator(9, `tc-${id}`);
  for (let sent = 0; sent < m; sent += 500) {
    const messages = Array.from({ length: Math.min(500, m - sent) }, () => {
      const { article } = gen.next();
      return { key: article.id, value: JSON.stringify({ eventId: article.id, occurredAt: article.publishedAt, schemaVersion: 1, correlationId: article.id, article }) };
    });
    await producer.send({ topic, messages });
  }
  const results: TransportCost[] = [];
  const record = async (name: string, run: (meter: Meter) => Promise<() => Promise<void>>) => {
    const meter = new Meter(m);
    const stop = await run(meter);
    const { ms, cpuUs } = await withTimeout(meter.done, 180_000, name);
    await stop();
    results.push({ name, messages: m, perSec: Math.round((m / ms) * 1000), cpuUsPerMessage: Math.round(cpuUs / m) });
  };

  await record('kafkajs eachMessage', async (meter) => {
    const c = kafka.consumer({ groupId: `${id}-tc-each-message`, maxWaitTimeInMs: 100 });
    await c.connect();
    await c.subscribe({ topic, fromBeginning: true });
    await c.run({ eachMessage: async ({ message }) => void (JSON.parse(message.value!.toString('utf8')), meter.hit()) });
    return () => c.disconnect();
  });

  await record('kafkajs eachBatch', async (meter) => {
    const c = kafka.consumer({ groupId: `${id}-tc-each-batch`, maxWaitTimeInMs: 100 });
    await c.connect();
    await c.subscribe({ topic, fromBeginning: true });
    await c.run({
      partitionsConsumedConcurrently: 3,
      eachBatch: async ({ batch }) => {
        for (const message of batch.messages) JSON.parse(message.value!.toString('utf8'));
        meter.hit(batch.messages.length);
      },
    });
    return () => c.disconnect();
  });

  await record('sitrep KafkaBatchServer (Nest, eachBatch)', async (meter) => {
    const app = await nestApp(LOGICAL, meter, (publisher) => ({
      strategy: new KafkaBatchServer({ kafka, namer, deadLetters: new DeadLetterPublisher(publisher), groupId: `${id}-tc-batch-server`, stage: 'bench' }),
    }), kafka, namer);
    return () => app.close();
  });

  await record('Nest ServerKafka (eachMessage)', async (meter) => {
    const app = await nestApp(topic, meter, () => ({
      transport: Transport.KAFKA,
      options: {
        client: { clientId: `${id}-tc`, brokers },
        consumer: { groupId: `${id}-tc-server-kafka`, maxWaitTimeInMs: 100 },
        subscribe: { fromBeginning: true },
        producerOnlyMode: false,
      },
    }), kafka, namer);
    return () => app.close();
  });
  return results;
}

async function nestApp(pattern: string, meter: Meter, options: (publisher: Publisher) => MicroserviceOptions, kafka: Kafka, namer: TopicNamer): Promise<INestMicroservice> {
  @Controller()
  class CountingController {
    @EventPattern(pattern)
    handle(@Payload() payload: unknown): void {
      if (payload && typeof payload === 'object') meter.hit();
    }
  }
  @Module({ controllers: [CountingController] })
  class BenchModule {}
  const producer = kafka.producer();
  await producer.connect();
  const app = await NestFactory.createMicroservice<MicroserviceOptions>(BenchModule, { ...options(new Publisher(producer, namer)), logger: ['error'] });
  await app.listen();
  const close = app.close.bind(app);
  app.close = async () => {
    await close();
    await producer.disconnect();
  };
  return app;
}

async function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([p, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: timed out after ${ms} ms`)), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}
