import { Inject, Injectable, Logger } from '@nestjs/common';
import { DeliveryEvent, DeliveryStatus, newEnvelope, Topics } from '@sitrep/contracts';
import { SITREP_CONFIG, SitrepConfig } from '@sitrep/config';
import { DeadLetterPublisher, PermanentError, Publisher } from '@sitrep/messaging';
import { metrics } from '@sitrep/observability';
import { backoffDelay } from '@sitrep/rules';
import { Channel, DeliveryOutcome, DeliveryTarget, displayTarget, endpointOf } from './channels/channel';
import { EmailChannel } from './channels/email.channel';
import { WebhookChannel } from './channels/webhook.channel';
import { DeliveryUnit } from './delivery/delivery-unit';
import { EndpointGuard } from './delivery/endpoint-guard';
import { Job, jobMember, JobSchedule } from './delivery/job-schedule';
import { SendLedger } from './delivery/send-ledger';
import { targetHash } from './delivery/targets.resolver';
import { UnitStore } from './delivery/unit.store';
import { NOTIFIER_OPTIONS, NotifierOptions } from './notifier.options';

/** Extra lease beyond a channel's own timeout before an in-flight claim counts as abandoned. */
const LEASE_MARGIN_MS = 3_000;
const MAX_BACKOFF_MS = 10 * 60_000;
/** Bound of the memory of parked sends' endpoints (see `reparkIfRefused`). */
const PARKED_MAX = 10_000;

/**
 * Delivers units (one alert, or a digest) to targets, exactly once per (unit, target):
 * - the send ledger is claimed before sending and confirmed after; redelivery, restarts and
 *   other instances find the claim and send nothing;
 * - a retryable failure (network, timeout, 5xx, 429 with Retry-After) schedules the next attempt
 *   on the Redis schedule with exponential backoff and full jitter, and returns at once: no
 *   Kafka partition waits for a retry;
 * - after the last attempt, or on a final failure (4xx, refused target), the alert goes to
 *   alerts.dlq; every attempt is recorded on `deliveries`;
 * - a send interrupted by a crash has an unknown outcome: the receiver may have it or not. It is
 *   sent again after the lease runs out, with the same delivery id (`Sitrep-Delivery-Id`, and
 *   for email the same Message-ID), as the next attempt: a receiver drops the repeat, and no
 *   alert is lost. Only when the attempts are spent does it go to alerts.dlq.
 */
@Injectable()
export class DeliveryService {
  private readonly log = new Logger(DeliveryService.name);
  private readonly channels: Record<string, Channel>;
  /** Sends this instance parked (endpoint busy or breaker open): job member → endpoint. */
  private readonly parked = new Map<string, string>();
  /** Deliveries this instance is sending right now (see the 'unknown' claim below). */
  private readonly sending = new Set<string>();

  constructor(
    email: EmailChannel,
    webhook: WebhookChannel,
    private readonly ledger: SendLedger,
    private readonly units: UnitStore,
    private readonly guard: EndpointGuard,
    private readonly schedule: JobSchedule,
    @Inject(SITREP_CONFIG) private readonly config: SitrepConfig,
    @Inject(NOTIFIER_OPTIONS) private readonly options: NotifierOptions,
    private readonly publisher: Publisher,
    private readonly deadLetters: DeadLetterPublisher,
  ) {
    this.channels = { email, webhook };
  }

  /** First attempt of a unit to each target, in parallel. The unit is stored for any retry. */
  async deliver(unit: DeliveryUnit, targets: DeliveryTarget[]): Promise<void> {
    const stored = await this.units.saveOnce(unit);
    await Promise.all(targets.map((t) => this.attempt(stored, t, 1)));
  }

