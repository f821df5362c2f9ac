import { INestApplication, Logger, Module } from '@nestjs/common';
import { ApiModule } from '../../api/src/api.module';
import { ArchiverModule } from '../../archiver/src/archiver.module';
import { setupOpenApi } from '../../api/src/openapi';
import { ClassifierModule } from '../../classifier/src/classifier.module';
import { CorrelatorModule } from '../../correlator/src/correlator.module';
import { IngestModule } from '../../ingest/src/ingest.module';
import { NotifierModule } from '../../notifier/src/notifier.module';
import { SitrepConfig } from '@sitrep/config';
import { addReadinessCheck, createStageApp, JsonLogger } from '@sitrep/http';

/** Ingest and api share one HTTP server in the all-in-one process. */
@Module({ imports: [IngestModule, ApiModule] })
class FrontDoorModule {}

export interface RunningSitrep {
  url: string;
  close(): Promise<void>;
}

/**
 * Every stage in one process (the local default and the end-to-end tests): each stage is its
 * own Nest application with its own consumer group, exactly as when started alone.
 */
export async function startSitrep(config: SitrepConfig): Promise<RunningSitrep> {
  JsonLogger.useAppName('sitrep');
  const log = new Logger('Sitrep');
  let started = false;
  addReadinessCheck({ name: 'pipeline', check: () => started });
  const stages: INestApplication[] = [];
  for (const [name, feature] of [
    ['classifier', ClassifierModule],
    ['correlator', CorrelatorModule],
    ['notifier', NotifierModule],
    ['archiver', ArchiverModule],
  ] as const) {
    stages.push(await createStageApp(feature, { name, consumes: true, ops: false, config }));
  }
  const front = await createStageApp(FrontDoorModule, { name: 'api', consumes: true, ops: false, config });
  setupOpenApi(front);
  await front.listen(config.port, '0.0.0.0');
  stages.push(front);
  started = true;
  const url = `http://localhost:${config.port}`;
  log.log({ msg: 'sitrep started', url });
  return {
    url,
    async close() {
      started = false;
      for (const app of stages.reverse()) await app.close();
    },
  };
}
