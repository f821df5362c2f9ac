import 'reflect-metadata'; // class-transformer's @Type decorators need it, whoever imports the contracts first
export * from './topics';
export * from './envelope';
export * from './article.events';
export * from './classification.types';
export * from './classified.events';
export * from './correlation-features';
export * from './incident.events';
export * from './signal.events';
export * from './alert.events';
export * from './rule.types';
export * from './canonical-url';
export * from './article-id';
