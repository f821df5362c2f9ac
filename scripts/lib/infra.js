'use strict';
// Shared by setup.js, start.js and test.js: plain Node, no dependencies, so it runs before
// `npm ci` has installed anything.
const { execFileSync, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');

function say(msg) {
  process.stdout.write(`[sitrep] ${msg}\n`);
}

function fail(msg) {
  process.stderr.write(`\n[sitrep] ${msg}\n\n`);
  process.exit(1);
}

function has(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: ROOT, ...opts });
  if (r.status !== 0) fail(`\`${cmd} ${args.join(' ')}\` failed (exit ${r.status})`);
}

/** Sends a RESP PING; true when something answers +PONG (or -NOAUTH: a Redis that wants a password). */
function redisAnswers(url, timeoutMs = 1000) {
  const u = new URL(url);
  return new Promise((resolve) => {
    const sock = net.connect({ host: u.hostname || '127.0.0.1', port: Number(u.port || 6379) });
    const done = (ok) => {
      sock.destroy();
      resolve(ok);
    };
    sock.setTimeout(timeoutMs, () => done(false));
    sock.on('error', () => done(false));
    sock.on('connect', () => sock.write('PING\r\n'));
    sock.on('data', (d) => done(/^(\+PONG|-NOAUTH)/.test(d.toString())));
  });
}

function portOpen(host, port, timeoutMs = 500) {
  return new Promise((resolve) => {
    const sock = net.connect({ host, port });
    const done = (ok) => {
      sock.destroy();
      resolve(ok);
    };
    sock.setTimeout(timeoutMs, () => done(false));
    sock.on('error', () => done(false));
    sock.on('connect', () => done(true));
  });
}

/** npm ci when node_modules is missing or older than the lockfile. */
function ensureNodeModules() {
  const lock = path.join(ROOT, 'package-lock.json');
  const stamp = path.join(ROOT, 'node_modules', '.package-lock.json');
  if (fs.existsSync(stamp) && fs.statSync(stamp).mtimeMs >= fs.statSync(lock).mtimeMs) return;
  say('installing npm packages (npm ci)…');
  run('npm', ['ci', '--no-audit', '--no-fund']);
}

/** Returns true when it started a redis-server (so the caller may stop it again). */
async function ensureRedis(env = process.env) {
  if (env.REDIS_CLUSTER_NODES) {
    say(`using the Redis Cluster at REDIS_CLUSTER_NODES=${env.REDIS_CLUSTER_NODES}`);
    return false;
  }
  const url = env.REDIS_URL || 'redis://127.0.0.1:6379';
  if (await redisAnswers(url)) {
    say(`Redis answers at ${url}`);
    return false;
  }
  if (env.REDIS_URL) fail(`REDIS_URL=${url} does not answer PING. Start that Redis, or unset REDIS_URL to use a local one.`);
  if (!has('redis-server')) {
    fail('No Redis answers on 127.0.0.1:6379 and redis-server is not installed.\n' +
      '  Fix: apt-get install redis-server   (or: docker compose up -d redis, or set REDIS_URL)');
  }
  say('starting a local redis-server on 127.0.0.1:6379…');
  run('redis-server', ['--daemonize', 'yes', '--bind', '127.0.0.1', '--port', '6379', '--save', '', '--appendonly', 'no']);
  for (let i = 0; i < 50; i++) {
    if (await redisAnswers(url)) {
      say('Redis is up');
      return true;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  fail('redis-server was started but does not answer PING');
}

const KAFKA_LOCAL = path.join(ROOT, 'scripts', 'kafka-local.sh');

/**
 * The local broker (kafka-local.sh creates the topics); with KAFKA_BROKERS, the apps create them
 * at start. Returns true when it started a broker (so the caller may stop it again).
 */
function ensureKafka(env = process.env) {
  if (env.KAFKA_BROKERS) {
    say(`using the Kafka cluster at KAFKA_BROKERS=${env.KAFKA_BROKERS}`);
    return false;
  }
  const wasRunning = spawnSync('bash', [KAFKA_LOCAL, 'status'], { stdio: 'ignore' }).status === 0;
  run('bash', [KAFKA_LOCAL, 'start']);
  return !wasRunning;
}

function stopKafka() {
  spawnSync('bash', [KAFKA_LOCAL, 'stop'], { stdio: 'inherit' });
}

function stopRedis() {
  spawnSync('redis-cli', ['-p', '6379', 'shutdown', 'nosave'], { stdio: 'ignore' });
}

/** Debian's Chromium for the browser tests (playwright-core drives it; no browser download). */
function chromiumPath() {
  for (const p of [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean)) {
    if (fs.existsSync(p)) return p;
  }
  return null;
}

function ensureChromium() {
  if (chromiumPath()) return;
  if (process.getuid && process.getuid() === 0 && has('apt-get')) {
    say('installing Debian chromium for the browser tests…');
    run('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null']);
    if (chromiumPath()) return;
  }
  fail('The browser tests need Chromium. Fix: apt-get install chromium (or set CHROMIUM_PATH).');
}

module.exports = {
  ROOT, say, fail, has, run, redisAnswers, portOpen, ensureNodeModules, ensureRedis, ensureKafka, stopKafka, stopRedis, ensureChromium, chromiumPath,
};
