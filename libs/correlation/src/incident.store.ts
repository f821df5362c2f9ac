import { createHash, randomFillSync } from 'node:crypto';
import type { RedisClient } from '@sitrep/redis';
import type { Incident } from '@sitrep/contracts';
import type { Candidate, IncidentProfile, ReportFeatures } from './correlation.types';
import { parseProfile } from './incident-profile';
import { COMMIT_SCRIPT, LOOKUP_SCRIPT, SEP } from './incident-store.scripts';

const HOUR = 3_600_000;
const MINUTE = 60_000;
/** Index keys remembered as extended this minute (see `extended`); cleared when full. */
const EXTENDED_SIZE = 100_000;
/** Incidents (profile and record) kept in process: a pure cache keyed by version; see `remember`. */
const CACHE_SIZE = 10_000;

/** What the store remembers of one incident at one version. */
interface CachedIncident {
  version: string;
  profile: IncidentProfile;
  /** The record, when this process wrote or read it at this version. */
  incident?: Incident;
}

export interface IncidentStoreOptions {
  /** Every key starts with it (default 'correlator:'). */
  prefix?: string;
  /** How long signatures and idle incidents live (default 72 h); each new report extends it. */
  windowMs?: number;
  /**
   * Base64url characters of a signature used to pick its hash key (64^n keys per time bucket).
   * Each key should stay under Redis' hash-max-listpack-entries (128) so that it is stored as a
   * compact listpack: 3 suits up to about a million articles a day.
   */
  shardChars?: number;
  /** Most recent incidents read per index key, and candidates in all, per report. */
  maxPerBlock?: number;
  maxCandidates?: number;
  /** Wall clock (tests move it); defaults to Date.now. */
  clock?: () => number;
}

/** What a report is scored against; exact duplicates are found by the commit (see COMMIT_SCRIPT). */
export interface LookupResult {
  blockVersions: string[];
  candidates: (Candidate & { version: string })[];
}

export type CommitResult =
  | { status: 'ok'; version: number; incidentJson: string }
  | { status: 'seen'; value: string }
  | { status: 'dup'; reason: 'same_url' | 'same_text'; incidentId: string }
  | { status: 'conflict' };

export interface CommitRequest {
  mode: 'open' | 'attach';
  incident: Incident;
  profile: IncidentProfile;
  /** For attach: the version the decision was based on. */
  expectedVersion: string;
  /** For open: the versions of the report's index keys the decision was based on. */
  blockVersions: string[];
  features: ReportFeatures;
  /** `reportKeys(features)`, when the caller already has them (else computed here). */
  keys?: ReportKeys;
}

/**
 * A report's LSH bands as (shard, field) pairs and its index keys, packed as script arguments:
 * computed once per report (`IncidentStore.reportKeys`) for its lookups and commits.
 */
export interface ReportKeys {
  bands: string;
  blocks: string;
  /** The exact-duplicate signatures around the id's value (which names the incident): `head + value + tail`. */
  exactHead: string;
  exactTail: string;
}

export interface ListQuery {
  country?: string;
  minLevel?: number;
  limit?: number;
}

interface QueuedCall {
  script: Script;
  args: (string | number)[];
  resolve: (value: unknown) => void;
  reject: (err: unknown) => void;
}

/** Lua by SHA, loading it only when Redis does not know it yet (after a restart or FLUSH). */
class Script {
  readonly sha: string;
  constructor(readonly source: string) {
    this.sha = createHash('sha1').update(source).digest('hex');
  }
}

function isNoScript(err: unknown): boolean {
  return err instanceof Error && err.message.includes('NOSCRIPT');
}

/**
 * Most script calls per pipeline. One pipeline of all the calls of a turn makes Node and Redis
 * take turns: Redis runs the whole batch before the first reply reaches Node, and Node handles
 * every reply before the next batch goes out. Flushing every few calls keeps both busy (Redis
 * runs one part while Node handles the replies to the last): on the correlate bench at 16 in
 * flight, 8 gave 2,000-2,280 articles/s against 1,230-1,550 for one pipeline per turn, at the
 * same CPU per article.
 */
