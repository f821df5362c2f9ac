import { Controller, Logger } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { Correlator } from '@sitrep/correlation';
import { ArticleClassifiedEvent, IncidentEvent, newEnvelope, Topics } from '@sitrep/contracts';
import { decodeEvent, jsonWithEncoded, Publisher } from '@sitrep/messaging';
import { metrics } from '@sitrep/observability';

/** articles.classified → merge into an incident (Redis) → incidents (opened/updated/escalated). */
@Controller()
export class ArticleClassifiedConsumer {
  private readonly log = new Logger(ArticleClassifiedConsumer.name);

  constructor(private readonly correlator: Correlator, private readonly publisher: Publisher) {}

  @EventPattern(Topics.articlesClassified)
  async handle(@Payload() payload: unknown): Promise<void> {
    const event = decodeEvent(ArticleClassifiedEvent, payload);
    const result = await this.correlator.correlate(event);
    if (result.outcome === 'duplicate') {
      metrics.dropped.inc({ stage: 'correlator', reason: `duplicate_${result.reason}` });
      this.log.debug({ msg: 'duplicate', articleId: event.article.id, reason: result.reason, correlationId: event.correlationId });
      return;
    }
    if (result.outcome === 'not_an_event') {
      // Counted like a duplicate: dropped here with its reason, and the offset committed past it.
      metrics.dropped.inc({ stage: 'correlator', reason: 'not_an_event' });
      this.log.debug({ msg: 'not_an_event', articleId: event.article.id, correlationId: event.correlationId });
      return;
    }
    // 'unchanged': this article was already merged — a redelivery. Its incident event may not
    // have been published (a crash between the Redis commit and the publish), so publish the
    // incident again as 'updated'; alert ids make a repeat harmless downstream.
    const type = result.outcome === 'unchanged' ? 'updated' : result.outcome;
    if (result.outcome === 'unchanged') metrics.dropped.inc({ stage: 'correlator', reason: 'redelivered' });
    const head: Omit<IncidentEvent, 'incident'> = {
      ...newEnvelope(event.correlationId),
      type,
      articleId: event.article.id,
      articleReceivedAt: event.article.receivedAt,
    };
    // The incident as the store encoded it when this call committed it (most events): one
    // JSON.stringify of the record per report instead of two.
    const value = result.incidentJson ? jsonWithEncoded(head, 'incident', result.incidentJson) : { ...head, incident: result.incident };
    await this.publisher.publish(Topics.incidents, [{ key: result.incident.id, value, headers: { 'x-correlation-id': event.correlationId } }]);
    this.log.log({ msg: 'incident', type: result.outcome, incidentId: result.incident.id, articleId: event.article.id, correlationId: event.correlationId });
  }
}
