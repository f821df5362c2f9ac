import { DynamicModule, Global, Module } from '@nestjs/common';
import { loadConfig, SitrepConfig } from './sitrep.config';

export const SITREP_CONFIG = Symbol('SITREP_CONFIG');

/** Provides the validated SitrepConfig (token SITREP_CONFIG) to every module. */
@Global()
@Module({})
export class SitrepConfigModule {
  static forRoot(config?: SitrepConfig): DynamicModule {
    return {
      module: SitrepConfigModule,
      providers: [{ provide: SITREP_CONFIG, useFactory: () => config ?? loadConfig() }],
      exports: [SITREP_CONFIG],
    };
  }
}