const PIPELINE_MAX = 8;

/**
 * Script calls made in the same event-loop turn go to Redis in pipelines of up to PIPELINE_MAX: with a
 * batch of messages in flight, dozens of lookups and commits are issued together, and one socket write per call was
 * the correlator's largest single CPU cost (`writeUtf8String`, 8% in a profile of the pipeline
 * benchmark) and as many reads on the Redis side. Order on the connection is unchanged, each
 * script still runs atomically, and each caller gets its own reply or error.
 */
class ScriptBatcher {
  private queue: QueuedCall[] = [];

  /**
   * `anchor`: the one key every call declares. The scripts find their keys from their arguments;
   * declaring a key of the same hash tag lets a Redis Cluster route the call to the node holding
   * that slot (on one server it costs nothing and is never written).
   */
  constructor(private readonly redis: RedisClient, private readonly anchor: string) {}

  run(script: Script, args: (string | number)[]): Promise<unknown> {
    return new Promise((resolve, reject) => {
      // setImmediate, not nextTick: replies arrive in several socket reads per turn, and waiting
      // for the end of the turn gathers the calls they trigger into one write (half the socket
      // writes of nextTick in the correlate bench, ~5-10% less Node CPU per article).
      const queued = this.queue.push({ script, args, resolve, reject });
      if (queued === 1) setImmediate(() => void this.flush());
      else if (queued >= PIPELINE_MAX) void this.flush();
    });
  }

  private async flush(): Promise<void> {
    const calls = this.queue;
    // Already sent by a full pipeline since the turn's flush was scheduled.
    if (!calls.length) return;
    this.queue = [];
    if (calls.length === 1) return this.runOne(calls[0]);
    const pipeline = this.redis.pipeline();
    for (const c of calls) pipeline.evalsha(c.script.sha, 1, this.anchor, ...c.args);
    let replies: [Error | null, unknown][];
    try {
      replies = ((await pipeline.exec()) ?? []) as [Error | null, unknown][];
    } catch (err) {
      calls.forEach((c) => c.reject(err));
      return;
    }
    calls.forEach((c, k) => {
      const [err, value] = replies[k] ?? [new Error('no reply in pipeline'), null];
      if (!err) c.resolve(value);
      else if (isNoScript(err)) void this.runOne(c);
      else c.reject(err);
    });
  }

  private async runOne(c: QueuedCall): Promise<void> {
    try {
      c.resolve(await this.redis.evalsha(c.script.sha, 1, this.anchor, ...c.args));
    } catch (err) {
      if (!isNoScript(err)) return c.reject(err);
      try {
        c.resolve(await this.redis.eval(c.script.source, 1, this.anchor, ...c.args));
      } catch (e) {
        c.reject(e);
      }
    }
  }
}

const LOOKUP = new Script(LOOKUP_SCRIPT);
const COMMIT = new Script(COMMIT_SCRIPT);

/**
 * Redis adapter of the correlator's state. Keys (all with a TTL):
 * - `<prefix>s:<bucket>:<shard>` hash: exact-duplicate and LSH band signatures of the articles
 *   seen in one time bucket, field → incident id. Sharded small so Redis keeps each as a listpack
 *   (about 30 bytes per entry instead of 100+ for a key of its own).
 * - `<prefix>b:<block>` sorted set: incidents by place or name, scored by last activity, plus a
 *   version member `#v:<id of the incident that last joined>` (scored above any time, so it comes
 *   first), which changes only when the key gains an incident.
 * - `<prefix>i:<id>` hash: the incident JSON (`j`), its scoring profile (`f`) and version (`v`).
 * - `<prefix>v:<id>` string: the version again, so that a lookup reads all its candidates'
 *   versions with one MGET (one call instead of ten HGETs).
 * - `<prefix>recent` sorted set: incident ids by last activity, for listing.
 */
