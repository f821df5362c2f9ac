import { Controller, Logger } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { AlertEvent, Topics } from '@sitrep/contracts';
import { decodeEvent, KafkaBatchContext } from '@sitrep/messaging';
import { metrics } from '@sitrep/observability';
import { RuleStore } from '@sitrep/rule-store';
import { DeliveryService } from './delivery.service';
import { rememberSourceJson, singleUnit } from './delivery/delivery-unit';
import { HoldPolicy } from './delivery/hold.policy';
import { TargetsResolver } from './delivery/targets.resolver';

/** alerts → hold (digest, quiet hours) or deliver by each channel of the rule → deliveries. */
@Controller()
export class AlertConsumer {
  private readonly log = new Logger(AlertConsumer.name);

  constructor(
    private readonly rules: RuleStore,
    private readonly targets: TargetsResolver,
    private readonly hold: HoldPolicy,
    private readonly delivery: DeliveryService,
  ) {}

  @EventPattern(Topics.alerts)
  async handle(@Payload() payload: unknown, @Ctx() context?: KafkaBatchContext): Promise<void> {
    const alert = decodeEvent(AlertEvent, payload);
    // Decoding returned the parsed message itself: its bytes are the alert's JSON (starting with
    // `{`: no byte-order mark or padding that the parser skipped). Properties the whitelist
    // stripped would still be in them; alerts come from the notifier itself, which writes none.
    const value = context?.getMessage().value;
    if (alert === payload && value && value[0] === 0x7b) rememberSourceJson(alert, value);
    const rule = this.rules.get(alert.ruleId);
    if (!rule) {
      metrics.dropped.inc({ stage: 'notifier', reason: 'rule_deleted' });
      return;
    }
    const decision = await this.hold.apply(rule, alert);
    if (decision.held) {
      metrics.dropped.inc({ stage: 'notifier', reason: decision.reason });
      this.log.debug({ msg: 'held', reason: decision.reason, alertId: alert.alertId, until: decision.until.toISOString() });
      return;
    }
    await this.delivery.deliver(singleUnit(alert), this.targets.targetsOf(rule));
  }
}
