export * from './rule.store';
export * from './rule-store.module';