export class IncidentStore {
  readonly prefix: string;
  readonly windowMs: number;
  private readonly bucketMs: number;
  private readonly shardChars: number;
  private readonly maxPerBlock: number;
  private readonly maxCandidates: number;
  private readonly clock: () => number;
  private readonly cache = new Map<string, CachedIncident>();
  /**
   * Index key → the minute (ms / 60,000) in which a commit of this process extended its TTL to
   * the end of that minute plus a window. Only an optimisation: a key that vanished since comes
   * back as a new key and gets its TTL in the script whatever this says.
   */
  private readonly extended = new Map<string, number>();
  private readonly scripts: ScriptBatcher;
  private readonly idPool = Buffer.alloc(8 * 512);
  private idPoolAt = Infinity;
  private probed = { bucket: NaN, packed: '' };

  constructor(private readonly redis: RedisClient, options: IncidentStoreOptions = {}) {
    this.prefix = options.prefix ?? 'correlator:';
    this.windowMs = options.windowMs ?? 72 * HOUR;
    // Two buckets per window: a lookup probes three hash keys per signature, and an entry
    // outlives its window by at most half of it.
    this.bucketMs = Math.max(1000, Math.floor(this.windowMs / 2));
    this.shardChars = options.shardChars ?? 3;
    this.maxPerBlock = options.maxPerBlock ?? 6;
    this.maxCandidates = options.maxCandidates ?? 10;
    this.clock = options.clock ?? Date.now;
    this.scripts = new ScriptBatcher(redis, `${this.prefix}anchor`);
  }

  /** A new incident id: 64 random bits, short because every signature stores it. */
  newId(): string {
    // From a pool of random bytes refilled 512 ids at a time: one randomBytes call per id was
    // 2% of the correlator's CPU.
    if (this.idPoolAt >= this.idPool.length) {
      randomFillSync(this.idPool);
      this.idPoolAt = 0;
    }
    const id = this.idPool.toString('base64url', this.idPoolAt, this.idPoolAt + 8);
    this.idPoolAt += 8;
    return id;
  }

  /**
   * The script arguments a report's lookup and commit share, packed once per report (a report is
   * looked up and committed at least once each, more after a conflict).
   */
  reportKeys(f: ReportFeatures): ReportKeys {
    const bands: string[] = [];
    for (const band of f.bands) {
      if (band) bands.push(band.slice(0, this.shardChars), `b${band.slice(this.shardChars)}`);
      else bands.push('', '');
    }
    const [idShard, idField] = this.sig(f.idKey, 'i');
    return {
      bands: bands.join(SEP),
      blocks: f.blocks.join(SEP),
      exactHead: `${idShard}${SEP}${idField}${SEP}`,
      exactTail: [SEP, ...this.sig(f.urlKey, 'u'), ...this.sig(f.textKey, 't')].join(SEP).slice(1),
    };
  }

  async lookup(f: ReportFeatures, keys: ReportKeys = this.reportKeys(f)): Promise<LookupResult> {
    const args: (string | number)[] = [this.prefix, this.maxPerBlock, this.maxCandidates, this.probeBuckets(), keys.bands, keys.blocks];
    // One packed string: one version per block, then (incidentId, version, via) per candidate.
    const packed = (await this.scripts.run(LOOKUP, args)) as string | null;
    const raw = packed ? packed.split(SEP) : [];
    const nBlocks = f.blocks.length;
    const blockVersions = raw.slice(0, nBlocks);
    let missing: string[] | null = null;
    for (let k = nBlocks; k < raw.length; k += 3) {
      const id = raw[k];
      if (this.cache.get(id)?.version !== raw[k + 1]) (missing ??= []).push(id);
    }
    if (missing) await this.fetchProfiles(missing);
    const candidates: LookupResult['candidates'] = [];
    for (let k = nBlocks; k < raw.length; k += 3) {
      const id = raw[k];
      const hit = this.cache.get(id);
      // A fetch may return a newer version than the lookup saw: score that one (the attach
      // commit re-checks it). A vanished key (expired) is no candidate.
      if (hit && (hit.version === raw[k + 1] || missing?.includes(id))) candidates.push({ version: hit.version, profile: hit.profile, viaBand: raw[k + 2] === '1' });
    }
    return { blockVersions, candidates };
  }

