import { EachBatchPayload, Kafka, KafkaMessage } from 'kafkajs';
import { DeadLetter, DeadLetterPublisher } from './dead-letter.publisher';
import { InvalidEventError, RetryableError } from './errors';
import { KafkaBatchServer } from './kafka-batch.server';
import { TopicNamer } from './topic-namer';

class FakeDeadLetters {
  readonly letters: DeadLetter[] = [];
  async send(letter: DeadLetter) {
    this.letters.push(letter);
  }
}

const message = (offset: number, value: unknown): KafkaMessage =>
  ({ offset: String(offset), key: Buffer.from(`k${offset}`), value: Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)), headers: {}, timestamp: '0', attributes: 0 }) as KafkaMessage;

function payload(messages: KafkaMessage[], resolved: string[], running = true, commits: string[][] = []): EachBatchPayload {
  return {
    batch: { topic: 't.articles.raw', partition: 0, messages },
    resolveOffset: (o: string) => void resolved.push(o),
    heartbeat: async () => undefined,
    isRunning: () => running,
    isStale: () => false,
    // What the consumer group would commit: the offsets resolved so far.
    uncommittedOffsets: () => ({ topics: [{ topic: 't.articles.raw', partitions: [{ partition: 0, offset: resolved[resolved.length - 1] }] }] }),
    commitOffsetsIfNecessary: async (offsets?: { topics: { partitions: { offset: string }[] }[] }) => {
      if (offsets) commits.push(offsets.topics.flatMap((t) => t.partitions.map((p) => p.offset)));
    },
  } as unknown as EachBatchPayload;
}

describe(KafkaBatchServer.name, () => {
  let deadLetters: FakeDeadLetters;
  let sut: KafkaBatchServer;
  let handle: (data: { n: number; delay?: number; fail?: string }) => Promise<void>;

  beforeEach(() => {
    deadLetters = new FakeDeadLetters();
    sut = new KafkaBatchServer({
      kafka: {} as Kafka,
      namer: new TopicNamer('t'),
      deadLetters: deadLetters as unknown as DeadLetterPublisher,
      groupId: 'g',
      stage: 'test',
      concurrency: 4,
      retryBudgetMs: 50,
    });
    handle = async () => undefined;
    sut.addHandler('articles.raw', (async (data: { n: number; delay?: number; fail?: string }) => handle(data)) as never, true);
  });

  it('resolves offsets only over an unbroken run of finished messages, whatever order they finish in', async () => {
    const finished: number[] = [];
    handle = async (d) => {
      await new Promise((r) => setTimeout(r, d.delay ?? 0));
      finished.push(d.n);
    };
    const resolved: string[] = [];
    // Message 0 is the slowest: nothing may be resolved before it finishes.
    await sut['handleBatch'](payload([message(10, { n: 0, delay: 40 }), message(11, { n: 1 }), message(12, { n: 2 }), message(13, { n: 3, delay: 5 })], resolved));
    expect(finished[finished.length - 1]).toBe(0);
    expect(resolved).toEqual(['13']);
    expect(deadLetters.letters).toHaveLength(0);
  });

  it('leaves commits to its timer while running; when the consumer stops, takes no new message and commits what it finished', async () => {
    const resolved: string[] = [];
    const commits: string[][] = [];
    await sut['handleBatch'](payload([message(1, { n: 1 }), message(2, { n: 2 })], resolved, true, commits));
    expect(commits).toEqual([]);

    await sut['handleBatch'](payload([message(3, { n: 3 })], resolved, false, commits));
    expect(resolved).toEqual(['1', '2']);
    expect(commits).toEqual([['2']]);

    // The timer's commit: the latest batch's view of what was processed.
    await sut['commitNow']();
    expect(commits).toEqual([['2'], ['2']]);
  });

  it('dead-letters a permanent failure and a poison message, and goes on with the rest', async () => {
    handle = async (d) => {
      if (d.fail === 'invalid') throw new InvalidEventError(['title: must be a string']);
    };
    const resolved: string[] = [];
    await sut['handleBatch'](payload([message(1, { n: 1, fail: 'invalid' }), message(2, '{not json'), message(3, { n: 3 })], resolved));
    expect(deadLetters.letters.map((l) => [l.offset, l.error.code]).sort()).toEqual([
      ['1', 'invalid_event'],
      ['2', 'invalid_json'],
    ]);
    expect(deadLetters.letters.every((l) => l.source === 'articles.raw')).toBe(true);
    expect(resolved[resolved.length - 1]).toBe('3');
  });

  it('retries a retryable failure within its budget before dead-lettering it', async () => {
    let calls = 0;
    handle = async () => {
      calls++;
      if (calls < 2) throw new RetryableError('redis_down', 'Redis is not answering');
    };
    const resolved: string[] = [];
    await sut['handleBatch'](payload([message(7, { n: 7 })], resolved));
    expect(calls).toBe(2);
    expect(deadLetters.letters).toHaveLength(0);
    expect(resolved).toEqual(['7']);
  });

  it("asks kafkajs for a 500 ms wait on an empty fetch (Kafka's default) and a message at once (minBytes 1), unless told otherwise", async () => {
    const configs: Record<string, unknown>[] = [];
    const consumer = { events: {}, on: () => undefined, connect: async () => undefined, subscribe: async () => undefined, run: async () => undefined, disconnect: async () => undefined };
    const kafka = { consumer: (c: Record<string, unknown>) => (configs.push(c), consumer) } as unknown as Kafka;
    for (const maxWaitTimeInMs of [undefined, 50]) {
      const server = new KafkaBatchServer({ kafka, namer: new TopicNamer('t'), deadLetters: deadLetters as unknown as DeadLetterPublisher, groupId: 'g', stage: 'test', ...(maxWaitTimeInMs ? { maxWaitTimeInMs } : {}) });
      server.addHandler('articles.raw', (async () => undefined) as never, true);
      await server.listen(() => undefined);
      await server.close();
    }
    expect(configs.map((c) => [c.maxWaitTimeInMs, c.minBytes ?? 1])).toEqual([
      [500, 1],
      [50, 1],
    ]);
  });
});

