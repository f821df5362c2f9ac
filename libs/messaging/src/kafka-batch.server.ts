import { CustomTransportStrategy, Server } from '@nestjs/microservices';
import { Consumer, EachBatchPayload, Kafka, KafkaMessage } from 'kafkajs';
import { isObservable, lastValueFrom } from 'rxjs';
import { correlationIdOf, logContext, metrics } from '@sitrep/observability';
import { DeadLetterPublisher } from './dead-letter.publisher';
import { PermanentError, RetryableError, SitrepError, toSitrepError } from './errors';
import { KafkaBatchContext } from './kafka-batch.context';
import { TopicNamer } from './topic-namer';

export interface KafkaBatchServerOptions {
  kafka: Kafka;
  namer: TopicNamer;
  deadLetters: DeadLetterPublisher;
  /** Consumer group, one per app (../shared/STYLE.md). */
  groupId: string;
  /** Stage name for metrics and logs. */
  stage: string;
  /** Messages of one partition's batch handled at once (order within a chunk is not kept). */
  concurrency?: number;
  /**
   * Partitions handled at once by this instance (default 12: every partition any stage reads).
   * kafkajs fetches the next batches only when every batch of the last fetch is done, so with
   * fewer slots than partitions a fetch is worked through in rounds and new messages wait for
   * all of them. 3 → 12 on `npm run bench` (docs/benchmarks.md, fifth pass): p50 at half rate
   * 57–74 → 37–46 ms, broker CPU per article −25%, throughput 825–898 → 923–926/s.
   */
  partitionsConsumedConcurrently?: number;
  /** A retryable failure is retried with backoff for this long before it is dead-lettered. */
  retryBudgetMs?: number;
  fromBeginning?: boolean;
  /**
   * Processed offsets are committed at most this often (and when the consumer stops). kafkajs'
   * autoCommit commits after every partition's batch: at a few messages per batch that was one
   * OffsetCommit request per 2-5 messages, about half of all the requests the stages sent the broker.
   * A crash redelivers at most this much processed work, which every stage handles as a repeat.
   */
  commitIntervalMs?: number;
  /**
   * How long the broker holds a fetch that finds nothing new (Kafka's `fetch.max.wait.ms`; its
   * default is 500). A fetch returns as soon as any message arrives (`minBytes` 1), so this adds no
   * latency; it sets how often an idle or trickle-fed consumer asks. At 100 ms the three stages
   * spent 16-32 ms of CPU per second doing nothing (docs/benchmarks.md, eleventh pass), which a
   * run at a few hundred articles per second books as 40-90 µs per article. Longer also means a
   * stop or a rebalance can wait this much longer for the fetch in flight.
   */
  maxWaitTimeInMs?: number;
  /**
   * First wait before a consumer that kafkajs gave up on is replaced (doubling per failed try,
   * at most 30 s); see `replaceCrashed`.
   */
  restartDelayMs?: number;
}

/**
 * A Nest microservice transport that consumes Kafka with kafkajs `eachBatch`.
 *
 * Why not the stock ServerKafka: it hands Nest one message at a time, swallows handler errors
 * (an @EventPattern error is logged and its offset committed: the message is lost), and cannot
 * map logical topic names to prefixed ones. Here, handlers are ordinary `@EventPattern(Topics.x)`
 * methods; a batch is processed in chunks, offsets are resolved only after the handler's output
 * is acknowledged (at-least-once), retryable errors are retried with backoff, and anything else
 * goes to the dead-letter topic with the reason. No error ever escapes to kafkajs, so one bad
 * message cannot stop a consumer.
 */
export class KafkaBatchServer extends Server implements CustomTransportStrategy {
  private consumer: Consumer | null = null;
  private readonly opts: Required<Omit<KafkaBatchServerOptions, 'kafka' | 'namer' | 'deadLetters'>> &
    Pick<KafkaBatchServerOptions, 'kafka' | 'namer' | 'deadLetters'>;
  private joined = false;
  /** Commits every offset processed so far: the latest batch's view of the consumer group. */
  private commitProcessed: (() => Promise<void>) | null = null;
  private committing: Promise<void> = Promise.resolve();
  private commitTimer: NodeJS.Timeout | null = null;
  private closed = false;
  private restartTimer: NodeJS.Timeout | null = null;
  private restarts = 0;

