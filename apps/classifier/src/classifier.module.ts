import { Module } from '@nestjs/common';
import { ClassificationEngine } from '@sitrep/classification';
import { SITREP_CONFIG, SitrepConfig } from '@sitrep/config';
import { ArticleRawConsumer } from './article-raw.consumer';

/** articles.raw → articles.classified. The engine is built once (gazetteer in memory) and is stateless. */
@Module({
  controllers: [ArticleRawConsumer],
  providers: [{
    provide: ClassificationEngine,
    useFactory: (config: SitrepConfig) => ClassificationEngine.create({ gazetteerCache: config.gazetteerCache }),
    inject: [SITREP_CONFIG],
  }],
})
export class ClassifierModule {}
