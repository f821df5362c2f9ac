import { Inject, Injectable } from '@nestjs/common';
import Redis from 'ioredis';
import { SITREP_CONFIG, SitrepConfig } from '@sitrep/config';
import { REDIS } from '@sitrep/redis';
import { Candidate, DropReason, Stage } from './stage';

/**
 * Claims the right to alert (rule, incident) at this level, atomically in Redis: the first
 * claim of a level above the last alerted one wins; redeliveries and other instances lose.
 * With `realert: false` a rule alerts once per incident, whatever the level does.
 */
const CLAIM = `
local last = tonumber(redis.call('GET', KEYS[1]) or '0')
local level = tonumber(ARGV[1])
if last > 0 and ARGV[3] == '0' then return 0 end
if level <= last then return 0 end
redis.call('SET', KEYS[1], level, 'EX', ARGV[2])
return 1`;

@Injectable()
export class ThrottleStage implements Stage {
  readonly name = 'throttle';
  private readonly ttlSeconds: number;
  private readonly prefix: string;

  constructor(@Inject(REDIS) private readonly redis: Redis, @Inject(SITREP_CONFIG) config: SitrepConfig) {
    this.ttlSeconds = config.incidents.windowSeconds * 2;
    this.prefix = `${config.redis.prefix}notifier:alerted:`;
  }

  async process(candidates: Candidate[], drop: (c: Candidate, r: DropReason) => void): Promise<Candidate[]> {
    const kept: Candidate[] = [];
    for (const c of candidates) {
      const realert = c.rule.policy?.realert ?? true;
      const key = `${this.prefix}${c.rule.id}:${c.incident.id}`;
      const won = await this.redis.eval(CLAIM, 1, key, c.incident.level, this.ttlSeconds, realert ? '1' : '0');
      if (won === 1) kept.push(c);
      else drop(c, 'duplicate');
    }
    return kept;
  }
}