  /** One attempt of one (unit, target); never throws for the send's own failure. */
  async attempt(unit: DeliveryUnit, target: DeliveryTarget, attempt: number): Promise<void> {
    const hash = targetHash(target);
    const deliveryId = `${unit.id}:${target.channel}:${hash}`;
    const job: Job = { k: 'send', u: unit.id, c: target.channel, t: hash, a: attempt };
    const channel = this.channels[target.channel];
    const now = this.options.now();

    const endpoint = endpointOf(target);
    const permit = this.guard.acquire(endpoint);
    if (!permit.ok) {
      // Not an attempt: the endpoint is failing or saturated. Wait on the schedule, not in line.
      const member = jobMember(job);
      await this.ledger.park(deliveryId, attempt, permit.retryAt, member);
      if (this.parked.size >= PARKED_MAX) this.parked.clear();
      this.parked.set(member, endpoint);
      metrics.dropped.inc({ stage: 'notifier', reason: permit.reason });
      return;
    }
    if (this.parked.size) this.parked.delete(jobMember(job));
    let success = false;
    const deadline = now + channel.timeoutMs + LEASE_MARGIN_MS;
    try {
      const claim = await this.ledger.claim(deliveryId, attempt, deadline, now, jobMember(job));
      if (claim.result === 'busy') return; // another instance is sending it; its recovery job watches it
      if (claim.result === 'done') {
        metrics.dropped.inc({ stage: 'notifier', reason: 'duplicate' });
        await this.schedule.remove(job); // a stale job of this attempt, if any
        return;
      }
      let claimed = claim.value;
      let sendAttempt = attempt;
      if (claim.result === 'unknown') {
        // Past its lease but still being sent by this very process (a stalled event loop made
        // the send outlive its deadline): not interrupted. Its own settle removes the recovery job.
        if (this.sending.has(deliveryId)) return;
        const resumed = await this.resumeInterrupted(unit, target, deliveryId, claim.value, job, deadline);
        if (!resumed) return;
        ({ claimed, attempt: sendAttempt } = resumed);
      }

      this.sending.add(deliveryId);
      try {
        const outcome = await channel.send(unit, target, deliveryId);
        success = outcome.ok;
        const sendJob = sendAttempt === attempt ? job : ({ ...job, a: sendAttempt } as Job);
        await this.settle(unit, target, deliveryId, sendAttempt, claimed, sendJob, outcome);
      } finally {
        this.sending.delete(deliveryId);
      }
    } finally {
      permit.release(success);
    }
  }

  /**
   * A send job this instance parked, come due while its endpoint still refuses sends: parked
   * again as `attempt` would park it, but without reading and parsing its unit (the incident)
   * first. A saturated endpoint's backlog cycles through the schedule every 200-500 ms, so this
   * is most of what that waiting costs. False when the endpoint would take the send now, or the
   * send was not parked by this instance: then the job runs as usual. `admitted` counts, per
   * endpoint, the jobs of the same poll let through so far (they have not taken their slot yet).
   */
  async reparkIfRefused(job: Extract<Job, { k: 'send' }>, admitted: Map<string, number>): Promise<boolean> {
    const member = jobMember(job);
    const endpoint = this.parked.get(member);
    if (endpoint === undefined) return false;
    const coming = admitted.get(endpoint) ?? 0;
    const refused = this.guard.wouldRefuse(endpoint, coming);
    if (!refused) {
      admitted.set(endpoint, coming + 1);
      return false;
    }
    await this.ledger.park(`${job.u}:${job.c}:${job.t}`, job.a, refused.retryAt, member);
    metrics.dropped.inc({ stage: 'notifier', reason: refused.reason });
    return true;
  }

  private async settle(unit: DeliveryUnit, target: DeliveryTarget, deliveryId: string, attempt: number, claimed: string, job: Job, outcome: DeliveryOutcome): Promise<void> {
    const member = jobMember(job);
    if (outcome.ok) {
      await this.ledger.finish(deliveryId, claimed, `sent|${attempt}`, member);
      await this.record(unit, target, deliveryId, 'sent', attempt, null);
      for (const a of unit.alerts) metrics.ingestToAlert.observe({ channel: target.channel }, (Date.now() - Date.parse(a.articleReceivedAt)) / 1000);
      this.log.log({ msg: 'delivered', unitId: unit.id, channel: target.channel, target: displayTarget(target), attempts: attempt });
      return;
    }
    const max = this.config.delivery.maxAttempts;
    if (outcome.retryable && attempt < max) {
      const backoff = backoffDelay(attempt, { baseMs: this.config.delivery.backoffBaseMs, maxMs: MAX_BACKOFF_MS });
      const delay = Math.min(MAX_BACKOFF_MS, Math.max(backoff, outcome.retryAfterMs ?? 0));
      const next: Job = { ...job, a: attempt + 1 } as Job;
      await this.ledger.retryLater(deliveryId, claimed, attempt + 1, this.options.now() + delay, member, jobMember(next));
      await this.record(unit, target, deliveryId, 'retrying', attempt, outcome.reason);
      return;
    }
    await this.ledger.finish(deliveryId, claimed, `failed|${attempt}`, member);
    const status: DeliveryStatus = outcome.refused ? 'refused' : 'failed';
    await this.record(unit, target, deliveryId, status, attempt, outcome.reason);
    await this.deadLetter(unit, target, deliveryId, outcome.refused ? 'target_refused' : 'delivery_failed', outcome.reason, attempt);
  }