  /** The record of an incident at exactly this version, from memory or Redis; null when it moved. */
  async recordAt(id: string, version: string): Promise<Incident | null> {
    const hit = this.cache.get(id);
    if (hit && hit.version === version && hit.incident) return hit.incident;
    const current = await this.read(id);
    if (!current || current.version !== version) return null;
    if (hit && hit.version === version) this.remember(id, { version, profile: hit.profile, incident: current.incident });
    return current.incident;
  }

  async commit(req: CommitRequest): Promise<CommitResult> {
    const f = req.features;
    const keys = req.keys ?? this.reportKeys(f);
    const now = this.clock();
    const bucket = Math.floor(now / this.bucketMs);
    const expireAt = (bucket + 1) * this.bucketMs + this.windowMs;
    const minute = Math.floor(now / MINUTE);
    // Index keys this process already extended in this minute need no extension (COMMIT_SCRIPT).
    const blocks: string[] = [];
    for (let k = 0; k < f.blocks.length; k++) {
      blocks.push(f.blocks[k], req.blockVersions[k] ?? '0', this.extended.get(f.blocks[k]) === minute ? '0' : '1');
    }
    const incidentJson = JSON.stringify(req.incident);
    const args: (string | number)[] = [
      this.prefix, now, this.windowMs, expireAt, bucket.toString(36), this.probeBuckets(now),
      req.mode, req.incident.id, req.expectedVersion, incidentJson, JSON.stringify(req.profile),
      `${keys.exactHead}${req.incident.id}|${f.eventTag}${keys.exactTail}`,
      keys.bands,
      blocks.join(SEP),
      req.mode === 'attach' ? String(Number(req.expectedVersion) + 1) : '1',
      (minute + 1) * MINUTE + this.windowMs - now,
      now - this.windowMs,
    ];
    const raw = (await this.scripts.run(COMMIT, args)) as string[];
    switch (raw[0]) {
      case 'ok':
        if (this.extended.size >= EXTENDED_SIZE) this.extended.clear();
        for (const block of f.blocks) this.extended.set(block, minute);
        // This process wrote it: the next report about it needs neither its profile nor its record from Redis.
        this.remember(req.incident.id, { version: String(raw[1]), profile: req.profile, incident: req.incident });
        return { status: 'ok', version: Number(raw[1]), incidentJson };
      case 'seen':
        return { status: 'seen', value: raw[1] };
      case 'dup':
        return { status: 'dup', reason: raw[1] as 'same_url' | 'same_text', incidentId: raw[2] };
      default:
        return { status: 'conflict' };
    }
  }

  /**
   * The signature entries a commit writes for one report, as [key, field, value] with the key's
   * expiry: for tools and benchmarks that pre-fill a store with pipelining.
   */
  signatureEntries(f: ReportFeatures, incidentId: string, now = this.clock()): { expireAt: number; entries: [string, string, string][] } {
    const bucket = Math.floor(now / this.bucketMs);
    const expireAt = (bucket + 1) * this.bucketMs + this.windowMs;
    const entries: [string, string, string][] = [];
    const add = ([shard, field]: [string, string], value: string) => {
      if (field) entries.push([`${this.prefix}s:${bucket.toString(36)}:${shard}`, field, value]);
    };
    add(this.sig(f.idKey, 'i'), `${incidentId}|${f.eventTag}`);
    add(this.sig(f.urlKey, 'u'), incidentId);
    add(this.sig(f.textKey, 't'), incidentId);
    for (const band of f.bands) add(this.sig(band, 'b'), incidentId);
    return { expireAt, entries };
  }

