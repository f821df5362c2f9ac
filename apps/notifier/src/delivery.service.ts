import { Inject, Injectable, Logger } from '@nestjs/common';
import Redis from 'ioredis';
import { createHash } from 'node:crypto';
import { randomUUID } from 'node:crypto';
import { AlertEvent, DeliveryEvent, DeliveryStatus, Topics } from '@sitrep/contracts';
import { SITREP_CONFIG, SitrepConfig } from '@sitrep/config';
import { DeadLetterPublisher, PermanentError, Publisher, RetryableError } from '@sitrep/messaging';
import { metrics } from '@sitrep/observability';
import { REDIS } from '@sitrep/redis';
import { backoffDelay } from '@sitrep/rules';
import { Channel, DeliveryOutcome, DeliveryTarget, displayTarget } from './channels/channel';
import { EmailChannel } from './channels/email.channel';
import { WebhookChannel } from './channels/webhook.channel';

const SENT = 'sent';

/**
 * Delivers one alert to every target of its rule, once: a Redis claim per (alert, target) is
 * taken before sending and confirmed after, so redelivery and other instances skip what was
 * sent. Every attempt outcome is recorded on `deliveries`; a target that fails for good sends
 * the alert to alerts.dlq.
 */
@Injectable()
export class DeliveryService {
  private readonly log = new Logger(DeliveryService.name);
  private readonly channels: Record<string, Channel>;
  private readonly prefix: string;

  constructor(
    email: EmailChannel,
    webhook: WebhookChannel,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(SITREP_CONFIG) private readonly config: SitrepConfig,
    private readonly publisher: Publisher,
    private readonly deadLetters: DeadLetterPublisher,
  ) {
    this.channels = { email, webhook };
    this.prefix = `${config.redis.prefix}notifier:delivery:`;
  }

  async deliver(alert: AlertEvent, targets: DeliveryTarget[]): Promise<void> {
    await Promise.all(targets.map((t) => this.deliverTo(alert, t)));
  }

  private async deliverTo(alert: AlertEvent, target: DeliveryTarget): Promise<void> {
    const deliveryId = `${alert.alertId}:${target.channel}:${hash(target.address)}`;
    const key = this.prefix + deliveryId;
    const claimSeconds = Math.ceil((this.config.webhooks.timeoutMs * this.config.delivery.maxAttempts) / 1000) + 60;
    const claimed = await this.redis.set(key, 'pending', 'EX', claimSeconds, 'NX');
    if (!claimed) {
      if ((await this.redis.get(key)) === SENT) {
        metrics.dropped.inc({ stage: 'notifier', reason: 'duplicate' });
        return;
      }
      // Another instance is sending it now; try again later (its claim expires if it died).
      throw new RetryableError('delivery_in_progress', `delivery ${deliveryId} is being sent by another instance`);
    }
    const channel = this.channels[target.channel];
    const started = Date.now();
    let outcome: DeliveryOutcome = { ok: false, retryable: false, reason: 'not attempted' };
    let attempt = 0;
    for (attempt = 1; attempt <= this.config.delivery.maxAttempts; attempt++) {
      outcome = await channel.send(alert, target, deliveryId);
      const last = outcome.ok || !outcome.retryable || attempt === this.config.delivery.maxAttempts;
      const status: DeliveryStatus = outcome.ok ? 'sent' : !last ? 'retrying' : outcome.reason.startsWith('refused') ? 'refused' : 'failed';
      await this.record(alert, target, deliveryId, status, attempt, outcome.ok ? null : outcome.reason);
      if (last) break;
      const retryAfterMs = outcome.ok ? 0 : outcome.retryAfterMs ?? 0;
      const delay = Math.max(retryAfterMs, backoffDelay(attempt, { baseMs: this.config.delivery.backoffBaseMs, maxMs: 30_000, jitter: 'full' }));
      await new Promise((r) => setTimeout(r, Math.min(delay, 60_000)));
    }
    if (outcome.ok) {
      await this.redis.set(key, SENT, 'EX', this.config.incidents.windowSeconds * 2);
      metrics.ingestToAlert.observe({ channel: target.channel }, (Date.now() - Date.parse(alert.articleReceivedAt)) / 1000);
      this.log.log({ msg: 'delivered', alertId: alert.alertId, channel: target.channel, attempts: attempt, ms: Date.now() - started, correlationId: alert.correlationId });
      return;
    }
    // Failed for good: keep the claim (no resend storm) and dead-letter the alert with the reason.
    await this.redis.set(key, `failed:${outcome.reason}`.slice(0, 300), 'EX', this.config.incidents.windowSeconds);
    await this.deadLetters.send({
      source: Topics.alerts,
      topic: Topics.alertsDlq,
      key: alert.alertId,
      value: alert,
      error: new PermanentError(outcome.reason.startsWith('refused') ? 'target_refused' : 'delivery_failed', `${target.channel} ${displayTarget(target)}: ${outcome.reason}`),
      attempts: Math.min(attempt, this.config.delivery.maxAttempts),
      headers: { 'x-delivery-id': deliveryId },
    });
  }

  private async record(alert: AlertEvent, target: DeliveryTarget, id: string, status: DeliveryStatus, attempts: number, lastError: string | null) {
    metrics.deliveries.inc({ channel: target.channel, status });
    const record = Object.assign(new DeliveryEvent(), {
      eventId: randomUUID(),
      occurredAt: new Date().toISOString(),
      schemaVersion: 1,
      correlationId: alert.correlationId,
      id,
      alertId: alert.alertId,
      ruleId: alert.ruleId,
      incidentId: alert.incident.id,
      level: alert.level,
      channel: target.channel,
      target: displayTarget(target),
      status,
      attempts,
      lastError,
      latencyMs: status === 'sent' ? Date.now() - Date.parse(alert.articleReceivedAt) : null,
    });
    await this.publisher.publish(Topics.deliveries, [{ key: id, value: record }]);
  }
}

function hash(s: string): string {
  return createHash('sha256').update(s).digest('hex').slice(0, 16);
}
