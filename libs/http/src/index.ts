export * from './configure-http';
export * from './http-error.filter';
export * from './health.controller';
export * from './metrics.controller';
export * from './ops-http.module';
export * from './json.logger';
export * from './stage-app';
