import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadConfig, SitrepConfig } from '@sitrep/config';

/**
 * A free TCP port on loopback, below the kernel's ephemeral range: a port is chosen here and
 * listened on later (often by a child process), and in between the test's own Kafka, Redis and
 * PostgreSQL connections take ephemeral ports; one of them took a port chosen in that range once
 * (EADDRINUSE in CI). Below the range only another listener can take it.
 */
export async function freePort(): Promise<number> {
  const [low] = (range ??= ephemeralRange());
  return (await pickPort(PORTS_FROM, Math.min(low, BUS_PORTS_FROM), [0])) ?? listenOnce(0);
}

/**
 * A free port for a Redis Cluster node whose cluster bus port (port + 10000) is free too, both
 * below the ephemeral range and apart from freePort()'s ports: a bus port chosen in the ephemeral
 * range was once taken by an outgoing connection, and the node never started (CI: "timed out
 * waiting for redis-server on 22782", bus port 32782).
 */
export async function freeClusterPort(): Promise<number> {
  const [low] = (range ??= ephemeralRange());
  const port = low > BUS_PORTS_FROM + CLUSTER_PORTS ? await pickPort(CLUSTER_PORTS_FROM, CLUSTER_PORTS_FROM + CLUSTER_PORTS, [0, BUS_OFFSET]) : null;
  if (port === null) throw new Error(`no free Redis Cluster port below the ephemeral range (from ${low})`);
  return port;
}

/**
 * A port in [from, to) free on loopback with each of `offsets` added, from this Jest worker's slice.
 * Each worker picks from its own slice, and a process never hands out a port twice, so two test
 * files running at once, or two ports of one test, cannot pick the same one.
 */
async function pickPort(from: number, to: number, offsets: readonly number[]): Promise<number | null> {
  const width = Math.floor((to - from) / WORKER_SLICES);
  const start = from + (Number(process.env.JEST_WORKER_ID ?? 0) % WORKER_SLICES) * width;
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = start + Math.floor(Math.random() * width);
    const ports = offsets.map((o) => port + o);
    if (ports.some((p) => handedOut.has(p))) continue;
    let free = true;
    for (const p of ports) if (!(await canListen(p))) { free = false; break; }
    if (!free) continue;
    for (const p of ports) handedOut.add(p);
    return port;
  }
  return null;
}

/**
 * Where the ports the tests choose lie, all below the kernel's ephemeral range (32768 on Linux):
 * Redis Cluster nodes from 20000, their bus ports (+10000) from 30000, other ports in between,
 * above the well-known and common service ports.
 */
const CLUSTER_PORTS_FROM = 20_000;
const CLUSTER_PORTS = 1_000;
const BUS_OFFSET = 10_000;
const PORTS_FROM = CLUSTER_PORTS_FROM + CLUSTER_PORTS;
const BUS_PORTS_FROM = CLUSTER_PORTS_FROM + BUS_OFFSET;
const WORKER_SLICES = 8;
const handedOut = new Set<number>();
let range: [number, number] | null = null;

/** The kernel's ephemeral port range (Linux), or the IANA one elsewhere. */
function ephemeralRange(): [number, number] {
  try {
    const [low, high] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/).map(Number);
    if (low > PORTS_FROM + 1000 && high >= low) return [low, high];
  } catch { /* not Linux */ }
  return [49_152, 65_535];
}

function canListen(port: number): Promise<boolean> {
  return listenOnce(port).then(() => true, () => false);
}

/** Listens on `port` (0: any) on loopback, closes, and returns the port. */
function listenOnce(port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(port, '127.0.0.1', () => {
      const { port: bound } = srv.address() as { port: number };
      srv.close(() => resolve(bound));
    });
  });
}

/**
 * Starts `app` on a port the kernel picks on loopback and returns its base URL. A test that builds
 * several stages first must not listen on a port freePort() chose earlier: their Kafka, Redis and
 * PostgreSQL connections take ephemeral ports meanwhile, and one may take that port (EADDRINUSE).
 */
export async function listenOnLoopback(app: { listen(port: number, host: string): Promise<unknown>; getHttpServer(): { address(): unknown } }): Promise<string> {
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as { port: number };
  return `http://127.0.0.1:${port}`;
}

/**
 * The environment of one test run against the real local Kafka, Redis and PostgreSQL, isolated by
 * a random topic prefix, consumer-group prefix, Redis key prefix and database schema, with free ports. (Child processes of
 * a test get it as their environment.)
 */
export async function testEnv(env: Record<string, string> = {}): Promise<Record<string, string>> {
  const id = `t${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  return {
    KAFKA_BROKERS: process.env.KAFKA_BROKERS ?? '127.0.0.1:9092',
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    KAFKA_TOPIC_PREFIX: id,
    REDIS_PREFIX: `${id}:`,
    // The archive: this run's own schema (the archiver's migrator creates it) in the test database.
    DATABASE_URL: withSearchPath(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/sitrep', id),
    PORT: String(await freePort()),
    SMTP_DEV_PORT: String(await freePort()),
    SITREP_ADMIN_KEY: 'test-admin-key',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'warn',
    DELIVERY_BACKOFF_BASE_MS: '50',
    ...env,
  };
}

/** `url` with `options=-c search_path=<schema>`: every connection of the pool works in that schema. */
export function withSearchPath(url: string, schema: string): string {
  const u = new URL(url);
  u.searchParams.set('options', `-c search_path=${schema}`);
  return u.toString();
}

/** The validated configuration of testEnv(). */
export async function testConfig(env: Record<string, string> = {}): Promise<SitrepConfig> {
  return loadConfig(await testEnv(env));
}
