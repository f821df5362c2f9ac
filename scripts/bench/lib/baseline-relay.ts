import { Consumer, Kafka, Producer } from 'kafkajs';

/**
 * The no-processing baseline: plain kafkajs consume-and-produce over the same hops as the
 * pipeline (raw → hop1 → hop2 → hop3), each hop its own consumer group, eachBatch + one
 * sendBatch per batch, acks=all, offsets committed after the send. Returns once `expected`
 * messages have reached the last hop; sustained rate = arrivals between 10% and 90%.
 */
export async function runBaselineRelay(kafka: Kafka, source: string, hops: string[], groupPrefix: string, expected: number): Promise<{ ms: number; sustainedPerSec: number }> {
  const consumers: Consumer[] = [];
  const producer: Producer = kafka.producer();
  await producer.connect();
  const started = Date.now();
  let arrived = 0;
  let t10 = 0;
  let t90 = 0;
  let finish!: () => void;
  const done = new Promise<void>((r) => (finish = r));
  const chain = [source, ...hops];
  try {
    for (let i = 0; i < chain.length; i++) {
      const from = chain[i];
      const to = chain[i + 1];
      const consumer = kafka.consumer({ groupId: `${groupPrefix}-baseline-${i}`, maxWaitTimeInMs: 100 });
      consumers.push(consumer);
      await consumer.connect();
      await consumer.subscribe({ topic: from, fromBeginning: true });
      await consumer.run({
        partitionsConsumedConcurrently: 3,
        eachBatch: async ({ batch, resolveOffset, heartbeat }) => {
          if (to) {
            await producer.sendBatch({ acks: -1, topicMessages: [{ topic: to, messages: batch.messages.map((m) => ({ key: m.key, value: m.value, headers: m.headers })) }] });
          } else {
            arrived += batch.messages.length;
            if (!t10 && arrived >= expected * 0.1) t10 = Date.now();
            if (!t90 && arrived >= expected * 0.9) t90 = Date.now();
            if (arrived >= expected) finish();
          }
          resolveOffset(batch.lastOffset());
          await heartbeat();
        },
      });
    }
    await done;
    return { ms: Date.now() - started, sustainedPerSec: (expected * 0.8) / (Math.max(1, t90 - t10) / 1000) };
  } finally {
    await Promise.all(consumers.map((c) => c.disconnect()));
    await producer.disconnect();
  }
}
