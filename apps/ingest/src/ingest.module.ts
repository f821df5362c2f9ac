import { Module } from '@nestjs/common';
import { ArticleIntakeService } from './article-intake.service';
import { ArticlesController } from './articles.controller';
import { FeedPollerService } from './feeds/feed-poller.service';

/** HTTP and RSS/Atom feeds in → articles.raw. Needs the global config and messaging modules. */
@Module({ controllers: [ArticlesController], providers: [ArticleIntakeService, FeedPollerService], exports: [ArticleIntakeService] })
export class IngestModule {}
