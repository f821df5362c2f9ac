import { Module } from '@nestjs/common';
import { ArticleIntakeService } from './article-intake.service';
import { ArticlesController } from './articles.controller';

/** HTTP in → articles.raw. Needs the global config and messaging modules. */
@Module({ controllers: [ArticlesController], providers: [ArticleIntakeService], exports: [ArticleIntakeService] })
export class IngestModule {}
