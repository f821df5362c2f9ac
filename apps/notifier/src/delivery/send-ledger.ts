import { Inject, Injectable } from '@nestjs/common';
import { SITREP_CONFIG, SitrepConfig } from '@sitrep/config';
import { REDIS, RedisScript, RedisClient } from '@sitrep/redis';
import { JobSchedule } from './job-schedule';

export type ClaimResult = 'claimed' | 'busy' | 'done' | 'unknown';

/**
 * Takes the right to make attempt `a` of a send, and puts its recovery job on the schedule in
 * the same step (so no crash can leave a claim nobody will ever look at again).
 * States: nil (never tried), `wait|a` (attempt a is due), `inflight|<deadline>|a`, `sent|a`, `failed|a`.
 */
const CLAIM = `
local v = redis.call('GET', KEYS[1])
local attempt = ARGV[1]
local function take()
  redis.call('SET', KEYS[1], 'inflight|' .. ARGV[2] .. '|' .. attempt, 'EX', ARGV[4])
  redis.call('ZADD', KEYS[2], ARGV[2], ARGV[5])
  return 'claimed'
end
if not v then return take() end
local state, rest = string.match(v, '^(%a+)|(.*)$')
if state == 'wait' then
  if rest == attempt then return take() end
  return 'done'
end
if state == 'inflight' then
  local deadline = tonumber(string.match(rest, '^(%d+)|'))
  if deadline < tonumber(ARGV[3]) then return 'unknown:' .. v end
  return 'busy'
end
return 'done'`;

/** Moves the state on only if it is still what this instance left (compare-and-set), and updates the schedule. */
const FINISH = `
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[1], ARGV[2], 'EX', ARGV[3])
if ARGV[4] ~= '' then redis.call('ZREM', KEYS[2], ARGV[4]) end
if ARGV[5] ~= '' then redis.call('ZADD', KEYS[2], ARGV[6], ARGV[5]) end
return 1`;

/** Parks attempt `a` for later (breaker open, endpoint busy) unless the send moved on meanwhile. */
const PARK = `
local v = redis.call('GET', KEYS[1])
if v and v ~= 'wait|' .. ARGV[1] then return 0 end
redis.call('SET', KEYS[1], 'wait|' .. ARGV[1], 'EX', ARGV[2])
redis.call('ZADD', KEYS[2], ARGV[3], ARGV[4])
return 1`;

/**
 * The idempotency ledger of sends, one Redis key per (unit, target): set before sending and
 * confirmed after, so redelivery, restarts and other instances never send a unit twice.
 */
@Injectable()
export class SendLedger {
  private readonly prefix: string;
  private readonly ttlSeconds: number;
  private readonly claimScript: RedisScript;
  private readonly finishScript: RedisScript;
  private readonly parkScript: RedisScript;

  constructor(@Inject(REDIS) private readonly redis: RedisClient, @Inject(SITREP_CONFIG) config: SitrepConfig, private readonly schedule: JobSchedule) {
    this.prefix = `${config.redis.prefix}notifier:send:`;
    this.ttlSeconds = config.incidents.windowSeconds * 2;
    this.claimScript = new RedisScript(redis, 'sitrepNotifierSendClaim', 2, CLAIM);
    this.finishScript = new RedisScript(redis, 'sitrepNotifierSendFinish', 2, FINISH);
    this.parkScript = new RedisScript(redis, 'sitrepNotifierSendPark', 2, PARK);
  }

  /** `inflight` value on success, for the compare-and-set that finishes the attempt. */
  async claim(deliveryId: string, attempt: number, deadline: number, now: number, job: string): Promise<{ result: ClaimResult; value: string }> {
    const reply = String(await this.claimScript.run(this.key(deliveryId), this.schedule.key, attempt, deadline, now, this.ttlSeconds, job));
    if (reply === 'claimed') return { result: 'claimed', value: `inflight|${deadline}|${attempt}` };
    if (reply.startsWith('unknown:')) return { result: 'unknown', value: reply.slice('unknown:'.length) };
    return { result: reply as ClaimResult, value: '' };
  }

  /** Final state (`sent|a` or `failed|a`); the recovery job is removed. */
  async finish(deliveryId: string, expected: string, state: string, job: string): Promise<boolean> {
    return (await this.finishScript.run(this.key(deliveryId), this.schedule.key, expected, state, this.ttlSeconds, job, '', 0)) === 1;
  }

  /** Attempt failed, try `next` at `dueAt`: the recovery job is swapped for the retry job. */
  async retryLater(deliveryId: string, expected: string, next: number, dueAt: number, job: string, nextJob: string): Promise<boolean> {
    return (await this.finishScript.run(this.key(deliveryId), this.schedule.key, expected, `wait|${next}`, this.ttlSeconds, job, nextJob, dueAt)) === 1;
  }

  /**
   * Takes over a claim whose owner died mid-send (`expected`, past its lease) as a new in-flight
   * attempt: the dead attempt's recovery job is swapped for the new one's, due at its deadline.
   */
  async resume(deliveryId: string, expected: string, inflight: string, job: string, nextJob: string, deadline: number): Promise<boolean> {
    return (await this.finishScript.run(this.key(deliveryId), this.schedule.key, expected, inflight, this.ttlSeconds, job, nextJob, deadline)) === 1;
  }

  async park(deliveryId: string, attempt: number, dueAt: number, job: string): Promise<boolean> {
    return (await this.parkScript.run(this.key(deliveryId), this.schedule.key, attempt, this.ttlSeconds, dueAt, job)) === 1;
  }

  async state(deliveryId: string): Promise<string | null> {
    return this.redis.get(this.key(deliveryId));
  }

  private key(deliveryId: string): string {
    return this.prefix + deliveryId;
  }
}