  constructor(options: KafkaBatchServerOptions) {
    super();
    this.opts = {
      concurrency: 16,
      partitionsConsumedConcurrently: 12,
      retryBudgetMs: 120_000,
      fromBeginning: true,
      commitIntervalMs: 1_000,
      restartDelayMs: 1_000,
      maxWaitTimeInMs: 500,
      ...options,
    };
  }

  /** True once the consumer has joined its group (readiness). */
  get isJoined(): boolean {
    return this.joined;
  }

  get groupId(): string {
    return this.opts.groupId;
  }

  async listen(callback: (...args: unknown[]) => void): Promise<void> {
    await this.startConsumer();
    // Also while no batch arrives: the last processed offsets are committed, lag reads 0.
    this.commitTimer = setInterval(() => void this.commitNow(), this.opts.commitIntervalMs);
    this.commitTimer.unref();
    callback();
  }

  /** A new consumer in the group: connected, subscribed, running. */
  private async startConsumer(): Promise<void> {
    const { kafka, namer, groupId } = this.opts;
    const consumer = kafka.consumer({ groupId, sessionTimeout: 30_000, heartbeatInterval: 3_000, maxWaitTimeInMs: this.opts.maxWaitTimeInMs, retry: { retries: 10 } });
    this.consumer = consumer;
    consumer.on(consumer.events.GROUP_JOIN, () => {
      this.joined = true;
      this.restarts = 0;
    });
    consumer.on(consumer.events.CRASH, (e) => {
      this.joined = false;
      this.logger.error({ msg: 'consumer crashed', groupId, error: String(e.payload.error), restart: e.payload.restart });
      if (!e.payload.restart) this.replaceCrashed(consumer);
    });
    await consumer.connect();
    const topics = [...this.messageHandlers.keys()].map((p) => namer.physical(p));
    await consumer.subscribe({ topics, fromBeginning: this.opts.fromBeginning });
    await consumer.run({
      eachBatchAutoResolve: false,
      // Committed here (on a timer, when stopping), not by kafkajs after every batch.
      autoCommit: false,
      partitionsConsumedConcurrently: this.opts.partitionsConsumedConcurrently,
      eachBatch: (payload) => this.handleBatch(payload),
    });
  }

