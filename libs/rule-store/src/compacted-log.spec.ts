import { Kafka } from 'kafkajs';
import { Publisher, TopicNamer } from '@sitrep/messaging';
import { CompactedLog } from './compacted-log';

/** The end-offset read at start, with a stand-in admin client: the retry is logic of ours, not Kafka's. */
describe('CompactedLog end offsets', () => {
  function logWith(answers: (() => unknown)[]): { log: CompactedLog; calls: () => number } {
    let calls = 0;
    const admin = {
      connect: async () => undefined,
      disconnect: async () => undefined,
      fetchTopicOffsets: async () => answers[Math.min(calls++, answers.length - 1)](),
    };
    const kafka = { admin: () => admin } as unknown as Kafka;
    return { log: new CompactedLog(kafka, {} as TopicNamer, {} as Publisher), calls: () => calls };
  }
  const notLeader = () => { throw Object.assign(new Error('This server is not the leader for that topic-partition'), { retriable: true }); };
  const offsets = () => [{ partition: 0, high: '7', low: '0', offset: '7' }];
  const endOffsets = (log: CompactedLog, topic: string) => (log as unknown as { endOffsets(t: string): Promise<Map<number, bigint>> }).endOffsets(topic);

  it('retries while a new topic\'s partition has no leader yet', async () => {
    const { log, calls } = logWith([notLeader, notLeader, offsets]);
    await expect(endOffsets(log, 'rules')).resolves.toEqual(new Map([[0, 7n]]));
    expect(calls()).toBe(3);
  });

  it('fails at once on an error Kafka calls final', async () => {
    const { log, calls } = logWith([() => { throw Object.assign(new Error('Topic authorization failed'), { retriable: false }); }]);
    await expect(endOffsets(log, 'rules')).rejects.toThrow('Topic authorization failed');
    expect(calls()).toBe(1);
  });
});
