import { DynamicModule, Module } from '@nestjs/common';
import { ArchiveModule } from '@sitrep/archive';
import { RuleStoreModule } from '@sitrep/rule-store';
import { AlertConsumer } from './alert.consumer';
import { EmailChannel } from './channels/email.channel';
import { MailTransport } from './channels/mail-transport';
import { WebhookChannel } from './channels/webhook.channel';
import { DeliveryService } from './delivery.service';
import { EndpointGuard } from './delivery/endpoint-guard';
import { HoldPolicy } from './delivery/hold.policy';
import { JobSchedule } from './delivery/job-schedule';
import { SendLedger } from './delivery/send-ledger';
import { TargetsResolver } from './delivery/targets.resolver';
import { UnitStore } from './delivery/unit.store';
import { IncidentConsumer } from './incident.consumer';
import { DEFAULT_NOTIFIER_OPTIONS, NOTIFIER_OPTIONS, NotifierOptions } from './notifier.options';
import { RuleMatcher } from './rule-matcher.service';
import { SchedulePoller } from './schedule.poller';
import { SignalConsumer } from './signals/signal.consumer';
import { ContextStage } from './stages/context.stage';
import { MuteStage } from './stages/mute.stage';
import { RouteStage } from './stages/route.stage';
import { ThrottleStage } from './stages/throttle.stage';

/** incidents + signals + rules → alerts → (hold) → email / webhook → deliveries. */
@Module({
  imports: [RuleStoreModule, ArchiveModule.forRoot({ migrate: false, poolSize: 3 })],
  controllers: [IncidentConsumer, AlertConsumer, SignalConsumer],
  providers: [
    { provide: NOTIFIER_OPTIONS, useValue: DEFAULT_NOTIFIER_OPTIONS },
    RuleMatcher,
    RouteStage,
    MuteStage,
    ThrottleStage,
    ContextStage,
    MailTransport,
    EmailChannel,
    WebhookChannel,
    JobSchedule,
    SendLedger,
    UnitStore,
    EndpointGuard,
    TargetsResolver,
    HoldPolicy,
    DeliveryService,
    SchedulePoller,
  ],
})
export class NotifierModule {
  /** The notifier with some options changed (tests: a movable clock, a fast poll). */
  static withOptions(options: Partial<NotifierOptions>): DynamicModule {
    return { module: NotifierModule, providers: [{ provide: NOTIFIER_OPTIONS, useValue: { ...DEFAULT_NOTIFIER_OPTIONS, ...options } }] };
  }
}
