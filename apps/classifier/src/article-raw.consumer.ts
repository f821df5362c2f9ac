import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { ClassificationEngine } from '@sitrep/classification';
import { Article, ArticleReceivedEvent, newEnvelope, Topics } from '@sitrep/contracts';
import { decodeEvent, Publisher } from '@sitrep/messaging';
import { ArticleClassifier } from './article.classifier';

/** articles.raw → classify → articles.classified. */
@Controller()
export class ArticleRawConsumer {
  private readonly classifier: ArticleClassifier;

  constructor(engine: ClassificationEngine, private readonly publisher: Publisher) {
    this.classifier = new ArticleClassifier(engine);
  }

  @EventPattern(Topics.articlesRaw)
  async handle(@Payload() payload: unknown): Promise<void> {
    const received = decodeReceived(payload);
    const event = this.classifier.classify(received);
    await this.publisher.publish(Topics.articlesClassified, [
      { key: received.article.id, value: event, headers: { 'x-correlation-id': received.correlationId } },
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
