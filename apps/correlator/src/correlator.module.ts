import { Module } from '@nestjs/common';
import { Correlator, IncidentStore, incidentStoreProvider } from '@sitrep/correlation';
import { ArticleClassifiedConsumer } from './article-classified.consumer';

/** articles.classified → incidents. All state is in Redis, so instances can be added freely. */
@Module({
  controllers: [ArticleClassifiedConsumer],
  providers: [
    incidentStoreProvider,
    { provide: Correlator, inject: [IncidentStore], useFactory: (store: IncidentStore) => new Correlator(store) },
  ],
  exports: [IncidentStore],
})
export class CorrelatorModule {}
