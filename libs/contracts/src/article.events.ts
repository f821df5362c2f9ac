import { Type } from 'class-transformer';
import {
  IsDateString, IsNotEmpty, IsOptional, IsString, IsUrl, Length, Matches, MaxLength, ValidateNested,
} from 'class-validator';
import { EventEnvelope } from './envelope';

/** Size limits of one article (documented in README; the HTTP body limit is separate). */
export const ARTICLE_LIMITS = {
  idMax: 200,
  sourceMax: 200,
  urlMax: 2048,
  titleMax: 1000,
  bodyMax: 200_000,
} as const;

/** An article as producers send it: `POST /v1/articles` items and bare messages on articles.raw. */
export class ArticleInput {
  @IsOptional() @IsString() @Length(1, ARTICLE_LIMITS.idMax)
  @Matches(/^[\x21-\x7e]+$/, { message: 'id must be printable ASCII without spaces' })
  id?: string;

  @IsString() @IsNotEmpty() @MaxLength(ARTICLE_LIMITS.sourceMax) source!: string;

  @IsString() @MaxLength(ARTICLE_LIMITS.urlMax)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false }, { message: 'url must be an absolute http(s) URL' })
  url!: string;

  @IsString() @IsNotEmpty() @MaxLength(ARTICLE_LIMITS.titleMax) title!: string;

  @IsString() @IsNotEmpty() @MaxLength(ARTICLE_LIMITS.bodyMax) body!: string;

  @IsDateString({ strict: true }, { message: 'publishedAt must be an ISO 8601 date-time' }) publishedAt!: string;

  @IsOptional() @IsString() @Matches(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { message: 'language must be a BCP 47 tag such as "en" or "ar"' })
  language?: string;
}

/** An accepted article: the id is always set (derived from the canonical URL when absent). */
export class Article extends ArticleInput {
  @IsString() @IsNotEmpty() declare id: string;
  /** When Sitrep first saw it (ingest time); the start of every latency we measure. */
  @IsDateString() receivedAt!: string;
}

/** articles.raw */
export class ArticleReceivedEvent extends EventEnvelope {
  @ValidateNested() @Type(() => Article) article!: Article;
}
