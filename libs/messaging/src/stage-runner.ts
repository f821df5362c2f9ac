import { INestApplication } from '@nestjs/common';
import { Kafka } from 'kafkajs';
import { SITREP_CONFIG, SitrepConfig } from '@sitrep/config';
import { consumerRegistry } from './consumer-registry';
import { DeadLetterPublisher } from './dead-letter.publisher';
import { KafkaBatchServer, KafkaBatchServerOptions } from './kafka-batch.server';
import { KAFKA } from './messaging.module';
import { TopicNamer } from './topic-namer';

export type ConsumerOptions = Pick<KafkaBatchServerOptions, 'concurrency' | 'partitionsConsumedConcurrently' | 'retryBudgetMs' | 'fromBeginning' | 'maxWaitTimeInMs'>;

/**
 * Connects the app's `@EventPattern` handlers to Kafka under consumer group `sitrep-<stage>`
 * (one group per app). Call before `app.init()`; `app.startAllMicroservices()` starts consuming.
 */
export function attachConsumer(app: INestApplication, stage: string, options: ConsumerOptions = {}): KafkaBatchServer {
  const config = app.get<SitrepConfig>(SITREP_CONFIG);
  const server = new KafkaBatchServer({
    kafka: app.get<Kafka>(KAFKA),
    namer: app.get(TopicNamer),
    deadLetters: app.get(DeadLetterPublisher),
    groupId: `${config.kafka.groupPrefix ? config.kafka.groupPrefix + '.' : ''}sitrep-${stage}`,
    stage,
    ...options,
  });
  // The consumer inherits the app's global filter, which passes handler errors on untouched.
  app.connectMicroservice({ strategy: server }, { inheritAppConfig: true });
  consumerRegistry.register(server);
  return server;
}
