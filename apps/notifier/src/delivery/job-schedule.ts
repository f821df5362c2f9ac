import { Inject, Injectable } from '@nestjs/common';
import { SITREP_CONFIG, SitrepConfig } from '@sitrep/config';
import { REDIS, RedisScript, RedisClient } from '@sitrep/redis';

/** A scheduled piece of notifier work; serialised deterministically, so adding it twice is one job. */
export type Job =
  /** Attempt `a` of sending unit `u` to the target of channel `c` whose address hashes to `t`. */
  | { k: 'send'; u: string; c: 'email' | 'webhook'; t: string; a: number }
  /** Send the digest of rule `r` for the window ending at `e`. */
  | { k: 'digest'; r: string; e: string }
  /** Quiet hours are over: send held alert `u`. */
  | { k: 'release'; u: string };

export function jobMember(job: Job): string {
  switch (job.k) {
    case 'send': return JSON.stringify({ k: job.k, u: job.u, c: job.c, t: job.t, a: job.a });
    case 'digest': return JSON.stringify({ k: job.k, r: job.r, e: job.e });
    case 'release': return JSON.stringify({ k: job.k, u: job.u });
  }
}

/**
 * Takes due jobs and pushes each one `lease` ms into the future instead of removing it: a job
 * is removed only when done, so an instance that dies with a job in hand loses nothing (the job
 * comes due again after the lease, and the send ledger decides what is left to do).
 */
const TAKE_DUE = `
local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, ARGV[2])
for _, m in ipairs(due) do redis.call('ZADD', KEYS[1], ARGV[3], m) end
return due`;

/** The notifier's schedule: one Redis sorted set, member = job, score = when it is due (ms). */
@Injectable()
export class JobSchedule {
  readonly key: string;
  private readonly takeDueScript: RedisScript;

  constructor(@Inject(REDIS) private readonly redis: RedisClient, @Inject(SITREP_CONFIG) config: SitrepConfig) {
    this.key = `${config.redis.prefix}notifier:schedule`;
    this.takeDueScript = new RedisScript(redis, 'sitrepNotifierTakeDue', 1, TAKE_DUE);
  }

  async add(job: Job, dueAt: number, onlyIfAbsent = false): Promise<void> {
    if (onlyIfAbsent) await this.redis.zadd(this.key, 'NX', dueAt, jobMember(job));
    else await this.redis.zadd(this.key, dueAt, jobMember(job));
  }

  async remove(job: Job): Promise<void> {
    await this.redis.zrem(this.key, jobMember(job));
  }

  async takeDue(now: number, limit: number, leaseMs: number): Promise<Job[]> {
    const members = (await this.takeDueScript.run(this.key, now, limit, now + leaseMs)) as string[];
    return members.map((m) => JSON.parse(m) as Job);
  }

  async size(): Promise<number> {
    return this.redis.zcard(this.key);
  }
}
