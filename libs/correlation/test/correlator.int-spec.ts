import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import { Correlator, IncidentStore, type CorrelationResult } from '@sitrep/correlation';
import type { Incident } from '@sitrep/contracts';
import {
  bombMaiduguri,
  bombMogadishu,
  classifiedEvent,
  marketBombingFriday,
  marketBombingTuesday,
  quakeChile,
  raidFiveDead,
  raidFortyDead,
  reportA,
  reportB,
  reportWeekLater,
  rewriteOfA,
  wireCopyOfA,
  type ReportInput,
} from './report.fixtures';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

function incidentOf(res: CorrelationResult): Incident {
  if (res.outcome === 'duplicate') throw new Error(`expected an incident, got duplicate ${res.reason}`);
  if (res.outcome === 'not_an_event') throw new Error('expected an incident, got not_an_event');
  return res.incident;
}

describe(`${Correlator.name} with ${IncidentStore.name} (real Redis)`, () => {
  let redis: Redis;
  let other: Redis;
  let prefix: string;
  let store: IncidentStore;
  let sut: Correlator;

  beforeAll(async () => {
    redis = new Redis(REDIS_URL);
    other = new Redis(REDIS_URL);
    await Promise.all([redis.ping(), other.ping()]);
  });

  beforeEach(() => {
    prefix = `test:${randomUUID()}:`;
    store = new IncidentStore(redis, { prefix });
    sut = new Correlator(store);
  });

  afterEach(async () => {
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length) await redis.del(...keys);
  });

  afterAll(async () => {
    await Promise.all([redis.quit(), other.quit()]);
  });

  it('makes one incident of A then B, and a rewrite of A joins it', async () => {
    const a = await sut.correlate(classifiedEvent(reportA));
    const b = await sut.correlate(classifiedEvent(reportB));
    const r = await sut.correlate(classifiedEvent(rewriteOfA));
    expect(a.outcome).toBe('opened');
    expect(b.outcome).toBe('updated');
    expect(r.outcome).toBe('updated');
    const incident = incidentOf(r);
    expect(incidentOf(b).id).toBe(incidentOf(a).id);
    expect(incident.id).toBe(incidentOf(a).id);
    expect(incident.reports.map((x) => x.articleId)).toEqual([reportA.id, reportB.id, rewriteOfA.id]);
    expect(incident.casualties.injured).toBe(5);
    expect(await store.get(incident.id)).toEqual(incident);
  });

  it('makes one incident of B then A, escalated by A', async () => {
    const b = await sut.correlate(classifiedEvent(reportB));
    const a = await sut.correlate(classifiedEvent(reportA));
    expect(b.outcome).toBe('opened');
    expect(a.outcome).toBe('escalated');
    expect(incidentOf(a).id).toBe(incidentOf(b).id);
    expect(incidentOf(a).levelHistory.map((h) => h.level)).toEqual([3, 4]);
  });

  it('opens a new incident for a different attack on the same base a week later', async () => {
    const a = await sut.correlate(classifiedEvent(reportA));
    const c = await sut.correlate(classifiedEvent(reportWeekLater));
    expect(c.outcome).toBe('opened');
    expect(incidentOf(c).id).not.toBe(incidentOf(a).id);
  });

  it('keeps two car bombings in two countries apart', async () => {
    const mogadishu = await sut.correlate(classifiedEvent(bombMogadishu));
    const maiduguri = await sut.correlate(classifiedEvent(bombMaiduguri));
    expect(maiduguri.outcome).toBe('opened');
    expect(incidentOf(maiduguri).id).not.toBe(incidentOf(mogadishu).id);
  });

  // Issue 17: two similar events of one kind must not hide in one incident.
  it.each<[string, ReportInput, ReportInput]>([
    ['same place and type, different stated dates', marketBombingTuesday, marketBombingFriday],
    ['same type and state, 5 against 40 dead', raidFiveDead, raidFortyDead],
  ])('keeps two similar events apart: %s', async (_, first, second) => {
    const one = await sut.correlate(classifiedEvent(first));
    const two = await sut.correlate(classifiedEvent(second));
    expect(one.outcome).toBe('opened');
    expect(two.outcome).toBe('opened');
    expect(incidentOf(two).id).not.toBe(incidentOf(one).id);
    expect(await store.list()).toHaveLength(2);
  });

  it('drops a wire copy (same body, another headline and URL) as a duplicate of its incident', async () => {
    const a = incidentOf(await sut.correlate(classifiedEvent(reportA)));
    const copy = await sut.correlate(classifiedEvent(wireCopyOfA));
    expect(copy).toEqual({ outcome: 'duplicate', reason: 'same_text', incidentId: a.id });
    expect((await store.get(a.id))?.reports.map((r) => r.articleId)).toEqual([reportA.id]);
  });

  it('opens no incident for a report that is not a conflict event, and joins it to none', async () => {
    const quake = await sut.correlate(classifiedEvent(quakeChile));
    expect(quake).toEqual({ outcome: 'not_an_event' });
    const a = await sut.correlate(classifiedEvent(reportA));
    expect(a.outcome).toBe('opened');
    // A non-event about the same base (same words) still joins nothing.
    const aside = await sut.correlate(classifiedEvent({ ...rewriteOfA, id: 'a-aside', eventType: 'Not a conflict event' }));
    expect(aside.outcome).toBe('not_an_event');
    expect((await store.list()).map((i) => i.reports.map((r) => r.articleId))).toEqual([[reportA.id]]);
  });

  it('makes one incident when two instances on two connections race on related reports', async () => {
    for (let round = 0; round < 5; round++) {
      const roundPrefix = `${prefix}race${round}:`;
      const one = new Correlator(new IncidentStore(redis, { prefix: roundPrefix }));
      const two = new Correlator(new IncidentStore(other, { prefix: roundPrefix }));
      const [a, b] = await Promise.all([one.correlate(classifiedEvent(reportA)), two.correlate(classifiedEvent(reportB))]);
      const outcomes = [a.outcome, b.outcome];
      expect(outcomes.filter((o) => o === 'opened')).toHaveLength(1);
      expect(outcomes.filter((o) => o === 'escalated' || o === 'updated')).toHaveLength(1);
      expect(incidentOf(a).id).toBe(incidentOf(b).id);
      const listed = await new IncidentStore(redis, { prefix: roundPrefix }).list();
      expect(listed).toHaveLength(1);
      expect(listed[0].reports).toHaveLength(2);
    }
  });

  it('answers a redelivery with unchanged: no second report, no second opened', async () => {
    const event = classifiedEvent(reportA);
    const first = await sut.correlate(event);
    const again = await sut.correlate(event);
    expect(first.outcome).toBe('opened');
    expect(again.outcome).toBe('unchanged');
    expect(incidentOf(again).id).toBe(incidentOf(first).id);
    expect(incidentOf(again).reports).toHaveLength(1);
  });

  it('survives the same event handled by two instances at once', async () => {
    const one = new Correlator(new IncidentStore(redis, { prefix }));
    const two = new Correlator(new IncidentStore(other, { prefix }));
    const event = classifiedEvent(reportA);
    const results = await Promise.all([one.correlate(event), two.correlate(event)]);
    expect(results.map((r) => r.outcome).sort()).toEqual(['opened', 'unchanged']);
    expect((await store.list()).map((i) => i.reports.length)).toEqual([1]);
  });

  it('drops exact duplicates: same id from another event, same URL, same text', async () => {
    const opened = incidentOf(await sut.correlate(classifiedEvent(reportA)));
    const sameId = await sut.correlate({ ...classifiedEvent(reportA), eventId: 'another-event' });
    const sameUrl = await sut.correlate(classifiedEvent({ ...reportB, id: 'b2', url: 'http://www.outlet-one.example/iraq/base-attack/?fbclid=zz' }));
    const sameText = await sut.correlate(classifiedEvent({ ...reportA, id: 'wire-copy', url: 'https://copy.example/x', title: 'Other headline' }));
    expect(sameId).toEqual({ outcome: 'duplicate', reason: 'same_id', incidentId: opened.id });
    expect(sameUrl).toEqual({ outcome: 'duplicate', reason: 'same_url', incidentId: opened.id });
    expect(sameText).toEqual({ outcome: 'duplicate', reason: 'same_text', incidentId: opened.id });
    expect((await store.get(opened.id))?.reports).toHaveLength(1);
  });

  it('puts a TTL on every key and extends the incident while it is active', async () => {
    const a = incidentOf(await sut.correlate(classifiedEvent(reportA)));
    await sut.correlate(classifiedEvent(reportB));
    const keys = await redis.keys(`${prefix}*`);
    expect(keys.length).toBeGreaterThan(5);
    const ttls = await Promise.all(keys.map((k) => redis.pttl(k)));
    expect(ttls.every((t) => t > 0)).toBe(true);
    const incidentTtl = await redis.pttl(`${prefix}i:${a.id}`);
    expect(incidentTtl).toBeGreaterThan(store.windowMs - 60_000);
  });

  it('lists the most recent first and filters by country and level', async () => {
    await sut.correlate(classifiedEvent(reportA));
    await sut.correlate(classifiedEvent({ ...bombMogadishu, publishedAt: '2026-03-14T07:00:00Z', level: 2 }));
    await sut.correlate(classifiedEvent({ ...bombMaiduguri, publishedAt: '2026-03-14T08:00:00Z', level: 2 }));
    const all = await store.list();
    expect(all.map((i) => i.reports[0].articleId)).toEqual([bombMaiduguri.id, bombMogadishu.id, reportA.id]);
    expect((await store.list({ country: 'iq' })).map((i) => i.reports[0].articleId)).toEqual([reportA.id]);
    expect((await store.list({ minLevel: 3 })).map((i) => i.reports[0].articleId)).toEqual([reportA.id]);
    expect(await store.list({ limit: 1 })).toHaveLength(1);
  });
});
