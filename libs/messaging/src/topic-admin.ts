import { Kafka } from 'kafkajs';
import { TOPIC_SPECS } from '@sitrep/contracts';
import { TopicNamer } from './topic-namer';

/**
 * Creates Sitrep's topics (TOPIC_SPECS, under the deployment's prefix) that do not exist yet and
 * adds partitions where a topic has fewer than its spec. Idempotent; returns the names created.
 */
export async function ensureTopics(kafka: Kafka, namer: TopicNamer, replicationFactor?: number): Promise<string[]> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const brokers = (await admin.describeCluster()).brokers.length;
    const rf = replicationFactor ?? Math.min(3, brokers);
    const missing = TOPIC_SPECS.filter((s) => !existing.has(namer.physical(s.name)));
    if (missing.length) {
      await admin.createTopics({
        waitForLeaders: true,
        topics: missing.map((s) => ({
          topic: namer.physical(s.name),
          numPartitions: s.partitions,
          replicationFactor: rf,
          configEntries: Object.entries(s.config ?? {}).map(([name, value]) => ({ name, value })),
        })),
      });
    }
    const present = TOPIC_SPECS.filter((s) => existing.has(namer.physical(s.name)));
    if (present.length) {
      const meta = await admin.fetchTopicMetadata({ topics: present.map((s) => namer.physical(s.name)) });
      const grow = present.filter((s) => (meta.topics.find((t) => t.name === namer.physical(s.name))?.partitions.length ?? 0) < s.partitions);
      if (grow.length) await admin.createPartitions({ topicPartitions: grow.map((s) => ({ topic: namer.physical(s.name), count: s.partitions })) });
    }
    return missing.map((s) => namer.physical(s.name));
  } finally {
    await admin.disconnect();
  }
}
