import { Controller, Logger } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { AlertEvent, DeliveryEvent, IncidentEvent, Topics } from '@sitrep/contracts';
import { decodeEvent } from '@sitrep/messaging';
import { OpsStatsStore } from '../ops/ops-stats.store';
import { LiveFeedHub } from './live-feed.hub';

/**
 * Feeds the live stream from the api's consumer group (sitrep-api). It only watches: a message it
 * cannot read is logged and skipped, never dead-lettered, because the stage that owns the topic
 * has already handled it. (The DeliveriesConsumer handles `deliveries` too; Nest runs both.)
 */
@Controller()
export class LiveFeedConsumer {
  private readonly log = new Logger(LiveFeedConsumer.name);

  constructor(private readonly hub: LiveFeedHub, private readonly stats: OpsStatsStore) {}

  @EventPattern(Topics.incidents)
  onIncident(@Payload() payload: unknown): void {
    const e = this.read(IncidentEvent, payload, Topics.incidents);
    if (!e) return;
    this.log.debug({ msg: 'live incident', incidentId: e.incident.id, change: e.type, articleId: e.articleId, correlationId: e.correlationId });
    this.hub.publish({ kind: 'incident', change: e.type, articleId: e.articleId, correlationId: e.correlationId, incident: e.incident });
  }

  @EventPattern(Topics.alerts)
  onAlert(@Payload() payload: unknown): void {
    const e = this.read(AlertEvent, payload, Topics.alerts);
    if (!e) return;
    const p = e.incident.primary;
    const place = [p?.city, p?.admin1, p?.country].filter(Boolean).join(', ') || null;
    this.log.debug({ msg: 'live alert', alertId: e.alertId, incidentId: e.incident.id, correlationId: e.correlationId });
    this.hub.publish({
      kind: 'alert', alertId: e.alertId, ruleId: e.ruleId, ruleName: e.ruleName, level: e.level, incidentId: e.incident.id,
      summary: e.incident.summary ?? null, place, correlationId: e.correlationId, at: e.occurredAt,
    });
  }

  @EventPattern(Topics.deliveries)
  async onDelivery(@Payload() payload: unknown): Promise<void> {
    const e = this.read(DeliveryEvent, payload, Topics.deliveries);
    if (!e) return;
    // Throws when Redis fails: the batch server retries, so no outcome is lost from the rates.
    await this.stats.recordDelivery(e.status, e.latencyMs ?? null, Date.parse(e.occurredAt) || Date.now());
    this.hub.publish({
      kind: 'delivery', id: e.id, alertId: e.alertId, incidentId: e.incidentId, channel: e.channel, status: e.status,
      attempts: e.attempts, latencyMs: e.latencyMs ?? null, at: e.occurredAt,
    });
  }

  private read<T extends object>(cls: new () => T, payload: unknown, topic: string): T | null {
    try {
      return decodeEvent(cls, payload);
    } catch (e) {
      this.log.warn({ msg: 'live feed skipped an unreadable event', topic, error: String(e) });
      return null;
    }
  }
}