describe(`${KafkaBatchServer.name} after kafkajs gives up on its consumer`, () => {
  /** Records what the server does with each consumer it asks for; `crash` plays kafkajs' CRASH event. */
  class FakeConsumer {
    readonly events = { GROUP_JOIN: 'group_join', CRASH: 'crash' };
    readonly calls: string[] = [];
    private readonly listeners = new Map<string, (e: unknown) => void>();
    constructor(private readonly failConnect = false) {}
    on(event: string, listener: (e: unknown) => void) {
      this.listeners.set(event, listener);
    }
    async connect() {
      this.calls.push('connect');
      if (this.failConnect) throw new Error('connect ECONNREFUSED');
    }
    async subscribe() {
      this.calls.push('subscribe');
    }
    async run() {
      this.calls.push('run');
      this.listeners.get('group_join')?.({});
    }
    async disconnect() {
      this.calls.push('disconnect');
    }
    crash(restart: boolean) {
      this.listeners.get('crash')?.({ payload: { error: new Error('Failed to find group coordinator'), restart } });
    }
  }

  let consumers: FakeConsumer[];
  let brokerDownFor: number;
  let sut: KafkaBatchServer;
  const until = async (check: () => boolean) => {
    for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  };

  beforeEach(async () => {
    consumers = [];
    brokerDownFor = 0;
    const kafka = { consumer: () => consumers[consumers.push(new FakeConsumer(brokerDownFor-- > 0)) - 1] } as unknown as Kafka;
    sut = new KafkaBatchServer({ kafka, namer: new TopicNamer('t'), deadLetters: new FakeDeadLetters() as unknown as DeadLetterPublisher, groupId: 'g', stage: 'test', restartDelayMs: 5 });
    sut.addHandler('articles.raw', (async () => undefined) as never, true);
    await sut.listen(() => undefined);
  });

  afterEach(() => sut.close());

  it('starts a new consumer in its place, which joins the group', async () => {
    expect(sut.isJoined).toBe(true);
    consumers[0].crash(false);
    expect(sut.isJoined).toBe(false);
    await until(() => sut.isJoined);
    expect(consumers).toHaveLength(2);
    expect(consumers[0].calls).toEqual(['connect', 'subscribe', 'run', 'disconnect']);
    expect(consumers[1].calls).toEqual(['connect', 'subscribe', 'run']);
    expect(sut.isJoined).toBe(true);
  });

  it('keeps trying while the broker is away', async () => {
    brokerDownFor = 2;
    consumers[0].crash(false);
    await until(() => sut.isJoined);
    expect(consumers.map((c) => c.calls.join(','))).toEqual([
      'connect,subscribe,run,disconnect',
      'connect,disconnect',
      'connect,disconnect',
      'connect,subscribe,run',
    ]);
  });

  it('leaves a consumer that kafkajs restarts itself alone, and starts none once closed', async () => {
    consumers[0].crash(true);
    await new Promise((r) => setTimeout(r, 30));
    expect(consumers).toHaveLength(1);
    await sut.close();
    consumers[0].crash(false);
    await new Promise((r) => setTimeout(r, 30));
    expect(consumers).toHaveLength(1);
  });
});
