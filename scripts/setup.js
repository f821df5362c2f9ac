#!/usr/bin/env node
'use strict';
// Everything `npm start` and `npm test` need before they run: npm packages, the classifier's
// gazetteer cache, Redis, PostgreSQL, a Kafka broker with Sitrep's topics (unless KAFKA_BROKERS /
// REDIS_URL point elsewhere), and for tests, Chromium. Safe to run again: each step checks first.
const infra = require('./lib/infra');

async function main() {
  const forTests = process.argv.includes('--test');
  infra.ensureNodeModules();
  infra.ensureGazetteerCache();
  await infra.ensureRedis();
  await infra.ensurePostgres();
  infra.ensureKafka();
  if (forTests) infra.ensureChromium();
  infra.say('set-up done');
}

main().catch((e) => infra.fail(e.stack || String(e)));
