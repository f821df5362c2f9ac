import { Module } from '@nestjs/common';
import { ArchiveModule } from '@sitrep/archive';
import { IncidentArchiveConsumer } from './incident.consumer';
import { RetentionScheduler } from './retention.scheduler';

/** incidents → PostgreSQL history, full text, rollups → signals. State is in PostgreSQL: add instances freely. */
@Module({
  imports: [ArchiveModule.forRoot({ migrate: true })],
  controllers: [IncidentArchiveConsumer],
  providers: [RetentionScheduler],
})
export class ArchiverModule {}
