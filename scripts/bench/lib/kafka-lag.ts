import { Admin } from 'kafkajs';

/** Messages not yet committed by `groupId` on `topics` (sum over partitions). */
export async function groupLag(admin: Admin, groupId: string, topics: string[]): Promise<number> {
  const [ends, committed] = await Promise.all([
    Promise.all(topics.map(async (t) => ({ topic: t, offsets: await admin.fetchTopicOffsets(t) }))),
    admin.fetchOffsets({ groupId, topics }),
  ]);
  let lag = 0;
  for (const { topic, offsets } of ends) {
    const mine = committed.find((c) => c.topic === topic)?.partitions ?? [];
    for (const p of offsets) {
      const done = Number(mine.find((m) => m.partition === p.partition)?.offset ?? '-1');
      lag += Number(p.high) - Math.max(done, Number(p.low));
    }
  }
  return lag;
}

/** Sum of the high-water marks of a topic: how many messages were ever written to it. */
export async function topicSize(admin: Admin, topic: string): Promise<number> {
  return (await admin.fetchTopicOffsets(topic)).reduce((s, p) => s + Number(p.high) - Number(p.low), 0);
}
