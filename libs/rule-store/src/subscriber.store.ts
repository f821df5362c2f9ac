import { Injectable, Logger } from '@nestjs/common';
import { Subscriber } from '@sitrep/contracts';
import { decodeEvent } from '@sitrep/messaging';
import { CompactedLog } from './compacted-log';
import { SUBSCRIBER_PREFIX } from './record-keys';

/** Subscribers (name, email, webhooks with secrets), durable in the `rules` topic under `subscriber:<id>`. */
@Injectable()
export class SubscriberStore {
  private readonly log = new Logger(SubscriberStore.name);

  constructor(private readonly records: CompactedLog) {}

  list(): Subscriber[] {
    return this.records
      .entries()
      .filter(([k]) => k.startsWith(SUBSCRIBER_PREFIX))
      .map(([k, v]) => this.decode(k, v))
      .filter((s): s is Subscriber => s !== null);
  }

  get(id: string): Subscriber | undefined {
    const value = this.records.get(SUBSCRIBER_PREFIX + id);
    return value === undefined ? undefined : this.decode(id, value) ?? undefined;
  }

  async save(subscriber: Subscriber): Promise<Subscriber> {
    await this.records.put(SUBSCRIBER_PREFIX + subscriber.id, subscriber);
    return subscriber;
  }

  remove(id: string): Promise<boolean> {
    return this.records.delete(SUBSCRIBER_PREFIX + id);
  }

  private decode(key: string, value: unknown): Subscriber | null {
    try {
      return decodeEvent(Subscriber, value);
    } catch (e) {
      this.log.error({ msg: 'unreadable subscriber; skipped', key, error: String(e) });
      return null;
    }
  }
}
