import { Producer, ProducerBatch } from 'kafkajs';
import { RetryableError } from './errors';
import { jsonWithEncoded, Publisher } from './publisher';
import { TopicNamer } from './topic-namer';

class FakeProducer {
  readonly batches: ProducerBatch[] = [];
  fail = false;
  async sendBatch(batch: ProducerBatch) {
    if (this.fail) throw new Error('broker down');
    this.batches.push(batch);
    return [];
  }
}

describe(Publisher.name, () => {
  let producer: FakeProducer;
  let sut: Publisher;

  beforeEach(() => {
    producer = new FakeProducer();
    sut = new Publisher(producer as unknown as Producer, new TopicNamer('t1'));
  });

  it('coalesces the sends of one tick into one produce request, per prefixed topic', async () => {
    await Promise.all([
      sut.publish('articles.raw', [{ key: 'a', value: { n: 1 } }]),
      sut.publish('articles.raw', [{ key: 'b', value: { n: 2 } }]),
      sut.publish('incidents', [{ key: 'c', value: Buffer.from('raw') }]),
    ]);
    expect(producer.batches).toHaveLength(1);
    const topics = producer.batches[0].topicMessages!;
    expect(topics.map((t) => t.topic).sort()).toEqual(['t1.articles.raw', 't1.incidents']);
    const raw = topics.find((t) => t.topic === 't1.articles.raw')!;
    expect(raw.messages.map((m) => [m.key, m.value])).toEqual([['a', '{"n":1}'], ['b', '{"n":2}']]);
    expect(producer.batches[0].acks).toBe(-1);
  });

  it('rejects every waiting publish with a retryable error when the broker fails', async () => {
    producer.fail = true;
    const results = await Promise.allSettled([sut.publish('alerts', [{ key: null, value: {} }]), sut.publish('alerts', [{ key: null, value: {} }])]);
    expect(results.every((r) => r.status === 'rejected' && r.reason instanceof RetryableError)).toBe(true);
  });

  it('sends nothing for an empty publish', async () => {
    await sut.publish('alerts', []);
    expect(producer.batches).toHaveLength(0);
  });
});

describe('jsonWithEncoded', () => {
  it('is the JSON of the head with the already-encoded value under the key', () => {
    const record = { id: 'i1', reports: [{ title: 'He said "no" </script>\u2028' }], n: 1.5, none: null };
    const head = { eventId: 'e1', type: 'updated', skipped: undefined, nested: { a: [1, 2] } };
    const out = jsonWithEncoded(head, 'incident', JSON.stringify(record));
    expect(JSON.parse(out)).toEqual({ eventId: 'e1', type: 'updated', nested: { a: [1, 2] }, incident: record });
  });

  it('handles an empty head and a key that needs escaping', () => {
    expect(JSON.parse(jsonWithEncoded({}, 'incident', '{"id":"x"}'))).toEqual({ incident: { id: 'x' } });
    expect(JSON.parse(jsonWithEncoded({ a: 1 }, 'we"ird', '[1]'))).toEqual({ a: 1, 'we"ird': [1] });
  });
});
