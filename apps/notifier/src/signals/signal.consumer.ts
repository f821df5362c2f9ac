import { Controller, Logger } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { AlertEvent, newEnvelope, SignalEvent, Topics } from '@sitrep/contracts';
import { decodeEvent, Publisher } from '@sitrep/messaging';
import { metrics } from '@sitrep/observability';
import { RuleStore } from '@sitrep/rule-store';
import { ruleWantsSignal } from './signal-route';

/**
 * signals → alerts for the rules subscribed to them (v1.1 `signals`), one per rule and signal:
 * the alert id `<rule>:signal:<signal id>` is the send ledger's key, so a signal published again
 * sends nothing more. The alert goes the way of every alert (hold, channels, deliveries).
 */
@Controller()
export class SignalConsumer {
  private readonly log = new Logger(SignalConsumer.name);

  constructor(private readonly rules: RuleStore, private readonly publisher: Publisher) {}

  @EventPattern(Topics.signals)
  async handle(@Payload() payload: unknown): Promise<void> {
    const event = decodeEvent(SignalEvent, payload);
    const { signal, incident } = event;
    if (!incident) {
      metrics.dropped.inc({ stage: 'notifier', reason: 'signal_without_incident' });
      return;
    }
    const rules = this.rules.list().filter((r) => ruleWantsSignal(r, signal));
    if (rules.length === 0) {
      metrics.dropped.inc({ stage: 'notifier', reason: 'no_rule' });
      return;
    }
    await this.publisher.publish(Topics.alerts, rules.map((rule) => {
      const alert: AlertEvent = {
        ...newEnvelope(event.correlationId),
        alertId: `${rule.id}:signal:${signal.id}`,
        ruleId: rule.id,
        ruleName: rule.name,
        level: incident.level,
        incident,
        reason: { signal: signal.kind, summary: signal.summary },
        articleReceivedAt: event.occurredAt,
        signal,
      };
      return { key: alert.alertId, value: alert, headers: { 'x-correlation-id': event.correlationId } };
    }));
    this.log.log({ msg: 'signal alerts', signalId: signal.id, rules: rules.map((r) => r.id), correlationId: event.correlationId });
  }
}