  /** The incident and the version it was read at. */
  async read(id: string): Promise<{ incident: Incident; version: string } | null> {
    const [json, version] = await this.redis.hmget(this.key('i', id), 'j', 'v');
    return json && version ? { incident: JSON.parse(json) as Incident, version } : null;
  }

  async get(id: string): Promise<Incident | null> {
    const json = await this.redis.hget(this.key('i', id), 'j');
    return json ? (JSON.parse(json) as Incident) : null;
  }

  /** Most recently active first; filters scan at most a few thousand recent incidents. */
  async list(query: ListQuery = {}): Promise<Incident[]> {
    const limit = Math.max(1, Math.min(query.limit ?? 50, 500));
    const country = query.country?.toUpperCase();
    const out: Incident[] = [];
    const page = 200;
    for (let start = 0; out.length < limit && start < 5000; start += page) {
      const ids = await this.redis.zrevrange(`${this.prefix}recent`, start, start + page - 1);
      if (!ids.length) break;
      const pipeline = this.redis.pipeline();
      for (const id of ids) pipeline.hget(this.key('i', id), 'j');
      const replies = (await pipeline.exec()) ?? [];
      for (const [err, json] of replies) {
        if (err || typeof json !== 'string') continue;
        const incident = JSON.parse(json) as Incident;
        if (country && !incident.countries.includes(country) && incident.primary?.country !== country) continue;
        if (query.minLevel && incident.level < query.minLevel) continue;
        out.push(incident);
        if (out.length >= limit) break;
      }
    }
    return out;
  }

  /**
   * Profiles by incident id and version: a busy incident is a candidate for many reports, and
   * shipping and parsing its profile each time was the largest cost of a lookup. Entries are
   * replaced, never edited, and a new version is a miss, so the cache never serves a stale profile.
   */
  protected async fetchProfiles(ids: string[]): Promise<void> {
    const pipeline = this.redis.pipeline();
    for (const id of ids) pipeline.hmget(this.key('i', id), 'v', 'f');
    const replies = (await pipeline.exec()) ?? [];
    replies.forEach(([err, reply], k) => {
      const [version, json] = (err ? [] : (reply as (string | null)[])) ?? [];
      if (version && json) this.remember(ids[k], { version, profile: parseProfile(json) });
    });
  }

  /** Most recently written or read last, so the oldest goes first (a Map keeps insertion order). */
  private remember(id: string, entry: CachedIncident): void {
    this.cache.delete(id);
    this.cache.set(id, entry);
    if (this.cache.size > CACHE_SIZE) {
      const oldest = this.cache.keys().next().value;
      if (oldest !== undefined) this.cache.delete(oldest);
    }
  }

  private key(kind: string, id: string): string {
    return `${this.prefix}${kind}:${id}`;
  }

  /** Current bucket and the ones before it that still overlap the window, packed (the same for a whole bucket: kept). */
  private probeBuckets(now = this.clock()): string {
    const bucket = Math.floor(now / this.bucketMs);
    if (bucket === this.probed.bucket) return this.probed.packed;
    const back = Math.ceil(this.windowMs / this.bucketMs);
    const ids: string[] = [];
    for (let b = bucket; b >= bucket - back; b--) ids.push(b.toString(36));
    this.probed = { bucket, packed: ids.join(SEP) };
    return this.probed.packed;
  }

  /** (shard, field) of a base64url signature; ('', '') when absent. */
  private sig(hash: string | null, kind: string): [string, string] {
    if (!hash) return ['', ''];
    return [hash.slice(0, this.shardChars), `${kind}${hash.slice(this.shardChars)}`];
  }
}
