import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { ClassificationEngine } from '@sitrep/classification';
import { leadOf, ReportFeaturesExtractor } from '@sitrep/correlation';
import { Article, ArticleClassifiedEvent, ArticleReceivedEvent, newEnvelope, Topics } from '@sitrep/contracts';
import { decodeEvent, Publisher } from '@sitrep/messaging';

/** articles.raw → classify → articles.classified. */
@Controller()
export class ArticleRawConsumer {
  /** Correlation features are computed here, where the text is read, once (issue 17). */
  private readonly features = new ReportFeaturesExtractor();

  constructor(private readonly engine: ClassificationEngine, private readonly publisher: Publisher) {}

  @EventPattern(Topics.articlesRaw)
  async handle(@Payload() payload: unknown): Promise<void> {
    const received = decodeReceived(payload);
    const { article } = received;
    const classification = this.engine.classify({ title: article.title, body: article.body, language: article.language });
    // The correlator needs only these features from the text, and nothing after it reads the
    // body: the event carries the lead instead of the whole body (2.9 KB → ~1.6 KB on the bench's
    // articles; docs/correlation.md).
    const correlation = this.features.textFeatures(article.title, article.body);
    const event = Object.assign(new ArticleClassifiedEvent(), {
      ...newEnvelope(received.correlationId),
      article: { ...article, body: leadOf(article.body) },
      classification,
      correlation,
    });
    await this.publisher.publish(Topics.articlesClassified, [
      { key: article.id, value: event, headers: { 'x-correlation-id': received.correlationId } },
    ]);
  }
}

/**
 * Accepts the ingest envelope, or a bare article from a producer writing to Kafka directly
 * (it must then carry its own id; receivedAt defaults to now).
 */
function decodeReceived(payload: unknown): ArticleReceivedEvent {
  if (payload && typeof payload === 'object' && 'article' in payload) return decodeEvent(ArticleReceivedEvent, payload);
  const bare = { receivedAt: new Date().toISOString(), ...(payload as object) };
  const article = decodeEvent(Article, bare);
  return Object.assign(new ArticleReceivedEvent(), {
    ...newEnvelope(article.id, article.receivedAt),
    article,
  });
}
