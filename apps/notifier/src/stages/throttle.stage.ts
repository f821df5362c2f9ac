import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { RetryableError } from '@sitrep/messaging';
import { SITREP_CONFIG, SitrepConfig } from '@sitrep/config';
import { REDIS, RedisScript, RedisClient } from '@sitrep/redis';
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

/** Marks this instance's claim done (1), unless another level or instance claimed the key meanwhile (0). */
const CONFIRM = `
local v = redis.call('GET', KEYS[1])
if v and string.sub(v, 1, string.len(ARGV[1])) == ARGV[1] then
  redis.call('SET', KEYS[1], ARGV[3] .. '|done', 'EX', ARGV[2])
  return 1
end
return 0`;

/** How long a pending claim is its claimer's: longer than a publish to Kafka ever takes. */
export const PENDING_LEASE_MS = 15_000;
/** Keys whose confirmed level this instance remembers (the oldest are forgotten first). */
const KNOWN_DONE_MAX = 50_000;
/** Forgotten this long before the key could expire in Redis (clocks tick at slightly different rates). */
const KNOWN_DONE_MARGIN_MS = 60_000;

@Injectable()
export class ThrottleStage implements Stage {
  readonly name = 'throttle';
  private readonly ttlSeconds: number;
  private readonly prefix: string;
  /** This instance, as the owner of its pending claims. */
  private readonly owner = randomUUID();
  private readonly claimScript: RedisScript;
  private readonly confirmScript: RedisScript;
  /**
   * The level this instance itself confirmed done per key, and until when that stays true in
   * Redis. Once a key holds `L|done`, claims only ever raise its level (never back to pending at
   * L) and every write renews its expiry, so until `confirmed + TTL` the claim script answers 0
   * for any level ≤ L, with or without realert. Such candidates (most updates of an incident:
   * same level, already alerted) are dropped without a Redis round trip. Only a key deleted by
   * hand (FLUSHDB) differs: Redis alone would then alert that level again, this instance does not.
   */
  private readonly knownDone = new Map<string, { level: number; until: number }>();

  constructor(@Inject(REDIS) private readonly redis: RedisClient, @Inject(SITREP_CONFIG) config: SitrepConfig) {
    this.ttlSeconds = config.incidents.windowSeconds * 2;
    this.prefix = `${config.redis.prefix}notifier:alerted:`;
    this.claimScript = new RedisScript(redis, 'sitrepNotifierThrottleClaim', 1, CLAIM);
    this.confirmScript = new RedisScript(redis, 'sitrepNotifierThrottleConfirm', 1, CONFIRM);
  }

  async process(candidates: Candidate[], drop: (c: Candidate, r: DropReason) => void): Promise<Candidate[]> {
    // The claims are independent keys: issued together they share one round trip (auto-pipelining).
    const now = Date.now();
    const results = await Promise.all(
      candidates.map((c) => {
        const key = this.key(c);
        const known = this.knownDone.get(key);
        if (known && known.level >= c.incident.level && known.until > now) return 0;
        return this.claimScript.run(key, c.incident.level, this.ttlSeconds, (c.rule.policy?.realert ?? true) ? '1' : '0', this.owner, now, PENDING_LEASE_MS);
      }),
    );
    const kept: Candidate[] = [];
    for (let i = 0; i < candidates.length; i++) {
      const c = candidates[i];
      const won = results[i];
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
    for (const c of candidates) this.confirmScript.queue(pipeline, this.key(c), `${c.incident.level}|pending|${this.owner}|`, this.ttlSeconds, c.incident.level);
    // Taken before the writes: each key expires no sooner than this plus its TTL.
    const until = Date.now() + this.ttlSeconds * 1000 - KNOWN_DONE_MARGIN_MS;
    const replies = (await pipeline.exec()) ?? [];
    candidates.forEach((c, i) => {
      const [error, applied] = replies[i] ?? [null, 0];
      if (!error && applied === 1) this.rememberDone(this.key(c), c.incident.level, until);
    });
  }

  private rememberDone(key: string, level: number, until: number): void {
    this.knownDone.delete(key); // re-inserted last: the map forgets the least recently confirmed first
    if (this.knownDone.size >= KNOWN_DONE_MAX) this.knownDone.delete(this.knownDone.keys().next().value as string);
    this.knownDone.set(key, { level, until });
  }

  private key(c: Candidate): string {
    return `${this.prefix}${c.rule.id}:${c.incident.id}`;
  }
}