  /**
   * The claim's owner stopped mid-send (its lease ran out): the receiver may or may not have the
   * alert. Losing it is worse than a repeat the receiver can recognise, so it is sent again with
   * the same delivery id as the next attempt (compare-and-set on the dead claim, so one instance
   * resumes it). With no attempt left it is recorded as failed and dead-lettered.
   */
  private async resumeInterrupted(
    unit: DeliveryUnit, target: DeliveryTarget, deliveryId: string, claimed: string, job: Job, deadline: number,
  ): Promise<{ claimed: string; attempt: number } | null> {
    const interruptedAttempt = Number(claimed.split('|')[2] ?? 1);
    const reason = 'interrupted mid-send (the notifier stopped): outcome unknown';
    const next = interruptedAttempt + 1;
    const member = jobMember({ ...job, a: interruptedAttempt } as Job);
    if (next > this.config.delivery.maxAttempts) {
      if (!(await this.ledger.finish(deliveryId, claimed, `failed|${interruptedAttempt}`, member))) return null;
      await this.record(unit, target, deliveryId, 'failed', interruptedAttempt, `${reason}; no attempt left`);
      await this.deadLetter(unit, target, deliveryId, 'delivery_interrupted', reason, interruptedAttempt);
      return null;
    }
    const inflight = `inflight|${deadline}|${next}`;
    const nextMember = jobMember({ ...job, a: next } as Job);
    if (!(await this.ledger.resume(deliveryId, claimed, inflight, member, nextMember, deadline))) return null;
    metrics.dropped.inc({ stage: 'notifier', reason: 'resent_after_interruption' });
    await this.record(unit, target, deliveryId, 'retrying', interruptedAttempt, `${reason}: sending again with the same delivery id`);
    return { claimed: inflight, attempt: next };
  }

  private async deadLetter(unit: DeliveryUnit, target: DeliveryTarget, deliveryId: string, code: string, reason: string, attempts: number): Promise<void> {
    for (const alert of unit.alerts) {
      await this.deadLetters.send({
        source: Topics.alerts,
        topic: Topics.alertsDlq,
        key: alert.alertId,
        value: alert,
        error: new PermanentError(code, `${target.channel} ${displayTarget(target)}: ${reason}`),
        attempts,
        headers: { 'x-delivery-id': deliveryId, 'x-channel': target.channel, 'x-target': displayTarget(target) },
      });
    }
  }

  private async record(unit: DeliveryUnit, target: DeliveryTarget, deliveryId: string, status: DeliveryStatus, attempts: number, lastError: string | null): Promise<void> {
    metrics.deliveries.inc({ channel: target.channel, status });
    const sentAt = Date.now();
    // A digest is recorded once per alert in it, so GET /v1/deliveries?incident= finds it.
    const records = unit.alerts.map((alert) => {
      const id = unit.digest ? `${deliveryId}/${alert.alertId}` : deliveryId;
      const record = Object.assign(new DeliveryEvent(), {
        ...newEnvelope(alert.correlationId, new Date(sentAt).toISOString()),
        id,
        alertId: alert.alertId,
        ruleId: alert.ruleId,
        incidentId: alert.incident.id,
        level: alert.level,
        channel: target.channel,
        target: displayTarget(target),
        status,
        attempts,
        lastError: lastError ? lastError.slice(0, 500) : null,
        latencyMs: status === 'sent' ? sentAt - Date.parse(alert.articleReceivedAt) : null,
      });
      return { key: id, value: record };
    });
    await this.publisher.publish(Topics.deliveries, records);
  }
}
