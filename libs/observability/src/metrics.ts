import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * One registry per process. When every stage runs in one process (npm start), they share it and
 * each series carries its `stage` label, so /metrics shows the whole pipeline.
 */
export const registry = new Registry();
collectDefaultMetrics({ register: registry, prefix: 'sitrep_process_' });

export const metrics = {
  processed: new Counter({
    name: 'sitrep_stage_processed_total',
    help: 'Messages a stage finished, by outcome (ok, dead_lettered).',
    labelNames: ['stage', 'topic', 'outcome'] as const,
    registers: [registry],
  }),
  dropped: new Counter({
    name: 'sitrep_stage_dropped_total',
    help: 'Items a stage dropped on purpose, by reason (duplicate, muted, throttled, no_rule, ...).',
    labelNames: ['stage', 'reason'] as const,
    registers: [registry],
  }),
  errors: new Counter({
    name: 'sitrep_stage_errors_total',
    help: 'Errors while processing, by stable error code.',
    labelNames: ['stage', 'code'] as const,
    registers: [registry],
  }),
  deadLettered: new Counter({
    name: 'sitrep_dead_letters_total',
    help: 'Messages written to a dead-letter topic, by topic and error code.',
    labelNames: ['topic', 'code'] as const,
    registers: [registry],
  }),
  duration: new Histogram({
    name: 'sitrep_stage_duration_seconds',
    help: 'Time to process one message in a stage.',
    labelNames: ['stage'] as const,
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  }),
  ingestToAlert: new Histogram({
    name: 'sitrep_ingest_to_alert_seconds',
    help: 'From an article arriving at ingest to an alert being sent for it.',
    labelNames: ['channel'] as const,
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 300],
    registers: [registry],
  }),
  deliveries: new Counter({
    name: 'sitrep_deliveries_total',
    help: 'Delivery attempt outcomes by channel and status (sent, retrying, failed, refused).',
    labelNames: ['channel', 'status'] as const,
    registers: [registry],
  }),
  consumerLag: new Gauge({
    name: 'sitrep_consumer_lag',
    help: 'Messages behind the log end, per consumer group, topic and partition.',
    labelNames: ['group', 'topic', 'partition'] as const,
    registers: [registry],
  }),
  redisLatency: new Histogram({
    name: 'sitrep_redis_command_seconds',
    help: 'Redis round trip for the store operations of a stage.',
    labelNames: ['stage', 'op'] as const,
    buckets: [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.05, 0.25],
    registers: [registry],
  }),
};
