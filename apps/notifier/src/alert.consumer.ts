import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { AlertEvent, Topics } from '@sitrep/contracts';
import { decodeEvent } from '@sitrep/messaging';
import { metrics } from '@sitrep/observability';
import { RuleStore } from '@sitrep/rule-store';
import { DeliveryTarget } from './channels/channel';
import { DeliveryService } from './delivery.service';

/** alerts → deliver by each channel of the rule → deliveries. */
@Controller()
export class AlertConsumer {
  constructor(private readonly rules: RuleStore, private readonly delivery: DeliveryService) {}

  @EventPattern(Topics.alerts)
  async handle(@Payload() payload: unknown): Promise<void> {
    const alert = decodeEvent(AlertEvent, payload);
    const rule = this.rules.get(alert.ruleId);
    if (!rule) {
      metrics.dropped.inc({ stage: 'notifier', reason: 'rule_deleted' });
      return;
    }
    const targets: DeliveryTarget[] = [
      ...(rule.channels.email ?? []).map((address) => ({ channel: 'email' as const, address })),
      ...(rule.channels.webhooks ?? []).map((w) => ({ channel: 'webhook' as const, address: w.url, secret: w.secret })),
    ];
    await this.delivery.deliver(alert, targets);
  }
}
