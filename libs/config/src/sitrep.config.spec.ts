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
});
