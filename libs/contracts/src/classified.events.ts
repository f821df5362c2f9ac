import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { Article } from './article.events';
import { Classification } from './classification.types';
import { CorrelationFeatures } from './correlation-features';
import { EventEnvelope } from './envelope';

/** articles.classified */
export class ArticleClassifiedEvent extends EventEnvelope {
  @ValidateNested() @Type(() => Article) article!: Article;
  @ValidateNested() @Type(() => Classification) classification!: Classification;
  /** Text features for the correlator, computed by the classifier (issue 17); `article.body` is then only the lead. */
  @IsOptional() @ValidateNested() @Type(() => CorrelationFeatures) correlation?: CorrelationFeatures;
}
