import { Module } from '@nestjs/common';
import Redis from 'ioredis';
import { SITREP_CONFIG, SitrepConfig } from '@sitrep/config';
import { Correlator, IncidentStore } from '@sitrep/correlation';
import { REDIS } from '@sitrep/redis';
import { ArticleClassifiedConsumer } from './article-classified.consumer';

/** articles.classified → incidents. All state is in Redis, so instances can be added freely. */
@Module({
  controllers: [ArticleClassifiedConsumer],
  providers: [
    {
      provide: IncidentStore,
      inject: [REDIS, SITREP_CONFIG],
      useFactory: (redis: Redis, c: SitrepConfig) =>
        new IncidentStore(redis, { prefix: `${c.redis.prefix}correlator:`, windowMs: c.incidents.windowSeconds * 1000 }),
    },
    { provide: Correlator, inject: [IncidentStore], useFactory: (store: IncidentStore) => new Correlator(store) },
  ],
  exports: [IncidentStore],
})
export class CorrelatorModule {}