  /**
   * kafkajs restarts a crashed consumer itself only after a retriable error. After one it
   * classes as not retriable it stops for good and the stage would sit idle while its lag grows:
   * seen when the broker restarts ("Failed to find group coordinator" within two seconds of the
   * broker going away, every consumer of every stage, `npm run chaos`). So a new consumer takes
   * its place, after a wait that doubles while the broker stays away. Offsets processed but not
   * yet committed are redelivered to it, which every stage handles as repeats.
   */
  private replaceCrashed(crashed: Consumer): void {
    if (this.closed || this.consumer !== crashed || this.restartTimer) return;
    // Its batches' offsets can no longer be committed; the new consumer's first batch sets this again.
    this.commitProcessed = null;
    const delay = Math.min(30_000, this.opts.restartDelayMs * 2 ** this.restarts++);
    this.restartTimer = setTimeout(() => {
      this.restartTimer = null;
      if (this.closed) return;
      void (async () => {
        await crashed.disconnect().catch(() => undefined);
        try {
          await this.startConsumer();
          this.logger.warn({ msg: 'consumer replaced after a crash', groupId: this.opts.groupId });
        } catch (error) {
          this.logger.warn({ msg: 'could not replace the crashed consumer; trying again', groupId: this.opts.groupId, error: String(error) });
          if (this.consumer) this.replaceCrashed(this.consumer);
        }
      })();
    }, delay);
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.restartTimer) clearTimeout(this.restartTimer);
    this.restartTimer = null;
    this.joined = false;
    // What was processed since the last interval, before leaving the group; a batch still in
    // flight commits its own at its end (handleBatch sees the consumer stopping).
    if (this.commitTimer) clearInterval(this.commitTimer);
    this.commitTimer = null;
    await this.commitNow();
    await this.consumer?.disconnect();
    this.consumer = null;
  }

  on(): void {
    // No transport events are exposed; status is read with isJoined.
  }

  unwrap<T>(): T {
    return this.consumer as T;
  }

  /**
   * Up to `concurrency` messages of the batch in flight at once, as a sliding window: a slow
   * message (a retry, a contended Redis commit) holds up only its own slot, not a whole chunk.
   * The offset is resolved only up to the last message of an unbroken run of finished ones,
   * so a crash redelivers everything not yet done (at-least-once).
   */
  private async handleBatch(payload: EachBatchPayload): Promise<void> {
    const { commitOffsetsIfNecessary, uncommittedOffsets, isRunning } = payload;
    this.commitProcessed = () => commitOffsetsIfNecessary(uncommittedOffsets());
    try {
      await this.processBatch(payload);
    } catch (error) {
      await this.commitNow();
      throw error;
    }
    // Stopping (close, a rebalance): commit what this batch finished before the group moves on.
    if (!isRunning()) await this.commitNow();
  }

  /** Commits the offsets processed since the last commit; commits run one after another. */
  private commitNow(): Promise<void> {
    const commit = this.commitProcessed;
    if (commit) {
      this.committing = this.committing.then(commit).catch((error: unknown) => {
        this.logger.warn({ msg: 'offset commit failed; the next one covers it', groupId: this.opts.groupId, error: String(error) });
      });
    }
    return this.committing;
  }

  private async processBatch({ batch, resolveOffset, heartbeat, isRunning, isStale }: EachBatchPayload): Promise<void> {
    const topic = this.opts.namer.logical(batch.topic);
    const { concurrency } = this.opts;
    const messages = batch.messages;
    const done = new Array<boolean>(messages.length).fill(false);
    let resolved = 0;
    let next = 0;
    let lastBeat = Date.now();
    let failure: unknown = null;
    const advance = async () => {
      const from = resolved;
      while (resolved < messages.length && done[resolved]) resolved++;
      if (resolved > from) resolveOffset(messages[resolved - 1].offset);
      if (Date.now() - lastBeat > 1000) {
        lastBeat = Date.now();
        await heartbeat();
      }
    };
    const worker = async () => {
      while (failure === null && next < messages.length && isRunning() && !isStale()) {
        const i = next++;
        try {
          await this.handleMessage(topic, batch.partition, messages[i], heartbeat);
        } catch (e) {
          failure ??= e; // dead-lettering itself failed: stop here, leave the rest unresolved
          return;
        }
        done[i] = true;
        await advance();
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, messages.length) }, worker));
    if (failure !== null) throw failure;
    await heartbeat();
  }

  /** Never throws for a message's own failure; throws only when even dead-lettering fails. */
  private async handleMessage(topic: string, partition: number, message: KafkaMessage, heartbeat: () => Promise<void>): Promise<void> {
    const { stage, retryBudgetMs } = this.opts;
    const started = Date.now();
    for (let attempt = 1; ; attempt++) {
      const t0 = process.hrtime.bigint();
      try {
        await this.invoke(topic, partition, message);
        this.countersOf(topic).ok.inc();
        this.countersOf(topic).duration.observe(Number(process.hrtime.bigint() - t0) / 1e9);
        return;
      } catch (thrown) {
        const error = classify(thrown);
        metrics.errors.inc({ stage, code: error.code });
        const elapsed = Date.now() - started;
        if (error.retryable && elapsed < retryBudgetMs) {
          const delay = Math.min(30_000, 200 * 2 ** Math.min(attempt, 10)) * (0.5 + Math.random() / 2);
          this.logger.warn({ msg: 'retrying', stage, topic, partition, offset: message.offset, code: error.code, attempt, delayMs: Math.round(delay) });
          await sleepWithHeartbeat(delay, heartbeat);
          continue;
        }
        await this.deadLetter(topic, partition, message, error, attempt);
        this.countersOf(topic).deadLettered.inc();
        return;
      }
    }
  }

  /** Each message's metrics, by logical topic: prom-client hashes a label set on every call otherwise. */
  private readonly counters = new Map<string, { ok: CounterChild; deadLettered: CounterChild; duration: HistogramChild }>();

  private countersOf(topic: string) {
    let c = this.counters.get(topic);
    if (!c) {
      const { stage } = this.opts;
      c = {
        ok: metrics.processed.labels({ stage, topic, outcome: 'ok' }),
        deadLettered: metrics.processed.labels({ stage, topic, outcome: 'dead_lettered' }),
        duration: metrics.duration.labels({ stage }),
      };
      this.counters.set(topic, c);
    }
    return c;
  }

  /** Handlers by logical topic: Nest's lookup normalises the pattern on every call. */
  private readonly handlers = new Map<string, ReturnType<Server['getHandlerByPattern']>>();

  private async invoke(topic: string, partition: number, message: KafkaMessage): Promise<void> {
    let handler = this.handlers.get(topic);
    if (handler === undefined) {
      handler = this.getHandlerByPattern(topic);
      this.handlers.set(topic, handler);
    }
    if (!handler) throw new PermanentError('no_handler', `no handler for topic ${topic}`);
    const data = parseJson(message.value);
    // Every line logged while handling it carries the article's correlation id.
    await logContext.run({ correlationId: correlationIdOf(data), topic, offset: message.offset }, async () => {
      const result = await handler(data, new KafkaBatchContext([message, topic, partition]));
      if (isObservable(result)) await lastValueFrom(result, { defaultValue: undefined });
    });
  }

  private deadLetter(topic: string, partition: number, message: KafkaMessage, error: SitrepError, attempts: number): Promise<void> {
    return this.opts.deadLetters.send({
      source: topic,
      key: message.key?.toString() ?? null,
      value: message.value ?? Buffer.alloc(0),
      error,
      attempts,
      partition,
      offset: message.offset,
      headers: message.headers,
    });
  }
}

