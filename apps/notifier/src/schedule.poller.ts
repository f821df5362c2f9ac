import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AlertEvent } from '@sitrep/contracts';
import { RuleStore } from '@sitrep/rule-store';
import { DeliveryService } from './delivery.service';
import { DeliveryUnit } from './delivery/delivery-unit';
import { Job, JobSchedule } from './delivery/job-schedule';
import { targetHash, TargetsResolver } from './delivery/targets.resolver';
import { UnitStore } from './delivery/unit.store';
import { NOTIFIER_OPTIONS, NotifierOptions } from './notifier.options';

/** Jobs taken per poll, and how long a taken job stays hidden from other instances. */
const BATCH = 50;
const LEASE_MS = 60_000;

/**
 * Runs what the Redis schedule says is due: retries, digests at the end of their window, alerts
 * held through quiet hours, and the recovery of sends whose instance died. Every instance polls;
 * the schedule hands each job to one of them at a time.
 */
@Injectable()
export class SchedulePoller implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger(SchedulePoller.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;

  constructor(
    private readonly schedule: JobSchedule,
    private readonly units: UnitStore,
    private readonly rules: RuleStore,
    private readonly targets: TargetsResolver,
    private readonly delivery: DeliveryService,
    @Inject(NOTIFIER_OPTIONS) private readonly options: NotifierOptions,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      if (this.running || this.stopped) return;
      this.running = this.pollOnce()
        .then(() => undefined)
        .catch((e) => this.log.warn({ msg: 'schedule poll failed', error: String(e) }))
        .finally(() => (this.running = null));
    }, this.options.pollIntervalMs);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  async pollOnce(): Promise<number> {
    const jobs = await this.schedule.takeDue(this.options.now(), BATCH, LEASE_MS);
    const admitted = new Map<string, number>();
    await Promise.all(jobs.map((j) => this.run(j, admitted).catch((e) => this.log.warn({ msg: 'job failed; it comes back after its lease', job: j, error: String(e) }))));
    return jobs.length;
  }

  private async run(job: Job, admitted: Map<string, number>): Promise<void> {
    if (job.k === 'send') {
      if (await this.delivery.reparkIfRefused(job, admitted)) return;
      const unit = await this.units.get(job.u);
      const rule = unit && this.rules.get(unit.ruleId);
      const target = rule && this.targets.targetsOf(rule).find((t) => t.channel === job.c && targetHash(t) === job.t);
      // The rule, or this target of it, was deleted meanwhile: nothing to send any more.
      if (!unit || !target) return this.schedule.remove(job);
      return this.delivery.attempt(unit, target, job.a);
    }
    if (job.k === 'release') {
      const unit = await this.units.get(job.u);
      const rule = unit && this.rules.get(unit.ruleId);
      if (unit && rule) await this.delivery.deliver(unit, this.targets.targetsOf(rule));
      return this.schedule.remove(job);
    }
    const rule = this.rules.get(job.r);
    const alerts = latestPerIncident(await this.units.collected(job.r, job.e));
    if (rule && alerts.length) {
      const unit: DeliveryUnit = { id: `digest:${job.r}:${job.e}`, ruleId: rule.id, ruleName: rule.name, digest: true, windowEnd: job.e, alerts };
      await this.delivery.deliver(unit, this.targets.targetsOf(rule));
    }
    await this.schedule.remove(job);
  }
}

/** An incident that escalated within the window appears once in its digest, at its highest level. */
function latestPerIncident(alerts: AlertEvent[]): AlertEvent[] {
  const best = new Map<string, AlertEvent>();
  for (const a of alerts) {
    const current = best.get(a.incident.id);
    if (!current || a.level > current.level) best.set(a.incident.id, a);
  }
  return [...best.values()];
}
