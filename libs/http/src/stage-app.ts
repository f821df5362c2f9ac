import { DynamicModule, INestApplication, Logger, Module, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { loadConfig, SitrepConfig, SitrepConfigModule } from '@sitrep/config';
import { ConsumerOptions, createKafka, ensureTopics, MessagingModule, attachConsumer, TopicNamer } from '@sitrep/messaging';
import { RedisModule } from '@sitrep/redis';
import { configureHttpApp } from './configure-http';
import { JsonLogger } from './json.logger';
import { OpsHttpModule } from './ops-http.module';

export interface StageAppOptions {
  /** Stage name: consumer group `sitrep-<name>`, metrics label, log field. */
  name: string;
  /** Whether the stage has `@EventPattern` handlers to connect to Kafka. */
  consumes: boolean;
  /** Serve /health and /metrics (a stage started alone); the all-in-one process serves them once. */
  ops: boolean;
  consumer?: ConsumerOptions;
  config?: SitrepConfig;
}

/** Wraps a stage's feature module with what every stage needs: config, Kafka, Redis (and ops routes). */
function rootModule(feature: Type | DynamicModule, config: SitrepConfig, ops: boolean): DynamicModule {
  @Module({})
  class StageRootModule {}
  return {
    module: StageRootModule,
    imports: [SitrepConfigModule.forRoot(config), MessagingModule.forRoot(), RedisModule.forRoot(), feature, ...(ops ? [OpsHttpModule] : [])],
  };
}

/**
 * Creates one stage as a Nest application: HTTP-configured, its Kafka consumer started
 * (when it consumes). The caller decides whether to listen on a port.
 */
export async function createStageApp(feature: Type | DynamicModule, opts: StageAppOptions): Promise<INestApplication> {
  const config = opts.config ?? loadConfig();
  const logger = new JsonLogger(config.logLevel, opts.name);
  await topicsReady(config);
  const app = await NestFactory.create(rootModule(feature, config, opts.ops), { logger, bodyParser: false, bufferLogs: false });
  configureHttpApp(app, config);
  if (opts.consumes) attachConsumer(app, opts.name, opts.consumer);
  // Init first: the producer connects and stores load (rules) before any message is consumed.
  await app.init();
  if (opts.consumes) await app.startAllMicroservices();
  new Logger('Sitrep').log({ msg: 'stage started', stage: opts.name });
  return app;
}

const ensured = new Map<string, Promise<unknown>>();

/** Once per process and prefix: the topics exist before any stage produces or subscribes. */
function topicsReady(config: SitrepConfig): Promise<unknown> {
  const key = `${config.kafka.brokers.join(',')}|${config.kafka.topicPrefix}`;
  if (!ensured.has(key)) ensured.set(key, ensureTopics(createKafka(config, 'sitrep-admin'), new TopicNamer(config.kafka.topicPrefix)));
  return ensured.get(key)!;
}
