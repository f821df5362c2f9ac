export * from './env.dto';
export * from './sitrep.config';
export * from './config.module';
