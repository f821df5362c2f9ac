import { Controller, Logger } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { AlertEvent, IncidentEvent, newEnvelope, Topics } from '@sitrep/contracts';
import { decodeEvent, Publisher } from '@sitrep/messaging';
import { metrics } from '@sitrep/observability';
import { alertId } from '@sitrep/rules';
import { MuteStage } from './stages/mute.stage';
import { RouteStage } from './stages/route.stage';
import { Candidate, DropReason, Stage } from './stages/stage';
import { ThrottleStage } from './stages/throttle.stage';

/** incidents → route → mute → throttle → alerts (one per rule, incident and level). */
@Controller()
export class IncidentConsumer {
  private readonly log = new Logger(IncidentConsumer.name);
  private readonly stages: Stage[];

  constructor(route: RouteStage, mute: MuteStage, private readonly throttle: ThrottleStage, private readonly publisher: Publisher) {
    this.stages = [route, mute, throttle];
  }

  @EventPattern(Topics.incidents)
  async handle(@Payload() payload: unknown): Promise<void> {
    const event = decodeEvent(IncidentEvent, payload);
    let candidates: Candidate[] = [{ rule: undefined as never, event, incident: event.incident, reason: {} }];
    const drop = (c: Candidate, reason: DropReason) => {
      metrics.dropped.inc({ stage: 'notifier', reason });
      this.log.debug({ msg: 'dropped', reason, ruleId: c.rule?.id, incidentId: c.incident.id });
    };
    for (const stage of this.stages) {
      candidates = await stage.process(candidates, drop);
      if (candidates.length === 0) return;
    }
    await this.publisher.publish(Topics.alerts, candidates.map((c) => toAlert(c)));
    await this.throttle.confirm(candidates);
  }
}

function toAlert(c: Candidate) {
  const id = alertId(c.rule.id, c.incident.id, c.incident.level);
  const alert = Object.assign(new AlertEvent(), {
    ...newEnvelope(c.event.correlationId),
    alertId: id,
    ruleId: c.rule.id,
    ruleName: c.rule.name,
    level: c.incident.level,
    incident: c.incident,
    reason: { ...c.reason, change: c.event.type },
    articleReceivedAt: c.event.articleReceivedAt,
  });
  return { key: id, value: alert, headers: { 'x-correlation-id': c.event.correlationId } };
}
