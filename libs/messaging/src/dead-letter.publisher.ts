import { Logger } from '@nestjs/common';
import { IHeaders } from 'kafkajs';
import { deadLetterTopicFor, TopicName } from '@sitrep/contracts';
import { metrics } from '@sitrep/observability';
import { SitrepError } from './errors';
import { Publisher } from './publisher';

export interface DeadLetter {
  /** Logical topic the message came from, or e.g. 'http:/v1/articles' for rejected HTTP items. */
  source: string;
  /** Dead-letter topic; derived from the source topic when omitted. */
  topic?: TopicName;
  key: string | null;
  /** The original bytes (or item) exactly as received: nothing is lost. */
  value: Buffer | string | object;
  error: SitrepError;
  attempts: number;
  partition?: number;
  offset?: string;
  headers?: IHeaders;
}

/** Writes a message that cannot be processed to `<topic>.dlq` with the reason in headers. */
export class DeadLetterPublisher {
  private readonly log = new Logger(DeadLetterPublisher.name);

  constructor(private readonly publisher: Publisher) {}

  async send(letter: DeadLetter): Promise<void> {
    const topic = letter.topic ?? deadLetterTopicFor(letter.source);
    const headers: IHeaders = {
      ...(letter.headers ?? {}),
      'x-error-code': letter.error.code,
      'x-error-message': truncate(letter.error.message, 4000),
      'x-original-topic': letter.source,
      'x-attempts': String(letter.attempts),
      'x-dead-lettered-at': new Date().toISOString(),
    };
    if (letter.partition !== undefined) headers['x-original-partition'] = String(letter.partition);
    if (letter.offset !== undefined) headers['x-original-offset'] = letter.offset;
    await this.publisher.publish(topic, [{ key: letter.key, value: letter.value, headers }]);
    metrics.deadLettered.inc({ topic, code: letter.error.code });
    this.log.warn({ msg: 'dead-lettered', topic, source: letter.source, code: letter.error.code, partition: letter.partition, offset: letter.offset });
  }
}

function truncate(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max)}…`;
}
