import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const SCRIPT = join(__dirname, '..', '..', 'kafka-local.sh');

/**
 * A Kafka broker of the chaos suite's own (never the shared one on 9092): scripts/kafka-local.sh
 * with its own port and state directory, so it can be restarted without touching anyone else.
 */
export class OwnBroker {
  constructor(readonly port: number, private readonly stateDir: string) {}

  get brokers(): string {
    return `127.0.0.1:${this.port}`;
  }

  private async cmd(action: 'start' | 'stop' | 'restart', fresh = false): Promise<void> {
    await run('bash', [SCRIPT, action], {
      env: { ...process.env, KAFKA_PORT: String(this.port), SITREP_STATE: this.stateDir, KAFKA_FRESH: fresh ? '1' : '', KAFKA_BROKERS: '' },
      timeout: 180_000,
    });
  }

  start(fresh = false): Promise<void> {
    return this.cmd('start', fresh);
  }

  stop(): Promise<void> {
    return this.cmd('stop');
  }

  restart(): Promise<void> {
    return this.cmd('restart');
  }
}
