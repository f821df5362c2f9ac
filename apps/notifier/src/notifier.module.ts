import { Module } from '@nestjs/common';
import { RuleStoreModule } from '@sitrep/rule-store';
import { AlertConsumer } from './alert.consumer';
import { EmailChannel } from './channels/email.channel';
import { MailTransport } from './channels/mail-transport';
import { WebhookChannel } from './channels/webhook.channel';
import { DeliveryService } from './delivery.service';
import { IncidentConsumer } from './incident.consumer';
import { RuleMatcher } from './rule-matcher.service';
import { MuteStage } from './stages/mute.stage';
import { RouteStage } from './stages/route.stage';
import { ThrottleStage } from './stages/throttle.stage';

/** incidents + rules → alerts → email / webhook → deliveries. */
@Module({
  imports: [RuleStoreModule],
  controllers: [IncidentConsumer, AlertConsumer],
  providers: [
    RuleMatcher,
    RouteStage,
    { provide: MuteStage, useFactory: () => new MuteStage() },
    ThrottleStage,
    MailTransport,
    EmailChannel,
    WebhookChannel,
    DeliveryService,
  ],
})
export class NotifierModule {}
