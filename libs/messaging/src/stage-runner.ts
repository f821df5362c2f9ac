import { INestApplication } from '@nestjs/common';
import { Kafka } from 'kafkajs';
import { SITREP_CONFIG, SitrepConfig } from '@sitrep/config';
import { consumerRegistry } from './consumer-registry';
import { DeadLetterPublisher } from './dead-letter.publisher';
import { KafkaBatchServer, KafkaBatchServerOptions } from './kafka-batch.server';
import { KAFKA } from './messaging.module';
import { RethrowRpcExceptionFilter } from './rethrow-rpc.filter';
import { TopicNamer } from './topic-namer';

export type ConsumerOptions = Pick<KafkaBatchServerOptions, 'concurrency' | 'partitionsConsumedConcurrently' | 'retryBudgetMs' | 'fromBeginning'>;

/**
 * Connects the app's `@EventPattern` handlers to Kafka under consumer group `sitrep-<stage>`
 * (one group per app) and starts consuming.
 */
export async function startConsumer(app: INestApplication, stage: string, options: ConsumerOptions = {}): Promise<KafkaBatchServer> {
  const config = app.get<SitrepConfig>(SITREP_CONFIG);
  const server = new KafkaBatchServer({
    kafka: app.get<Kafka>(KAFKA),
    namer: app.get(TopicNamer),
    deadLetters: app.get(DeadLetterPublisher),
    groupId: `${config.kafka.groupPrefix ? config.kafka.groupPrefix + '.' : ''}sitrep-${stage}`,
    stage,
    ...options,
  });
  // Only the consumer gets the rethrow filter: HTTP routes keep Nest's normal error responses.
  const microservice = app.connectMicroservice({ strategy: server }, { inheritAppConfig: false });
  microservice.useGlobalFilters(new RethrowRpcExceptionFilter());
  await app.startAllMicroservices();
  consumerRegistry.register(server);
  return server;
}
