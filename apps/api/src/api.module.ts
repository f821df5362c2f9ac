import { Module } from '@nestjs/common';
import { ArchiveModule } from '@sitrep/archive';
import { incidentStoreProvider } from '@sitrep/correlation';
import { OpsHttpModule } from '@sitrep/http';
import { RuleStoreModule } from '@sitrep/rule-store';
import { ApiKeyGuard } from './auth/api-key.guard';
import { DashboardModule } from './dashboard/dashboard.module';
import { DeliveriesConsumer } from './deliveries/deliveries.consumer';
import { DeliveriesController } from './deliveries/deliveries.controller';
import { DeliveryProjection } from './deliveries/delivery.projection';
import { DevMailbox } from './dev-mail/dev-mailbox';
import { DevMailboxController } from './dev-mail/dev-mailbox.controller';
import { SignalsController } from './history/signals.controller';
import { TrendsController } from './history/trends.controller';
import { IncidentExportController } from './incidents/incident-export.controller';
import { IncidentsController } from './incidents/incidents.controller';
import { OpsModule } from './ops/ops.module';
import { DocsController } from './docs/docs.controller';
import { KeysController } from './keys/keys.controller';
import { RulePreviewService } from './rules/rule-preview.service';
import { RulesController } from './rules/rules.controller';
import { SubscribersController } from './subscribers/subscribers.controller';

/** REST, /metrics, health, the dev mailbox; reads history from PostgreSQL, live incidents from Redis and deliveries from Kafka. */
@Module({
  imports: [RuleStoreModule, OpsHttpModule, OpsModule, DashboardModule, ArchiveModule.forRoot({ migrate: false, poolSize: 5 })],
  // IncidentExportController before IncidentsController: /v1/incidents/export must not reach /v1/incidents/:id.
  controllers: [IncidentExportController, IncidentsController, TrendsController, SignalsController, RulesController, KeysController, SubscribersController, DocsController, DeliveriesController, DeliveriesConsumer, DevMailboxController],
  providers: [
    ApiKeyGuard,
    RulePreviewService,
    DeliveryProjection,
    DevMailbox,
    incidentStoreProvider,
  ],
})
export class ApiModule {}