/**
 * toSitrepError, plus two cases it cannot know: it honours `retryable: true` on errors from libraries that do not extend
 * SitrepError (e.g. the correlator's optimistic-commit conflict): such a message is retried
 * with backoff, never dead-lettered as if it were poison.
 */
function classify(thrown: unknown): SitrepError {
  // A stack overflow while decoding one message comes from that message's shape (JSON nested
  // thousands deep): it is invalid input, not a bug and not an outage.
  if (thrown instanceof RangeError && /call stack/i.test(thrown.message)) {
    return new PermanentError('invalid_event', 'event is nested too deeply to process');
  }
  if (!(thrown instanceof SitrepError) && thrown instanceof Error && (thrown as { retryable?: unknown }).retryable === true) {
    const code = (thrown as { code?: unknown }).code;
    return new RetryableError(typeof code === 'string' ? code.toLowerCase() : 'retryable_error', thrown.message);
  }
  return toSitrepError(thrown);
}

type CounterChild = ReturnType<typeof metrics.processed.labels>;
type HistogramChild = ReturnType<typeof metrics.duration.labels>;

const utf8 = new TextDecoder('utf-8', { fatal: true });

function parseJson(value: Buffer | null): unknown {
  if (!value || value.length === 0) throw new PermanentError('empty_message', 'message has no value');
  let text: string;
  try {
    text = utf8.decode(value);
  } catch {
    throw new PermanentError('invalid_utf8', 'message value is not valid UTF-8');
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new PermanentError('invalid_json', `message value is not JSON: ${(e as Error).message}`);
  }
}

async function sleepWithHeartbeat(ms: number, heartbeat: () => Promise<void>): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    await new Promise((r) => setTimeout(r, Math.min(1000, end - Date.now())));
    await heartbeat().catch(() => undefined);
  }
}
