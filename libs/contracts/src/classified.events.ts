import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { Article } from './article.events';
import { Classification } from './classification.types';
import { EventEnvelope } from './envelope';

/** articles.classified */
export class ArticleClassifiedEvent extends EventEnvelope {
  @ValidateNested() @Type(() => Article) article!: Article;
  @ValidateNested() @Type(() => Classification) classification!: Classification;
}
