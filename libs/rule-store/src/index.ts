export * from './compacted-log';
export * from './record-keys';
export * from './rule.store';
export * from './api-key.store';
export * from './subscriber.store';
export * from './rule-store.module';
