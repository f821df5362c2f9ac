import tls from 'node:tls';
import { DynamicModule, Global, Inject, Injectable, Logger, Module, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { Kafka, logLevel, LogEntry, Partitioners, Producer, SASLOptions } from 'kafkajs';
import { SITREP_CONFIG, SitrepConfig } from '@sitrep/config';
import { DeadLetterPublisher } from './dead-letter.publisher';
import { fixKafkajsRequestQueueLoop } from './kafkajs-request-queue.fix';
import { Publisher } from './publisher';
import { TopicNamer } from './topic-namer';

export const KAFKA = Symbol('KAFKA');
export const KAFKA_PRODUCER = Symbol('KAFKA_PRODUCER');

const kafkaLog = new Logger('kafkajs');
const toNest = () => ({ level, log }: LogEntry) => {
  const { message, ...rest } = log;
  const line = { msg: message, ...rest };
  if (level <= logLevel.ERROR) kafkaLog.error(line);
  else if (level === logLevel.WARN) kafkaLog.warn(line);
};

export function createKafka(config: SitrepConfig, clientId = config.kafka.clientId): Kafka {
  // kafkajs 2.2.4 spins a 1 ms timer on every connection otherwise (see the fix's comment).
  fixKafkajsRequestQueueLoop();
  const { ssl, sasl } = config.kafka;
  return new Kafka({
    clientId,
    brokers: config.kafka.brokers,
    // TLS with the system's CAs, plus a private CA when KAFKA_SSL_CA_FILE names one.
    ssl: ssl ? (ssl.ca ? { ca: [...tls.rootCertificates, ssl.ca] } : true) : undefined,
    sasl: sasl ? (sasl as SASLOptions) : undefined,
    logLevel: logLevel.WARN,
    logCreator: toNest,
    retry: { initialRetryTime: 300, retries: 8 },
  });
}

/** Owns the one producer of the process: connected at start, flushed and closed at shutdown. */
@Injectable()
export class ProducerLifecycle implements OnModuleInit, OnApplicationShutdown {
  constructor(@Inject(KAFKA_PRODUCER) private readonly producer: Producer) {}
  async onModuleInit(): Promise<void> {
    await this.producer.connect();
  }
  async onApplicationShutdown(): Promise<void> {
    await this.producer.disconnect();
  }
}

/** Kafka client, producer, Publisher and DeadLetterPublisher for one app. */
@Global()
@Module({})
export class MessagingModule {
  static forRoot(): DynamicModule {
    return {
      module: MessagingModule,
      providers: [
        { provide: TopicNamer, inject: [SITREP_CONFIG], useFactory: (c: SitrepConfig) => new TopicNamer(c.kafka.topicPrefix) },
        { provide: KAFKA, inject: [SITREP_CONFIG], useFactory: (c: SitrepConfig) => createKafka(c) },
        {
          provide: KAFKA_PRODUCER,
          inject: [KAFKA],
          useFactory: (k: Kafka) => k.producer({ createPartitioner: Partitioners.DefaultPartitioner, allowAutoTopicCreation: true }),
        },
        ProducerLifecycle,
        { provide: Publisher, inject: [KAFKA_PRODUCER, TopicNamer], useFactory: (p: Producer, n: TopicNamer) => new Publisher(p, n) },
        { provide: DeadLetterPublisher, inject: [Publisher], useFactory: (p: Publisher) => new DeadLetterPublisher(p) },
      ],
      exports: [TopicNamer, KAFKA, KAFKA_PRODUCER, Publisher, DeadLetterPublisher],
    };
  }
}
