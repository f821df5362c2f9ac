import { readFileSync } from 'node:fs';
import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';
import { EnvVars } from './env.dto';

/** Typed configuration, built once from the environment. */
export interface SitrepConfig {
  port: number;
  kafka: {
    brokers: string[];
    topicPrefix: string;
    groupPrefix: string;
    clientId: string;
    /** TLS on (with an extra trusted CA, PEM text, when given), or off (null). */
    ssl: { ca: string | null } | null;
    sasl: { mechanism: 'plain' | 'scram-sha-256' | 'scram-sha-512'; username: string; password: string } | null;
  };
  /**
   * `clusterNodes` set: a Redis Cluster (seed nodes), and every key shares one hash tag, the
   * braces of `prefix` (`{sitrep}:` by default), so multi-key scripts and pipelines stay in one slot.
   */
  redis: { url: string; prefix: string; clusterNodes: { host: string; port: number }[] | null };
  /** `url` set: a real relay. Unset: the built-in development SMTP catcher on `devPort`. */
  smtp: { url: string | null; devPort: number; from: string };
  adminKey: string | null;
  webhooks: { allowPrivateTargets: boolean; timeoutMs: number };
  delivery: { maxAttempts: number; backoffBaseMs: number };
  sample: boolean;
  ingest: { maxBodyBytes: number };
  /** RSS/Atom feeds the ingest app polls (none by default). */
  feeds: { urls: string[]; intervalSeconds: number };
  incidents: { windowSeconds: number };
  logLevel: string;
  publicUrl: string;
  /** The PostgreSQL archive: history, full text, rollups, signals. */
  archive: { databaseUrl: string; retentionDays: number };
  /** SITREP_STAGES: what `dist/main.js` runs without arguments (empty: every stage). */
  stages: string[];
  /** The classifier's on-disk gazetteer (SITREP_GAZETTEER_CACHE, SITREP_CACHE_DIR; `dir` null: node_modules/.cache/sitrep). */
  gazetteerCache: { enabled: boolean; dir: string | null };
}

export class ConfigError extends Error {}

const SECRET_KEYS = /KEY|SECRET|PASSWORD|URL/;

function describe(errors: ValidationError[], env: Record<string, string | undefined>): string {
  return errors
    .map((e) => {
      const shown = SECRET_KEYS.test(e.property) ? '***' : JSON.stringify(env[e.property]);
      return `${e.property}=${shown}: ${Object.values(e.constraints ?? {}).join('; ')}`;
    })
    .join('\n');
}

function readFile(variable: string, path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw new ConfigError(`Invalid configuration:\n${variable}=${JSON.stringify(path)}: cannot be read (${(e as Error).message})`);
  }
}

function kafkaSasl(vars: EnvVars): SitrepConfig['kafka']['sasl'] {
  const { KAFKA_SASL_MECHANISM: mechanism, KAFKA_SASL_USERNAME: username, KAFKA_SASL_PASSWORD: password } = vars;
  if (!mechanism && username === undefined && password === undefined) return null;
  if (!mechanism || !username || password === undefined) {
    throw new ConfigError('Invalid configuration:\nKAFKA_SASL_MECHANISM, KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD go together: set all three (mechanism plain, scram-sha-256 or scram-sha-512)');
  }
  return { mechanism, username, password };
}

/** Validates the environment and maps it to SitrepConfig; throws ConfigError naming every bad key. */
export function loadConfig(env: Record<string, string | undefined> = process.env): SitrepConfig {
  const vars = plainToInstance(EnvVars, { ...env });
  const errors = validateSync(vars, { whitelist: true });
  if (errors.length) throw new ConfigError(`Invalid configuration:\n${describe(errors, env)}`);
  const port = vars.PORT ?? 3000;
  const clusterNodes = vars.REDIS_CLUSTER_NODES?.map((n) => {
    const at = n.lastIndexOf(':');
    return { host: n.slice(0, at), port: Number(n.slice(at + 1)) };
  }) ?? null;
  return {
    port,
    kafka: {
      brokers: (vars.KAFKA_BROKERS ?? '127.0.0.1:9092').split(','),
      topicPrefix: vars.KAFKA_TOPIC_PREFIX ?? '',
      groupPrefix: vars.KAFKA_GROUP_PREFIX ?? vars.KAFKA_TOPIC_PREFIX ?? '',
      clientId: 'sitrep',
      ssl: vars.KAFKA_SSL || vars.KAFKA_SSL_CA_FILE ? { ca: vars.KAFKA_SSL_CA_FILE ? readFile('KAFKA_SSL_CA_FILE', vars.KAFKA_SSL_CA_FILE) : null } : null,
      sasl: kafkaSasl(vars),
    },
    redis: {
      url: vars.REDIS_URL ?? 'redis://127.0.0.1:6379',
      prefix: clusterNodes ? `{${vars.REDIS_PREFIX || 'sitrep'}}:` : vars.REDIS_PREFIX ?? '',
      clusterNodes,
    },
    smtp: { url: vars.SMTP_URL ?? null, devPort: vars.SMTP_DEV_PORT ?? 2525, from: vars.SMTP_FROM ?? 'Sitrep <alerts@sitrep.local>' },
    adminKey: vars.SITREP_ADMIN_KEY ?? null,
    webhooks: { allowPrivateTargets: vars.WEBHOOK_ALLOW_PRIVATE_TARGETS ?? false, timeoutMs: vars.WEBHOOK_TIMEOUT_MS ?? 5000 },
    delivery: { maxAttempts: vars.DELIVERY_MAX_ATTEMPTS ?? 5, backoffBaseMs: vars.DELIVERY_BACKOFF_BASE_MS ?? 500 },
    sample: (vars.SITREP_SAMPLE ?? 'on') === 'on',
    ingest: { maxBodyBytes: vars.INGEST_MAX_BODY_BYTES ?? 2 * 1024 * 1024 },
    feeds: { urls: vars.SITREP_FEEDS ?? [], intervalSeconds: vars.SITREP_FEED_INTERVAL_SECONDS ?? 300 },
    incidents: { windowSeconds: vars.INCIDENT_WINDOW_SECONDS ?? 72 * 3600 },
    logLevel: vars.LOG_LEVEL ?? 'info',
    publicUrl: vars.SITREP_PUBLIC_URL ?? `http://localhost:${port}`,
    archive: { databaseUrl: vars.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/sitrep', retentionDays: vars.ARCHIVE_RETENTION_DAYS ?? 730 },
    stages: vars.SITREP_STAGES ?? [],
    gazetteerCache: { enabled: (vars.SITREP_GAZETTEER_CACHE ?? 'on') === 'on', dir: vars.SITREP_CACHE_DIR ?? null },
  };
}
