import 'reflect-metadata';
import { ConfigError, loadConfig } from './sitrep.config';

describe(loadConfig.name, () => {
  it('gives the documented defaults for an empty environment', () => {
    const sut = loadConfig({});
    expect(sut.port).toBe(3000);
    expect(sut.kafka.brokers).toEqual(['127.0.0.1:9092']);
    expect(sut.redis.url).toBe('redis://127.0.0.1:6379');
    expect(sut.smtp.url).toBeNull();
    expect(sut.webhooks.allowPrivateTargets).toBe(false);
    expect(sut.sample).toBe(true);
    expect(sut.incidents.windowSeconds).toBe(72 * 3600);
    expect(sut.archive).toEqual({ databaseUrl: 'postgres://postgres@127.0.0.1:5432/sitrep', retentionDays: 730 });
    expect(sut.gazetteerCache).toEqual({ enabled: true, dir: null });
  });

  it('reads where the gazetteer is cached, or that it is not, and refuses other words', () => {
    expect(loadConfig({ SITREP_CACHE_DIR: '/var/cache/sitrep', SITREP_GAZETTEER_CACHE: 'off' }).gazetteerCache).toEqual({ enabled: false, dir: '/var/cache/sitrep' });
    expect(() => loadConfig({ SITREP_GAZETTEER_CACHE: 'no' })).toThrow(/SITREP_GAZETTEER_CACHE/);
  });

  it('reads the archive database and retention, and refuses a non-postgres URL', () => {
    expect(loadConfig({ DATABASE_URL: 'postgresql://u:p@db:5432/x', ARCHIVE_RETENTION_DAYS: '90' }).archive).toEqual({ databaseUrl: 'postgresql://u:p@db:5432/x', retentionDays: 90 });
    expect(() => loadConfig({ DATABASE_URL: 'mysql://u:hunter2@db/x' })).toThrow(/DATABASE_URL=\*\*\*/);
    expect(() => loadConfig({ ARCHIVE_RETENTION_DAYS: '0' })).toThrow(/ARCHIVE_RETENTION_DAYS/);
  });

  it('reads and converts the variables', () => {
    const sut = loadConfig({ PORT: '8080', KAFKA_BROKERS: 'k1:9092,k2:9092', WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true', SITREP_SAMPLE: 'off' });
    expect(sut.port).toBe(8080);
    expect(sut.kafka.brokers).toEqual(['k1:9092', 'k2:9092']);
    expect(sut.webhooks.allowPrivateTargets).toBe(true);
    expect(sut.sample).toBe(false);
  });

  it('names every bad variable and masks secrets', () => {
    let error: Error | undefined;
    try {
      loadConfig({ PORT: 'eighty', REDIS_URL: 'http://user:hunter2@redis', SITREP_SAMPLE: 'maybe' });
    } catch (e) {
      error = e as Error;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect(error!.message).toMatch(/PORT="eighty"/);
    expect(error!.message).toMatch(/REDIS_URL=\*\*\*/);
    expect(error!.message).toMatch(/SITREP_SAMPLE/);
    expect(error!.message).not.toMatch(/hunter2/);
  });

  it('reads RSS/Atom feed URLs separated by commas or spaces, and refuses anything but http(s)', () => {
    const sut = loadConfig({ SITREP_FEEDS: 'https://wire.example/world.rss, http://10.0.0.5:8080/feed.xml  https://b.example/atom', SITREP_FEED_INTERVAL_SECONDS: '60' });
    expect(sut.feeds).toEqual({ urls: ['https://wire.example/world.rss', 'http://10.0.0.5:8080/feed.xml', 'https://b.example/atom'], intervalSeconds: 60 });
    expect(loadConfig({}).feeds).toEqual({ urls: [], intervalSeconds: 300 });
    expect(() => loadConfig({ SITREP_FEEDS: 'ftp://files.example/feed' })).toThrow(/SITREP_FEEDS/);
    expect(() => loadConfig({ SITREP_FEED_INTERVAL_SECONDS: '1' })).toThrow(/SITREP_FEED_INTERVAL_SECONDS/);
  });

  it('reads Redis Cluster seed nodes and puts every key under one hash tag', () => {
    const sut = loadConfig({ REDIS_CLUSTER_NODES: 'r1.internal:7000, r2.internal:7001', REDIS_PREFIX: 'prod:' });
    expect(sut.redis.clusterNodes).toEqual([{ host: 'r1.internal', port: 7000 }, { host: 'r2.internal', port: 7001 }]);
    expect(sut.redis.prefix).toBe('{prod:}:');
    expect(loadConfig({ REDIS_CLUSTER_NODES: '127.0.0.1:7000' }).redis.prefix).toBe('{sitrep}:');
    expect(loadConfig({}).redis).toEqual({ url: 'redis://127.0.0.1:6379', prefix: '', clusterNodes: null });
    expect(() => loadConfig({ REDIS_CLUSTER_NODES: 'r1.internal' })).toThrow(/REDIS_CLUSTER_NODES must be host:port/);
  });

  it('reads Kafka TLS and SASL settings, and wants mechanism, user and password together', () => {
    expect(loadConfig({}).kafka).toMatchObject({ ssl: null, sasl: null });
    expect(loadConfig({ KAFKA_SSL: 'true' }).kafka.ssl).toEqual({ ca: null });
    const sut = loadConfig({ KAFKA_SSL: 'true', KAFKA_SASL_MECHANISM: 'scram-sha-512', KAFKA_SASL_USERNAME: 'sitrep', KAFKA_SASL_PASSWORD: 'hunter2' });
    expect(sut.kafka.sasl).toEqual({ mechanism: 'scram-sha-512', username: 'sitrep', password: 'hunter2' });
    expect(() => loadConfig({ KAFKA_SASL_USERNAME: 'sitrep' })).toThrow(/go together/);
    expect(() => loadConfig({ KAFKA_SASL_MECHANISM: 'gssapi', KAFKA_SASL_USERNAME: 'u', KAFKA_SASL_PASSWORD: 'p' })).toThrow(/KAFKA_SASL_MECHANISM/);
    expect(() => loadConfig({ KAFKA_SSL_CA_FILE: '/nonexistent/ca.pem' })).toThrow(/KAFKA_SSL_CA_FILE="\/nonexistent\/ca.pem": cannot be read/);
  });
});
