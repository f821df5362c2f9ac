import { Controller, Logger } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { AlertEvent, IncidentEvent, newEnvelope, Topics } from '@sitrep/contracts';
import { decodeEvent, Publisher } from '@sitrep/messaging';
import { metrics } from '@sitrep/observability';
import { alertId } from '@sitrep/rules';
import { ContextStage } from './stages/context.stage';
import { MuteStage } from './stages/mute.stage';
import { RouteStage } from './stages/route.stage';
import { Candidate, DropReason, Stage } from './stages/stage';
import { ThrottleStage } from './stages/throttle.stage';

/** incidents → route → mute → throttle → context → alerts (one per rule, incident and level). */
@Controller()
export class IncidentConsumer {
  private readonly log = new Logger(IncidentConsumer.name);
  private readonly stages: Stage[];
  /** The event of each incident being handled now, by incident id (see `handle`). */
  private readonly inFlight = new Map<string, Promise<void>>();

  constructor(route: RouteStage, mute: MuteStage, private readonly throttle: ThrottleStage, context: ContextStage, private readonly publisher: Publisher) {
    this.stages = [route, mute, throttle, context];
  }

  /**
   * Events of one incident are handled one after another (events of different incidents still
   * in parallel). Updates of an incident come in bursts, and two of them handled at once both
   * win this instance's pending throttle claim, so the same alert was published twice, then
   * consumed, stored and dropped as a duplicate by the send ledger. One after the other, the
   * second finds the first one's claim done and drops at once, exactly as if the partition were
   * read one message at a time.
   */
  @EventPattern(Topics.incidents)
  async handle(@Payload() payload: unknown): Promise<void> {
    const event = decodeEvent(IncidentEvent, payload);
    const id = event.incident.id;
    const before = this.inFlight.get(id);
    const run = before ? before.then(() => this.process(event)) : this.process(event);
    const settled = run.then(ignore, ignore);
    this.inFlight.set(id, settled);
    try {
      await run;
    } finally {
      if (this.inFlight.get(id) === settled) this.inFlight.delete(id);
    }
  }

  private async process(event: IncidentEvent): Promise<void> {
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

function ignore(): void {
  // the outcome is the waiting handler's own concern; the next one only waits for it
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
