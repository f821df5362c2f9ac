import { Module } from '@nestjs/common';
import { ClassificationEngine } from '@sitrep/classification';
import { ArticleRawConsumer } from './article-raw.consumer';

/** articles.raw → articles.classified. The engine is built once (gazetteer in memory) and is stateless. */
@Module({
  controllers: [ArticleRawConsumer],
  providers: [{ provide: ClassificationEngine, useFactory: () => ClassificationEngine.create() }],
})
export class ClassifierModule {}
