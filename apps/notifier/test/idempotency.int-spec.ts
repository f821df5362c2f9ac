import Redis from 'ioredis';
import { randomUUID } from 'node:crypto';
import { loadConfig, SitrepConfig } from '@sitrep/config';
import { Incident, Rule } from '@sitrep/contracts';
import { JobSchedule } from '../src/delivery/job-schedule';
import { SendLedger } from '../src/delivery/send-ledger';
import { Candidate } from '../src/stages/stage';
import { ThrottleStage } from '../src/stages/throttle.stage';

/**
 * The two Redis claims behind "exactly one alert per (rule, incident, level)", on real Redis,
 * raced by several instances (each with its own connection, as separate notifiers would be).
 */
describe('notifier idempotency (Redis)', () => {
  let config: SitrepConfig;
  const clients: Redis[] = [];
  const client = () => {
    const r = new Redis(config.redis.url);
    clients.push(r);
    return r;
  };

  beforeAll(() => {
    config = loadConfig({ REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', REDIS_PREFIX: `test:${randomUUID()}:` });
  });

  afterAll(async () => {
    const keys = await clients[0].keys(`${config.redis.prefix}*`);
    if (keys.length) await clients[0].del(...keys);
    await Promise.all(clients.map((c) => c.quit()));
  });

  describe(ThrottleStage.name, () => {
    const candidate = (rule: Partial<Rule>, level: number): Candidate => ({
      rule: { id: `r-${rule.id}`, policy: rule.policy } as Rule,
      incident: { id: 'i-1', level } as Incident,
      event: {} as Candidate['event'],
      reason: {},
    });
    /** How many instances got to alert; another instance's fresh pending claim makes the others retry later. */
    let winner: ThrottleStage | null = null;
    const race = async (stages: ThrottleStage[], c: Candidate) => {
      const outcomes = await Promise.all(stages.map((s) => s.process([c], () => undefined).then((kept) => kept.length, (e: Error) => e.name)));
      expect(outcomes.filter((o) => o !== 1 && o !== 0 && o !== 'RetryableError')).toEqual([]);
      winner = stages[outcomes.indexOf(1)] ?? null;
      return outcomes.filter((o) => o === 1).length;
    };

    it('lets one of several instances claim a level, a higher level once more, the same level never again', async () => {
      const stages = [1, 2, 3, 4].map(() => new ThrottleStage(client(), config));
      const c3 = candidate({ id: 'a' }, 3);
      expect(await race(stages, c3)).toBe(1);
      await winner!.confirm([c3]);
      expect(await race(stages, c3)).toBe(0);
      const c4 = candidate({ id: 'a' }, 4);
      expect(await race(stages, c4)).toBe(1);
      await winner!.confirm([c4]);
      expect(await race(stages, candidate({ id: 'a' }, 4))).toBe(0);
      expect(await race(stages, candidate({ id: 'a' }, 3))).toBe(0);
    });

    it('re-claims a level left pending (the claimer died before publishing), and realert:false alerts once', async () => {
      const sut = new ThrottleStage(client(), config);
      const c = candidate({ id: 'b' }, 3);
      expect(await race([sut], c)).toBe(1);
      expect(await race([sut], c)).toBe(1); // its own pending claim: publishing again is safe downstream
      const other = new ThrottleStage(client(), config);
      await expect(other.process([c], () => undefined)).rejects.toMatchObject({ code: 'alert_in_progress' });
      await sut.confirm([c]);
      expect(await race([sut], c)).toBe(0);
      const once = candidate({ id: 'c', policy: { realert: false } }, 3);
      expect(await race([sut], once)).toBe(1);
      await sut.confirm([once]);
      expect(await race([sut], candidate({ id: 'c', policy: { realert: false } }, 5))).toBe(0);
    });

    it('drops a level it confirmed itself without asking Redis again, and still claims a higher one there', async () => {
      const redis = client();
      const sut = new ThrottleStage(redis, config);
      const c3 = candidate({ id: 'd' }, 3);
      expect(await race([sut], c3)).toBe(1);
      await sut.confirm([c3]);
      const claims = jest.spyOn(redis as unknown as Record<string, () => Promise<unknown>>, 'sitrepNotifierThrottleClaim');
      expect(await race([sut], candidate({ id: 'd' }, 3))).toBe(0);
      expect(await race([sut], candidate({ id: 'd' }, 2))).toBe(0);
      expect(claims).not.toHaveBeenCalled();
      expect(await race([sut], candidate({ id: 'd' }, 4))).toBe(1);
      expect(claims).toHaveBeenCalledTimes(1);
      // A confirm that found another instance's claim remembers nothing: that level is decided in Redis.
      const other = new ThrottleStage(client(), config);
      const e3 = candidate({ id: 'e' }, 3);
      expect(await race([other], e3)).toBe(1);
      await sut.confirm([e3]);
      claims.mockClear();
      expect(await sut.process([e3], () => undefined).catch((e: Error) => e.name)).toBe('RetryableError');
      expect(claims).toHaveBeenCalledTimes(1);
    });
  });

  describe(SendLedger.name, () => {
    it('gives a send to exactly one of many racing claimers, and never again once sent', async () => {
      const ledgers = Array.from({ length: 8 }, () => {
        const redis = client();
        return new SendLedger(redis, config, new JobSchedule(redis, config));
      });
      const now = Date.now();
      const claims = await Promise.all(ledgers.map((l) => l.claim('u1:webhook:x', 1, now + 5000, now, 'job-1')));
      expect(claims.filter((c) => c.result === 'claimed')).toHaveLength(1);
      expect(claims.filter((c) => c.result === 'busy')).toHaveLength(7);
      const won = claims.find((c) => c.result === 'claimed')!;
      expect(await ledgers[0].finish('u1:webhook:x', won.value, 'sent|1', 'job-1')).toBe(true);
      expect((await ledgers[1].claim('u1:webhook:x', 1, now + 5000, now, 'job-1')).result).toBe('done');
    });

    it('reports an abandoned claim as unknown once its deadline has passed, and a retry only for its attempt', async () => {
      const redis = client();
      const sut = new SendLedger(redis, config, new JobSchedule(redis, config));
      const t = Date.now();
      const first = await sut.claim('u2:email:y', 1, t + 1000, t, 'j1');
      expect((await sut.claim('u2:email:y', 1, t + 1000, t + 500, 'j1')).result).toBe('busy');
      expect(await sut.claim('u2:email:y', 1, t + 9000, t + 2000, 'j1')).toEqual({ result: 'unknown', value: first.value });

      const other = await sut.claim('u3:email:y', 1, t + 1000, t, 'k1');
      expect(await sut.retryLater('u3:email:y', other.value, 2, t + 100, 'k1', 'k2')).toBe(true);
      expect((await sut.claim('u3:email:y', 1, t + 1000, t, 'k1')).result).toBe('done');
      expect((await sut.claim('u3:email:y', 2, t + 1000, t, 'k2')).result).toBe('claimed');
    });
  });
});
