import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from './test-config';

const KAFKA_LOCAL = path.resolve(__dirname, '../../../scripts/kafka-local.sh');

/**
 * A second, throwaway Kafka broker (scripts/kafka-local.sh with its own ports and state dir) that
 * also listens with SASL_SSL, as managed clusters do: for tests of the client's TLS and SASL settings.
 */
export class SecureLocalKafka {
  port = 0;
  saslSslPort = 0;
  readonly user = 'sitrep';
  readonly password = 'sitrep-test-secret';
  private stateRoot = '';

  get caFile(): string {
    return path.join(this.stateRoot, `kafka-data-${this.port}`, 'tls', 'ca.pem');
  }

  async start(): Promise<this> {
    this.stateRoot = mkdtempSync(path.join(tmpdir(), 'sitrep-kafka-sasl-'));
    this.port = await freePort();
    this.saslSslPort = await freePort();
    const result = this.script('start', { KAFKA_CONTROLLER_PORT: String(await freePort()) });
    if (result.status !== 0) throw new Error(`kafka-local.sh start failed:\n${result.stdout}${result.stderr}`);
    return this;
  }

  async stop(): Promise<void> {
    if (!this.stateRoot) return;
    this.script('stop');
    rmSync(this.stateRoot, { recursive: true, force: true });
  }

  private script(command: string, extra: Record<string, string> = {}) {
    const env: Record<string, string | undefined> = {
      ...process.env,
      KAFKA_BROKERS: undefined,
      KAFKA_PORT: String(this.port),
      KAFKA_SASL_SSL_PORT: String(this.saslSslPort),
      KAFKA_LOCAL_SASL_USER: this.user,
      KAFKA_LOCAL_SASL_PASSWORD: this.password,
      SITREP_STATE: this.stateRoot,
      ...extra,
    };
    delete env.KAFKA_BROKERS;
    return spawnSync('bash', [KAFKA_LOCAL, command], { env: env as NodeJS.ProcessEnv, encoding: 'utf8', timeout: 120_000 });
  }
}
