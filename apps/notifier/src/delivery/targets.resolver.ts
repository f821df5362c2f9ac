import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { Rule } from '@sitrep/contracts';
import { SubscriberStore } from '@sitrep/rule-store';
import { DeliveryTarget } from '../channels/channel';
import { memoize } from '../memo';

const hashOf = memoize((channelAndAddress: string) => createHash('sha256').update(channelAndAddress).digest('hex').slice(0, 16));

export function targetHash(target: DeliveryTarget): string {
  return hashOf(`${target.channel}\n${target.address}`);
}

/** A rule's targets: its own email addresses and webhooks, and those of its subscribers; each once. */
@Injectable()
export class TargetsResolver {
  constructor(private readonly subscribers: SubscriberStore) {}

  targetsOf(rule: Rule): DeliveryTarget[] {
    const all: DeliveryTarget[] = [
      ...(rule.channels.email ?? []).map((address) => ({ channel: 'email' as const, address })),
      ...(rule.channels.webhooks ?? []).map((w) => ({ channel: 'webhook' as const, address: w.url, secret: w.secret, format: w.format })),
    ];
    for (const id of rule.subscribers ?? []) {
      const s = this.subscribers.get(id);
      if (!s) continue;
      if (s.email) all.push({ channel: 'email', address: s.email });
      for (const w of s.webhooks ?? []) all.push({ channel: 'webhook', address: w.url, secret: w.secret, format: w.format });
    }
    const seen = new Set<string>();
    return all.filter((t) => {
      const h = targetHash(t);
      if (seen.has(h)) return false;
      seen.add(h);
      return true;
    });
  }
}
