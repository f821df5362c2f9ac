import { Inject, Injectable } from '@nestjs/common';
import Redis from 'ioredis';
import { SITREP_CONFIG, SitrepConfig } from '@sitrep/config';
import { REDIS } from '@sitrep/redis';
import { Candidate, DropReason, Stage } from './stage';

/**
 * Claims the right to alert (rule, incident) at this level, atomically in Redis. The key holds
 * `<level>|pending` from the claim until the alert is on the `alerts` topic, then
 * `<level>|done`. A level above the last one wins; the same level loses once it is done, but
 * wins again while only pending (the instance that claimed it may have died before publishing:
 * publishing twice is safe because the alert id is deterministic and the delivery ledger sends
 * each alert id once). With `realert: false` a rule alerts once per incident, whatever the level.
 */
const CLAIM = `
local v = redis.call('GET', KEYS[1])
local last, state = 0, 'done'
if v then
  local sep = string.find(v, '|', 1, true)
  if sep then last = tonumber(string.sub(v, 1, sep - 1)); state = string.sub(v, sep + 1) else last = tonumber(v) end
end
local level = tonumber(ARGV[1])
if last > 0 and ARGV[3] == '0' and not (level == last and state == 'pending') then return 0 end
if level < last then return 0 end
if level == last and state ~= 'pending' then return 0 end
redis.call('SET', KEYS[1], level .. '|pending', 'EX', ARGV[2])
return 1`;

/** Marks the claim done, unless a higher level claimed the key meanwhile. */
const CONFIRM = `
if redis.call('GET', KEYS[1]) == ARGV[1] .. '|pending' then
  redis.call('SET', KEYS[1], ARGV[1] .. '|done', 'EX', ARGV[2])
end
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
      const won = await this.redis.eval(CLAIM, 1, this.key(c), c.incident.level, this.ttlSeconds, realert ? '1' : '0');
      if (won === 1) kept.push(c);
      else drop(c, 'duplicate');
    }
    return kept;
  }

  /** After the alerts are acknowledged by Kafka: the claims are final. */
  async confirm(candidates: Candidate[]): Promise<void> {
    const pipeline = this.redis.pipeline();
    for (const c of candidates) pipeline.eval(CONFIRM, 1, this.key(c), c.incident.level, this.ttlSeconds);
    await pipeline.exec();
  }

  private key(c: Candidate): string {
    return `${this.prefix}${c.rule.id}:${c.incident.id}`;
  }
}
