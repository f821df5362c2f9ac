import { Inject, Injectable } from '@nestjs/common';
import Redis from 'ioredis';
import { randomUUID } from 'node:crypto';
import { RetryableError } from '@sitrep/messaging';
import { SITREP_CONFIG, SitrepConfig } from '@sitrep/config';
import { REDIS } from '@sitrep/redis';
import { Candidate, DropReason, Stage } from './stage';

/**
 * Claims the right to alert (rule, incident) at this level, atomically in Redis. The key holds
 * `<level>|pending|<owner>|<since ms>` from the claim until the alert is on the `alerts` topic,
 * then `<level>|done`. A higher level wins; the same level loses once done. A level still
 * pending belongs to its claimer for a lease: another instance gets 2 (retry later: the claimer
 * may be publishing right now); after the lease the claimer is presumed dead and the level can
 * be claimed again (publishing twice is harmless: the alert id is deterministic and the send
 * ledger sends each id once). With `realert: false` a rule alerts once per incident.
 */
const CLAIM = `
local v = redis.call('GET', KEYS[1])
local last, state, owner, since = 0, 'done', '', 0
if v then
  local a, b, c, d = string.match(v, '^(%d+)|?(%a*)|?([^|]*)|?(%d*)$')
  last = tonumber(a) or 0
  if b ~= '' then state = b end
  owner = c or ''
  since = tonumber(d) or 0
end
local level = tonumber(ARGV[1])
local pendingHere = level == last and state == 'pending'
if last > 0 and ARGV[3] == '0' and not pendingHere then return 0 end
if level < last then return 0 end
if level == last and state ~= 'pending' then return 0 end
if pendingHere and owner ~= ARGV[4] and tonumber(ARGV[5]) - since < tonumber(ARGV[6]) then return 2 end
redis.call('SET', KEYS[1], level .. '|pending|' .. ARGV[4] .. '|' .. ARGV[5], 'EX', ARGV[2])
return 1`;

/** Marks this instance's claim done, unless another level or instance claimed the key meanwhile. */
const CONFIRM = `
local v = redis.call('GET', KEYS[1])
if v and string.sub(v, 1, string.len(ARGV[1])) == ARGV[1] then
  redis.call('SET', KEYS[1], ARGV[3] .. '|done', 'EX', ARGV[2])
end
return 1`;

/** How long a pending claim is its claimer's: longer than a publish to Kafka ever takes. */
export const PENDING_LEASE_MS = 15_000;

@Injectable()
export class ThrottleStage implements Stage {
  readonly name = 'throttle';
  private readonly ttlSeconds: number;
  private readonly prefix: string;
  /** This instance, as the owner of its pending claims. */
  private readonly owner = randomUUID();

  constructor(@Inject(REDIS) private readonly redis: Redis, @Inject(SITREP_CONFIG) config: SitrepConfig) {
    this.ttlSeconds = config.incidents.windowSeconds * 2;
    this.prefix = `${config.redis.prefix}notifier:alerted:`;
  }

  async process(candidates: Candidate[], drop: (c: Candidate, r: DropReason) => void): Promise<Candidate[]> {
    const kept: Candidate[] = [];
    for (const c of candidates) {
      const realert = c.rule.policy?.realert ?? true;
      const won = await this.redis.eval(CLAIM, 1, this.key(c), c.incident.level, this.ttlSeconds, realert ? '1' : '0', this.owner, Date.now(), PENDING_LEASE_MS);
      if (won === 2) {
        // Another instance is alerting this level now (a rebalance): decide once its claim is done or lapsed.
        throw new RetryableError('alert_in_progress', `rule ${c.rule.id} incident ${c.incident.id} level ${c.incident.level} is being alerted by another instance`);
      }
      if (won === 1) kept.push(c);
      else drop(c, 'duplicate');
    }
    return kept;
  }

  /** After the alerts are acknowledged by Kafka: the claims are final. */
  async confirm(candidates: Candidate[]): Promise<void> {
    const pipeline = this.redis.pipeline();
    for (const c of candidates) pipeline.eval(CONFIRM, 1, this.key(c), `${c.incident.level}|pending|${this.owner}|`, this.ttlSeconds, c.incident.level);
    await pipeline.exec();
  }

  private key(c: Candidate): string {
    return `${this.prefix}${c.rule.id}:${c.incident.id}`;
  }
}
