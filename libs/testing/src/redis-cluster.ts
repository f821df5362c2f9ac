import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Redis from 'ioredis';
import { freeClusterPort } from './test-config';
import { waitFor } from './wait-for';

/**
 * A real Redis Cluster of `masters` redis-server processes on loopback (no replicas), from the
 * machine's redis-server and redis-cli, in a temporary directory removed again by stop().
 */
export class LocalRedisCluster {
  readonly ports: number[] = [];
  private readonly processes: ChildProcess[] = [];
  private dir = '';

  constructor(private readonly masters = 3) {}

  /** `host:port,…` as REDIS_CLUSTER_NODES takes it. */
  get nodes(): string {
    return this.ports.map((p) => `127.0.0.1:${p}`).join(',');
  }

  async start(): Promise<this> {
    this.dir = mkdtempSync(path.join(tmpdir(), 'sitrep-redis-cluster-'));
    for (let i = 0; i < this.masters; i++) {
      const port = await freeClusterPort();
      this.ports.push(port);
      const child = spawn('redis-server', [
        '--port', String(port), '--bind', '127.0.0.1', '--cluster-enabled', 'yes',
        '--cluster-config-file', path.join(this.dir, `nodes-${port}.conf`), '--dir', this.dir,
        '--save', '', '--appendonly', 'no', '--loglevel', 'warning',
      ], { stdio: 'ignore' });
      this.processes.push(child);
    }
    for (const port of this.ports) {
      await waitFor(() => spawnSync('redis-cli', ['-p', String(port), 'ping'], { encoding: 'utf8' }).stdout.trim() === 'PONG', { what: `redis-server on ${port}`, timeoutMs: 10_000 });
    }
    const create = spawnSync('redis-cli', ['--cluster', 'create', ...this.ports.map((p) => `127.0.0.1:${p}`), '--cluster-replicas', '0', '--cluster-yes'], { encoding: 'utf8' });
    if (create.status !== 0) throw new Error(`redis-cli --cluster create failed: ${create.stdout}${create.stderr}`);
    for (const port of this.ports) {
      await waitFor(() => /cluster_state:ok/.test(spawnSync('redis-cli', ['-p', String(port), 'cluster', 'info'], { encoding: 'utf8' }).stdout), { what: `cluster state ok on ${port}`, timeoutMs: 20_000 });
    }
    return this;
  }

  /** Keys matching `pattern` on each node (a direct connection to each, not the cluster client). */
  async keysPerNode(pattern: string): Promise<Record<number, string[]>> {
    const out: Record<number, string[]> = {};
    for (const port of this.ports) {
      const node = new Redis(port, '127.0.0.1', { lazyConnect: true });
      try {
        await node.connect();
        out[port] = await node.keys(pattern);
      } finally {
        node.disconnect();
      }
    }
    return out;
  }

  async stop(): Promise<void> {
    await Promise.all(this.processes.map((p) => new Promise<void>((resolve) => {
      if (p.exitCode !== null || p.signalCode !== null) return resolve();
      p.once('exit', () => resolve());
      p.kill('SIGKILL');
    })));
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
  }
}
