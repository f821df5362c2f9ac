#!/usr/bin/env node
'use strict';
// `npm start`: installs what is missing, compiles dist/ when it is stale, brings up Kafka, Redis and
// PostgreSQL unless configured, runs every stage and the dashboard in one process (node dist/main.js),
// waits until /health/ready says the whole pipeline is up, replays the bundled sample stream (unless
// SITREP_SAMPLE=off), prints where to look.
// Ctrl-C stops everything it started (a broker or Redis that was already running is left alone).
const { spawn, spawnSync } = require('node:child_process');
const path = require('node:path');
const infra = require('./lib/infra');
const build = require('./lib/ensure-build');

const PORT = Number(process.env.PORT || 3000);
const ADMIN_KEY = process.env.SITREP_ADMIN_KEY || 'dev-admin-key';
const base = `http://localhost:${PORT}`;

function startApp() {
  const env = { ...process.env, PORT: String(PORT), SITREP_ADMIN_KEY: ADMIN_KEY };
  // The compiled entry, every stage (or SITREP_STAGES); its node flags given here so that this
  // process signals the stage process itself.
  return spawn(process.execPath, [...build.nodeFlags(), build.ENTRY], { cwd: infra.ROOT, env, stdio: ['ignore', 'inherit', 'inherit'] });
}

async function waitReady(child, timeoutMs = 120_000) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (child.exitCode !== null) infra.fail(`Sitrep exited (code ${child.exitCode}) before it was ready; see the log above.`);
    try {
      const res = await fetch(`${base}/health/ready`);
      if (res.status === 200) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  infra.fail(`Sitrep did not become ready within ${timeoutMs / 1000} s (${base}/health/ready)`);
}

async function main() {
  infra.ensureNodeModules();
  build.ensureBuild();
  // The classifier reads the gazetteer from the cache at start; build it here once if it is missing.
  infra.ensureGazetteerCache();
  const startedRedis = await infra.ensureRedis();
  const startedPostgres = await infra.ensurePostgres();
  const startedKafka = infra.ensureKafka();
  const child = startApp();
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    infra.say('stopping…');
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
    child.once('exit', () => {
      if (startedKafka && process.env.SITREP_KEEP_KAFKA !== '1') infra.stopKafka();
      if (startedRedis) infra.stopRedis();
      if (startedPostgres) infra.stopPostgres();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  child.on('exit', (code) => {
    if (!stopping) process.exit(code ?? 1);
  });

  await waitReady(child);
  if (process.env.SITREP_SAMPLE !== 'off') {
    const r = spawnSync(process.execPath, [path.join(__dirname, 'replay-sample.js'), '--url', base], { stdio: 'inherit' });
    if (r.status !== 0) infra.say('sample replay failed (Sitrep keeps running)');
  }
  const lines = [
    '',
    '  Sitrep is running.',
    `  Dashboard      ${base}/`,
    `  API            ${base}/v1/incidents   (rules and deliveries need: Authorization: Bearer ${ADMIN_KEY})`,
    `  History        ${base}/v1/incidents?q=strike   trends ${base}/v1/trends   signals ${base}/v1/signals`,
    `  Dev mailbox    ${base}/v1/dev/mailbox`,
    `  Metrics        ${base}/metrics     Health ${base}/health/ready`,
    '',
    '  Post an article:',
    `    curl -s -X POST ${base}/v1/articles -H 'Content-Type: application/json' -d @data/sample/report-a.json`,
    '  Ctrl-C stops everything.',
    '',
  ];
  process.stdout.write(lines.join('\n') + '\n');
}

main().catch((e) => infra.fail(e.stack || String(e)));
