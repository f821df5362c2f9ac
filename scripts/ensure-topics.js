#!/usr/bin/env node
/**
 * Creates Sitrep's Kafka topics (libs/contracts/src/topics.ts → TOPIC_SPECS) if they are missing.
 * Idempotent: existing topics are left alone, except that partitions are added when a topic has
 * fewer than its spec (Kafka cannot remove partitions, so more than the spec is only reported).
 *
 *   node scripts/ensure-topics.js            # KAFKA_BROKERS, default 127.0.0.1:9092
 *   node scripts/ensure-topics.js --probe    # exit 0 iff the cluster answers a metadata request
 *
 * Also a library: const { ensureTopics } = require('./ensure-topics');
 *
 * Replication factor of new topics: KAFKA_REPLICATION_FACTOR, else min(3, number of brokers).
 */
'use strict';

const path = require('path');
require('reflect-metadata'); // the contracts' validation decorators need it
const { Kafka, logLevel } = require('kafkajs');

const TOPICS_TS = path.join(__dirname, '..', 'libs', 'contracts', 'src', 'topics.ts');

/** The single list of topics lives in TypeScript; load it instead of copying it. */
function loadTopicSpecs() {
  // Register ts-node only if nothing compiles .ts yet (a caller under ts-node or jest already does).
  if (!(require.extensions || {})['.ts']) {
    require('ts-node').register({
      project: path.join(__dirname, '..', 'tsconfig.json'),
      transpileOnly: true,
      compilerOptions: { module: 'commonjs' },
    });
    // libs import each other as @sitrep/<lib>.
    const root = path.join(__dirname, '..');
    require('tsconfig-paths').register({ baseUrl: root, paths: require(path.join(root, 'tsconfig.json')).compilerOptions.paths });
  }
  const { TOPIC_SPECS } = require(TOPICS_TS);
  if (!Array.isArray(TOPIC_SPECS) || TOPIC_SPECS.length === 0) {
    throw new Error(`no TOPIC_SPECS exported by ${TOPICS_TS}`);
  }
  return TOPIC_SPECS;
}

function brokersFromEnv() {
  return (process.env.KAFKA_BROKERS || '127.0.0.1:9092')
    .split(',')
    .map((b) => b.trim())
    .filter(Boolean);
}

function createAdmin(brokers, { retries = 5, connectionTimeout = 3000, requestTimeout = 10000 } = {}) {
  const kafka = new Kafka({
    clientId: 'sitrep-ensure-topics',
    brokers,
    // kafkajs logs every retried response (e.g. "coordinator loading") as an error; real failures throw.
    logLevel: logLevel.NOTHING,
    connectionTimeout,
    requestTimeout,
    retry: { retries },
  });
  return kafka.admin();
}

/**
 * A fresh broker creates __consumer_offsets only when the first group looks for its coordinator,
 * so that first consumer waits ("group coordinator is not available") while it is created and
 * loaded. Asking for a (non-existent) group's offsets once does it here instead. kafkajs retries.
 */
async function warmGroupCoordinator(admin, topic, timeoutMs = 30000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await admin.fetchOffsets({ groupId: 'sitrep-ensure-topics-warmup', topics: [topic] });
      return;
    } catch (err) {
      // NOT_COORDINATOR / COORDINATOR_LOAD_IN_PROGRESS while __consumer_offsets settles; kafkajs
      // does not retry those for admin.fetchOffsets.
      if (!err.retriable || Date.now() > deadline) throw err;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

/** Same for idempotent producers: the first InitProducerId waits for the transaction coordinator. */
async function warmProducerIds(brokers) {
  const kafka = new Kafka({ clientId: 'sitrep-ensure-topics', brokers, logLevel: logLevel.NOTHING });
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect(); // InitProducerId, retried by kafkajs until the coordinator is up
  await producer.disconnect();
}

/**
 * Makes sure every topic exists with at least its partition count (libs/messaging's ensureTopics,
 * the one implementation), then warms the coordinators of a fresh broker.
 * @returns {Promise<{created: string[], expanded: string[], unchanged: string[], warnings: string[]}>}
 */
async function ensureTopics({ brokers = brokersFromEnv() } = {}) {
  loadTopicSpecs();
  const { ensureTopics: ensure } = require(path.join(__dirname, '..', 'libs', 'messaging', 'src', 'topic-admin.ts'));
  const { TopicNamer } = require(path.join(__dirname, '..', 'libs', 'messaging', 'src', 'topic-namer.ts'));
  const kafka = new Kafka({ clientId: 'sitrep-ensure-topics', brokers, logLevel: logLevel.NOTHING, retry: { retries: 5 } });
  const rf = process.env.KAFKA_REPLICATION_FACTOR ? Number(process.env.KAFKA_REPLICATION_FACTOR) : undefined;
  const result = await ensure(kafka, new TopicNamer(process.env.KAFKA_TOPIC_PREFIX || ''), { replicationFactor: rf });
  const admin = createAdmin(brokers);
  await admin.connect();
  try {
    await warmGroupCoordinator(admin, result.created[0] || result.unchanged[0]);
  } finally {
    await admin.disconnect();
  }
  await warmProducerIds(brokers);
  return result;
}

/** True iff the cluster answers a metadata request (used by kafka-local.sh as its readiness check). */
async function probe(brokers = brokersFromEnv()) {
  // Short timeouts: a starting broker accepts connections before it answers requests, and the
  // caller polls, so a slow attempt should fail fast rather than hang.
  const admin = createAdmin(brokers, { retries: 0, connectionTimeout: 1000, requestTimeout: 1000 });
  try {
    await admin.connect();
    const { brokers: nodes } = await admin.describeCluster();
    await admin.listTopics();
    return nodes.length > 0;
  } catch {
    return false;
  } finally {
    await admin.disconnect().catch(() => {});
  }
}

async function main() {
  if (process.argv.includes('--probe')) {
    process.exit((await probe()) ? 0 : 1);
  }
  const brokers = brokersFromEnv();
  const r = await ensureTopics({ brokers });
  const parts = [
    r.created.length && `created ${r.created.join(', ')}`,
    r.expanded.length && `added partitions ${r.expanded.join(', ')}`,
    r.unchanged.length && `${r.unchanged.length} already present`,
  ].filter(Boolean);
  console.log(`ensure-topics (${brokers.join(',')}): ${parts.join('; ')}`);
  for (const w of r.warnings) console.warn(`ensure-topics: warning: ${w}`);
}

if (require.main === module) {
  main().catch((err) => {
    console.error(`ensure-topics: failed against ${brokersFromEnv().join(',')}: ${err.message}`);
    process.exit(1);
  });
}

module.exports = { ensureTopics, loadTopicSpecs, probe };
