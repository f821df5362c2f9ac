/**
 * Every Kafka topic Sitrep uses, in one place. Partition counts are explicit so that a
 * consumer group of several instances can split each stage's work.
 */
export const Topics = {
  articlesRaw: 'articles.raw',
  articlesClassified: 'articles.classified',
  articlesDlq: 'articles.dlq',
  incidents: 'incidents',
  alerts: 'alerts',
  alertsDlq: 'alerts.dlq',
  deliveries: 'deliveries',
  /** surge / record / breaking, computed by the archiver from its history (keyed by place). */
  signals: 'signals',
  /** Compacted log of alert-rule changes (keyed by rule id; a null value deletes). */
  rules: 'rules',
} as const;

export type TopicName = (typeof Topics)[keyof typeof Topics];

export interface TopicSpec {
  name: TopicName;
  partitions: number;
  /** Extra topic configs, e.g. cleanup.policy=compact. */
  config?: Record<string, string>;
}

export const TOPIC_SPECS: readonly TopicSpec[] = [
  { name: Topics.articlesRaw, partitions: 6 },
  { name: Topics.articlesClassified, partitions: 6 },
  { name: Topics.articlesDlq, partitions: 1 },
  { name: Topics.incidents, partitions: 3 },
  { name: Topics.alerts, partitions: 3 },
  { name: Topics.alertsDlq, partitions: 1 },
  { name: Topics.deliveries, partitions: 3 },
  { name: Topics.signals, partitions: 1 },
  { name: Topics.rules, partitions: 1, config: { 'cleanup.policy': 'compact' } },
];

/** Dead-letter topic for a source topic (articles.raw → articles.dlq, alerts → alerts.dlq). */
export function deadLetterTopicFor(topic: string): TopicName {
  return topic.startsWith('articles.') ? Topics.articlesDlq : Topics.alertsDlq;
}
