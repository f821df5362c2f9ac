import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import { IncidentMerger, IncidentStore, openProfile, ReportFeaturesExtractor } from '@sitrep/correlation';
import { classifiedEvent, reportA, reportB, type ReportInput } from './report.fixtures';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

describe(`${IncidentStore.name} (real Redis)`, () => {
  const extractor = new ReportFeaturesExtractor();
  const merger = new IncidentMerger();
  let redis: Redis;
  let prefix: string;
  let sut: IncidentStore;

  const openRequest = (r: ReportInput, blockVersions: string[]) => {
    const features = extractor.extract(classifiedEvent(r));
    const id = sut.newId();
    const { incident } = merger.open(id, classifiedEvent(r));
    return { mode: 'open' as const, incident, profile: openProfile(id, features), expectedVersion: '0', blockVersions, features };
  };

  beforeAll(async () => {
    redis = new Redis(REDIS_URL);
    await redis.ping();
  });

  beforeEach(() => {
    prefix = `test:${randomUUID()}:`;
    sut = new IncidentStore(redis, { prefix });
  });

  afterEach(async () => {
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length) await redis.del(...keys);
  });

  afterAll(async () => {
    await redis.quit();
  });

  it('refuses an open decided on index versions that moved: the second of two racing opens conflicts', async () => {
    const a = extractor.extract(classifiedEvent(reportA));
    const b = extractor.extract(classifiedEvent(reportB));
    // Both read before either commits: neither sees a candidate.
    const [lookA, lookB] = await Promise.all([sut.lookup(a), sut.lookup(b)]);
    expect(lookA.candidates).toHaveLength(0);
    expect(lookB.candidates).toHaveLength(0);
    expect(await sut.commit(openRequest(reportA, lookA.blockVersions))).toMatchObject({ status: 'ok', version: 1 });
    expect(await sut.commit(openRequest(reportB, lookB.blockVersions))).toEqual({ status: 'conflict' });
    // Reading again shows the winner as a candidate.
    const again = await sut.lookup(b);
    expect(again.candidates.map((c) => c.profile.reports)).toEqual([1]);
  });

  it('refuses an attach decided on an incident version that moved', async () => {
    const opened = openRequest(reportA, []);
    await sut.commit(opened);
    const read = await sut.read(opened.incident.id);
    expect(read?.version).toBe('1');
    const features = extractor.extract(classifiedEvent(reportB));
    const attach = { ...opened, mode: 'attach' as const, expectedVersion: '1', features };
    const committed = await sut.commit(attach);
    expect(committed).toMatchObject({ status: 'ok', version: 2 });
    // The JSON it hands back for publishing is the record as stored.
    expect(committed.status === 'ok' && JSON.parse(committed.incidentJson)).toEqual((await sut.read(opened.incident.id))?.incident);
    const stale = { ...attach, features: extractor.extract(classifiedEvent({ ...reportB, id: 'b-late', url: 'https://late.example/b', body: `${reportB.body} Later: the launch site was found.` })) };
    expect(await sut.commit(stale)).toEqual({ status: 'conflict' });
  });

  it('reports an article id already attached instead of writing it twice', async () => {
    const opened = openRequest(reportA, []);
    await sut.commit(opened);
    const again = await sut.commit({ ...openRequest(reportA, []), blockVersions: [] });
    expect(again).toEqual({ status: 'seen', value: `${opened.incident.id}|${opened.features.eventTag}` });
  });

  it('gives an index key that vanished between two commits of one minute its TTL back', async () => {
    const opened = openRequest(reportA, []);
    expect(await sut.commit(opened)).toMatchObject({ status: 'ok', version: 1 });
    const copy = (n: number) => extractor.extract(classifiedEvent({ ...reportA, id: `a-${n}`, url: `https://copy.example/${n}`, body: `${reportA.body} Update ${n}.` }));
    const attach = (n: number, version: string) => sut.commit({ ...opened, mode: 'attach', expectedVersion: version, features: copy(n) });
    // This process extended the index keys this minute: the next commit skips them...
    expect(await attach(1, '1')).toMatchObject({ status: 'ok', version: 2 });
    const blockKeys = opened.features.blocks.map((b) => `${prefix}b:${b}`);
    expect(blockKeys.length).toBeGreaterThan(0);
    // ...unless a key is gone: it comes back as a new key, with a TTL.
    await redis.del(...blockKeys);
    expect(await attach(2, '2')).toMatchObject({ status: 'ok', version: 3 });
    for (const key of blockKeys) expect(await redis.pttl(key)).toBeGreaterThan(sut.windowMs);
    const keys = await redis.keys(`${prefix}*`);
    const ttls = await Promise.all(keys.map((k) => redis.pttl(k)));
    expect(ttls.every((t) => t > 0)).toBe(true);
  });

  it('reads and moves the version of an index key written in the earlier layout (numeric #v)', async () => {
    const b = extractor.extract(classifiedEvent(reportB));
    const key = `${prefix}b:${b.blocks[0]}`;
    await redis.zadd(key, -3, '#v', Date.now() - 1000, 'old-incident');
    await redis.pexpire(key, 60_000);
    const look = await sut.lookup(b);
    expect(look.blockVersions[0]).toBe('-3');
    const stale = openRequest(reportB, look.blockVersions.map((v, k) => (k === 0 ? '-2' : v)));
    expect(await sut.commit(stale)).toEqual({ status: 'conflict' });
    expect(await sut.commit(openRequest(reportB, look.blockVersions))).toMatchObject({ status: 'ok', version: 1 });
    // The key gained an incident: a new version, in the current layout.
    expect(await redis.zscore(key, '#v')).toBeNull();
    const again = await sut.lookup(b);
    expect(again.blockVersions[0]).toMatch(/^#v:/);
    expect(await redis.pttl(key)).toBeGreaterThan(sut.windowMs);
  });

  it('writes signatures in the layout signatureEntries describes, every key with a TTL', async () => {
    const opened = openRequest(reportA, []);
    await sut.commit(opened);
    const { entries } = sut.signatureEntries(opened.features, opened.incident.id);
    expect(entries.length).toBe(3 + opened.features.bands.length);
    for (const [key, field, value] of entries) {
      expect(await redis.hget(key, field)).toBe(value);
      expect(await redis.pttl(key)).toBeGreaterThan(sut.windowMs);
    }
  });
});
