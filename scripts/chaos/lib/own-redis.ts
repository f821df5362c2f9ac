import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync } from 'node:fs';
import Redis from 'ioredis';

/**
 * A redis-server of the chaos suite's own (never the shared one on 6379). It keeps an
 * append-only file in `dir`, fsynced on every write, so a stop/start is an outage, not a flush:
 * that is how a production Redis is run, and what "Redis restarted" means for the test.
 */
export class OwnRedis {
  private child: ChildProcess | null = null;

  constructor(readonly port: number, private readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.child = spawn('redis-server', ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'yes', '--appendfsync', 'always', '--dir', this.dir], { stdio: 'ignore' });
    const end = Date.now() + 15_000;
    while (Date.now() < end) {
      const probe = new Redis(this.url, { lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0 });
      probe.on('error', () => undefined); // refused while starting: expected
      try {
        await probe.connect();
        if ((await probe.ping()) === 'PONG') return;
      } catch {
        // not up yet
      } finally {
        probe.disconnect();
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`redis-server on ${this.port} did not start`);
  }

  /** SIGTERM: Redis flushes the AOF and exits, like `systemctl stop redis`. */
  async stop(): Promise<void> {
    if (!this.child || this.child.exitCode !== null) return;
    const exited = once(this.child, 'exit');
    this.child.kill('SIGTERM');
    await exited;
    this.child = null;
  }
}
