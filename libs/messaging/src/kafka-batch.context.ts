import { BaseRpcContext } from '@nestjs/microservices';
import { KafkaMessage } from 'kafkajs';

type Args = [message: KafkaMessage, topic: string, partition: number];

/** What a handler can know about the message it is handling (inject with `@Ctx()`). */
export class KafkaBatchContext extends BaseRpcContext<Args> {
  getMessage(): KafkaMessage {
    return this.args[0];
  }
  /** The logical topic name (without any deployment prefix). */
  getTopic(): string {
    return this.args[1];
  }
  getPartition(): number {
    return this.args[2];
  }
  header(name: string): string | undefined {
    const v = this.args[0].headers?.[name];
    if (v === undefined) return undefined;
    return Array.isArray(v) ? String(v[0]) : String(v);
  }
}
