import { Inject, Injectable } from '@nestjs/common';
import { AlertEvent, Rule } from '@sitrep/contracts';
import { digestWindowEnd, isInQuietHours, quietHoursEnd } from '@sitrep/rules';
import { NOTIFIER_OPTIONS, NotifierOptions } from '../notifier.options';
import { singleUnit } from './delivery-unit';
import { JobSchedule } from './job-schedule';
import { UnitStore } from './unit.store';

export type HoldDecision = { held: false } | { held: true; reason: 'digest' | 'quiet_hours'; until: Date };

/**
 * Digests and quiet hours: instead of sending now, keep the alert in Redis and put a job on
 * the schedule for when it may go: the digest window's end (pushed past quiet hours), or the
 * end of the quiet hours on the subscriber's clock.
 */
@Injectable()
export class HoldPolicy {
  constructor(
    private readonly units: UnitStore,
    private readonly schedule: JobSchedule,
    @Inject(NOTIFIER_OPTIONS) private readonly options: NotifierOptions,
  ) {}

  async apply(rule: Rule, alert: AlertEvent): Promise<HoldDecision> {
    const now = new Date(this.options.now());
    const policy = rule.policy;
    const quiet = policy?.quietHours;
    const mode = policy?.digest ?? 'immediate';
    if (mode !== 'immediate') {
      const windowEnd = digestWindowEnd(mode, now, quiet?.timeZone ?? policy?.timeZone ?? 'UTC');
      const sendAt = quiet ? quietHoursEnd(quiet, windowEnd) : windowEnd;
      const e = windowEnd.toISOString();
      await this.units.collect(rule.id, e, alert);
      // NX: the first alert of the window sets when the digest goes; redeliveries change nothing.
      await this.schedule.add({ k: 'digest', r: rule.id, e }, sendAt.getTime(), true);
      return { held: true, reason: 'digest', until: sendAt };
    }
    if (quiet && isInQuietHours(quiet, now)) {
      const until = quietHoursEnd(quiet, now);
      await this.units.saveOnce(singleUnit(alert));
      await this.schedule.add({ k: 'release', u: alert.alertId }, until.getTime(), true);
      return { held: true, reason: 'quiet_hours', until };
    }
    return { held: false };
  }
}
