import { Module } from '@nestjs/common';
import { ArchiveModule, IncidentArchive } from '@sitrep/archive';
import { ArchiveWriteBatcher } from './archive-write.batcher';
import { IncidentArchiveConsumer } from './incident.consumer';
import { RetentionScheduler } from './retention.scheduler';

/** incidents → PostgreSQL history, full text, rollups → signals. State is in PostgreSQL: add instances freely. */
@Module({
  imports: [ArchiveModule.forRoot({ migrate: true })],
  controllers: [IncidentArchiveConsumer],
  providers: [RetentionScheduler, { provide: ArchiveWriteBatcher, inject: [IncidentArchive], useFactory: (a: IncidentArchive) => new ArchiveWriteBatcher(a) }],
})
export class ArchiverModule {}
