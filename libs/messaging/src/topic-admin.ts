import { Admin, ConfigResourceTypes, Kafka } from 'kafkajs';
import { TOPIC_SPECS, TopicSpec } from '@sitrep/contracts';
import { TopicNamer } from './topic-namer';

export interface EnsureTopicsResult {
  created: string[];
  expanded: string[];
  unchanged: string[];
  warnings: string[];
}

/**
 * Creates Sitrep's topics (TOPIC_SPECS, under the deployment's prefix) that do not exist yet and
 * adds partitions where a topic has fewer than its spec. Idempotent. Kafka cannot remove
 * partitions or silently change a topic's configs, so more partitions than the spec, or a
 * config that differs (e.g. an auto-created `rules` that is not compacted), is only reported.
 * Used by every app at start (so KAFKA_BROKERS clusters get the topics) and by
 * scripts/ensure-topics.js for the local broker.
 */
export async function ensureTopics(
  kafka: Kafka,
  namer = new TopicNamer(),
  opts: { replicationFactor?: number; specs?: readonly TopicSpec[] } = {},
): Promise<EnsureTopicsResult> {
  const specs = (opts.specs ?? TOPIC_SPECS).map((s) => ({ ...s, name: namer.physical(s.name) }));
  const result: EnsureTopicsResult = { created: [], expanded: [], unchanged: [], warnings: [] };
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = specs.filter((s) => !existing.has(s.name));
    const present = specs.filter((s) => existing.has(s.name));
    if (missing.length) {
      const rf = opts.replicationFactor ?? Math.min(3, (await admin.describeCluster()).brokers.length);
      // Resolves false when another process created them first: still fine.
      await admin.createTopics({
        waitForLeaders: true,
        topics: missing.map((s) => ({
          topic: s.name,
          numPartitions: s.partitions,
          replicationFactor: rf,
          configEntries: Object.entries(s.config ?? {}).map(([name, value]) => ({ name, value })),
        })),
      });
      result.created.push(...missing.map((s) => s.name));
    }
    if (present.length) {
      const meta = await admin.fetchTopicMetadata({ topics: present.map((s) => s.name) });
      const have = new Map(meta.topics.map((t) => [t.name, t.partitions.length]));
      const grow = present.filter((s) => (have.get(s.name) ?? 0) < s.partitions);
      if (grow.length) await admin.createPartitions({ topicPartitions: grow.map((s) => ({ topic: s.name, count: s.partitions })) });
      result.expanded.push(...grow.map((s) => `${s.name}→${s.partitions}`));
      for (const s of present.filter((p) => !grow.includes(p))) {
        const n = have.get(s.name) ?? 0;
        if (n > s.partitions) result.warnings.push(`${s.name}: has ${n} partitions, spec says ${s.partitions} (left alone)`);
        result.unchanged.push(s.name);
      }
      result.warnings.push(...(await configDrift(admin, present)));
    }
    return result;
  } finally {
    await admin.disconnect();
  }
}

type NamedSpec = Omit<TopicSpec, 'name'> & { name: string };

async function configDrift(admin: Admin, specs: NamedSpec[]): Promise<string[]> {
  const withConfig = specs.filter((s) => s.config && Object.keys(s.config).length);
  if (!withConfig.length) return [];
  const { resources } = await admin.describeConfigs({
    includeSynonyms: false,
    resources: withConfig.map((s) => ({ type: ConfigResourceTypes.TOPIC, name: s.name })),
  });
  return withConfig.flatMap((spec) => {
    const entries = resources.find((r) => r.resourceName === spec.name)?.configEntries ?? [];
    const actual = new Map(entries.map((e) => [e.configName, e.configValue]));
    return Object.entries(spec.config ?? {})
      .filter(([key, want]) => actual.get(key) !== want)
      .map(([key, want]) => `${spec.name}: ${key}=${actual.get(key)} but the spec wants ${want} (left alone)`);
  });
}
