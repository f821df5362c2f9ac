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

const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/sitrep';

/** Runs `psql -c <sql>` as the postgres superuser on the local server; returns its trimmed stdout, or null on failure. */
function localPsql(sql, db = 'postgres') {
  const args = ['-h', '127.0.0.1', '-U', 'postgres', '-d', db, '-tAc', sql];
  const r = spawnSync('psql', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.status !== 0 && process.getuid && process.getuid() === 0 && has('runuser')) {
    // No trust auth on TCP: peer auth over the socket as the postgres OS user.
    const p = spawnSync('runuser', ['-u', 'postgres', '--', 'psql', '-d', db, '-tAc', sql], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return p.status === 0 ? p.stdout.trim() : null;
  }
  return r.status === 0 ? r.stdout.trim() : null;
}

/**
 * The archive's PostgreSQL: DATABASE_URL when set (it must answer), else the local server on
 * 127.0.0.1:5432, started with Debian's pg_ctlcluster when nothing answers, and its `sitrep`
 * database created when missing. Returns true when it started the server (so the caller may stop it).
 */
async function ensurePostgres(env = process.env) {
  if (env.DATABASE_URL) {
    const u = new URL(env.DATABASE_URL);
    if (!(await portOpen(u.hostname || '127.0.0.1', Number(u.port || 5432), 2000))) {
      fail(`DATABASE_URL points at ${u.hostname}:${u.port || 5432}, which does not answer. Start that PostgreSQL, or unset DATABASE_URL to use a local one.`);
    }
    say(`using the PostgreSQL at DATABASE_URL (${u.hostname}:${u.port || 5432}${u.pathname})`);
    return false;
  }
  let started = false;
  if (!(await portOpen('127.0.0.1', 5432))) {
    const versions = fs.existsSync('/etc/postgresql') ? fs.readdirSync('/etc/postgresql').sort() : [];
    if (!has('pg_ctlcluster') || versions.length === 0) {
      fail('No PostgreSQL answers on 127.0.0.1:5432 and none is installed.\n' +
        '  Fix: apt-get install postgresql   (or: docker compose up -d postgres, or set DATABASE_URL)');
    }
    const version = versions[versions.length - 1];
    say(`starting the local PostgreSQL ${version} on 127.0.0.1:5432…`);
    run('pg_ctlcluster', ['--skip-systemctl-redirect', version, 'main', 'start']);
    started = true;
    for (let i = 0; i < 100 && !(await portOpen('127.0.0.1', 5432)); i++) await new Promise((r) => setTimeout(r, 100));
  }
  const exists = localPsql("SELECT 1 FROM pg_database WHERE datname = 'sitrep'");
  if (exists === null) fail('PostgreSQL answers on 127.0.0.1:5432 but psql cannot log in as postgres (set DATABASE_URL to a database Sitrep may use).');
  if (exists !== '1') {
    say('creating the database sitrep…');
    if (localPsql('CREATE DATABASE sitrep') === null) fail('could not create the database sitrep');
  }
  say(`PostgreSQL answers at ${DEFAULT_DATABASE_URL}`);
  return started;
}

function stopPostgres() {
  const versions = fs.existsSync('/etc/postgresql') ? fs.readdirSync('/etc/postgresql').sort() : [];
  if (versions.length) spawnSync('pg_ctlcluster', ['--skip-systemctl-redirect', versions[versions.length - 1], 'main', 'stop'], { stdio: 'ignore' });
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

/**
 * The classifier's on-disk gazetteer holds what this checkout builds (scripts/warm-gazetteer.js),
 * so a fresh clone's first classifier start reads it instead of building it (about five seconds).
 * Compiles dist/ when it is stale (ensure-build.js, under a second: its code keys the cache of
 * `npm start`), then only reads the code files and looks for the cache files; a build runs in a
 * child with the stages' node flags. SITREP_GAZETTEER_CACHE=off skips it; SITREP_CACHE_DIR is read
 * as the stages read it. Never fails the set-up: without a cache the classifier builds at start.
 */
function ensureGazetteerCache(env = process.env) {
  const started = Date.now();
  const took = () => {
    const ms = Date.now() - started;
    return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
  };
  // The one value the stages read as off; any other value is checked as they check it (below).
  if (env.SITREP_GAZETTEER_CACHE === 'off') {
    say('gazetteer cache: off (SITREP_GAZETTEER_CACHE=off), nothing to warm');
    return;
  }
  let state;
  let build;
  try {
    build = require('./ensure-build');
    build.ensureBuild();
    state = require('../warm-gazetteer').cacheState(env);
  } catch (e) {
    // An invalid SITREP_GAZETTEER_CACHE or SITREP_CACHE_DIR (loadConfig's message), or a failed compile.
    say(`gazetteer cache: not warmed (${String(e.message || e).split('\n').filter(Boolean).join(' ')})`);
    return;
  }
  if (!state.dir) {
    say('gazetteer cache: no node_modules to keep it in, nothing to warm');
    return;
  }
  const where = path.relative(ROOT, state.dir) || state.dir;
  if (state.missing.length === 0) {
    say(`gazetteer cache: warm in ${where} (checked in ${took()})`);
    return;
  }
  const r = spawnSync(process.execPath, [...build.nodeFlags(), path.join(ROOT, 'scripts', 'warm-gazetteer.js')], { cwd: ROOT, env, stdio: 'inherit' });
  if (r.status === 0) say(`gazetteer cache: built in ${took()} and written to ${where}`);
  else say(`gazetteer cache: not warmed (its build exited with ${r.status}, after ${took()}); the classifier builds it at its first start`);
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
  ensurePostgres, stopPostgres, DEFAULT_DATABASE_URL, ensureGazetteerCache,
};
