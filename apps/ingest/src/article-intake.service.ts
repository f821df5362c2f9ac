import { Injectable, Logger } from '@nestjs/common';
import { Article, articleIdFromUrl, ArticleInput, ArticleReceivedEvent, newEnvelope, Topics } from '@sitrep/contracts';
import { DeadLetterPublisher, decodeEvent, InvalidEventError, Publisher } from '@sitrep/messaging';
import { metrics } from '@sitrep/observability';

export interface IntakeResult {
  accepted: string[];
  rejected: { index: number; errors: string[] }[];
}

/** One item of a request body: parsed JSON, or the text of an NDJSON line that did not parse. */
export type RawItem = { ok: true; value: unknown } | { ok: false; text: string; error: string };

/**
 * Validates articles, gives each an id, publishes the valid ones to articles.raw and the
 * invalid ones, with the reasons, to articles.dlq. Nothing sent to us is dropped.
 */
@Injectable()
export class ArticleIntakeService {
  private readonly log = new Logger(ArticleIntakeService.name);

  constructor(private readonly publisher: Publisher, private readonly deadLetters: DeadLetterPublisher) {}

  async intake(items: RawItem[], source = 'http:/v1/articles'): Promise<IntakeResult> {
    const receivedAt = new Date().toISOString();
    const result: IntakeResult = { accepted: [], rejected: [] };
    const events: ArticleReceivedEvent[] = [];
    const rejects: Promise<void>[] = [];
    items.forEach((item, index) => {
      try {
        const input = item.ok ? decodeEvent(ArticleInput, item.value) : fail(item.error);
        const article = Object.assign(new Article(), input, {
          id: input.id ?? articleIdFromUrl(input.url),
          receivedAt,
        });
        events.push(toEvent(article));
        result.accepted.push(article.id);
      } catch (e) {
        const errors = e instanceof InvalidEventError ? e.errors : [String(e)];
        result.rejected.push({ index, errors });
        rejects.push(
          this.deadLetters.send({
            source,
            topic: Topics.articlesDlq,
            key: null,
            value: item.ok ? JSON.stringify(item.value) ?? 'null' : item.text,
            error: e instanceof InvalidEventError ? e : new InvalidEventError(errors),
            attempts: 1,
            headers: { 'x-original-index': String(index) },
          }),
        );
      }
    });
    await Promise.all([
      this.publisher.publish(
        Topics.articlesRaw,
        events.map((e) => ({ key: e.article.id, value: e, headers: { 'x-correlation-id': e.correlationId } })),
      ),
      ...rejects,
    ]);
    metrics.processed.inc({ stage: 'ingest', topic: Topics.articlesRaw, outcome: 'ok' }, events.length);
    if (result.rejected.length) metrics.dropped.inc({ stage: 'ingest', reason: 'invalid' }, result.rejected.length);
    this.log.log({ msg: 'intake', accepted: result.accepted.length, rejected: result.rejected.length });
    return result;
  }
}

function fail(error: string): never {
  throw new InvalidEventError([error]);
}

function toEvent(article: Article): ArticleReceivedEvent {
  return Object.assign(new ArticleReceivedEvent(), {
    ...newEnvelope(article.id, article.receivedAt),
    article,
  });
}
