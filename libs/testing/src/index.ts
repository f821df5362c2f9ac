export * from './wait-for';
export * from './webhook-receiver';
export * from './test-config';
export * from './kafka-probe';
export * from './fixtures/reports.fixture';
export * from './redis-cluster';
export * from './local-kafka';
export * from './chat-payload.checks';
