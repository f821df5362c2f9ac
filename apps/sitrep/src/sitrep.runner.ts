import { DynamicModule, INestApplication, Logger, Module, Type } from '@nestjs/common';
import { SitrepConfig } from '@sitrep/config';
import { addReadinessCheck, createStageApp, JsonLogger } from '@sitrep/http';
import { STAGE_NAMES, StageName, STAGES, StageSpec } from './stage.table';

export interface RunningSitrep {
  url: string;
  close(): Promise<void>;
}

type Selected = StageSpec & { name: StageName };

/**
 * Runs the given stages in this process, each as its own Nest application with its own consumer
 * group, exactly as when started alone. The front stages (ingest, api) share one HTTP server on
 * PORT; without one, the first stage serves /health and /metrics there.
 */
export async function startStages(config: SitrepConfig, names: readonly StageName[]): Promise<RunningSitrep> {
  const selected: Selected[] = names.map((name) => ({ name, ...STAGES[name] }));
  const several = selected.length > 1;
  if (several) JsonLogger.useAppName('sitrep');
  let started = false;
  if (several) addReadinessCheck({ name: 'pipeline', check: () => started });
  const front = selected.filter((s) => s.front);
  const back = selected.filter((s) => !s.front);
  const apps: INestApplication[] = [];
  for (const [i, stage] of back.entries()) {
    const serves = front.length === 0 && i === 0;
    const app = await createStageApp(await stage.load(), { name: stage.name, consumes: stage.consumes, ops: serves && !stage.servesOps, config });
    if (serves) await app.listen(config.port, '0.0.0.0');
    apps.push(app);
  }
  if (front.length) apps.push(await startFront(config, front));
  started = true;
  const url = `http://localhost:${config.port}`;
  new Logger('Sitrep').log({ msg: 'sitrep started', stages: names, url });
  return {
    url,
    async close() {
      started = false;
      for (const app of apps.reverse()) await app.close();
    },
  };
}

/** Every stage in one process (the local default and the end-to-end tests). */
export function startSitrep(config: SitrepConfig): Promise<RunningSitrep> {
  return startStages(config, STAGE_NAMES);
}

/** Ingest and api behind one HTTP server (one of them alone when only one is asked for). */
async function startFront(config: SitrepConfig, front: Selected[]): Promise<INestApplication> {
  const modules = await Promise.all(front.map((s) => s.load()));
  const feature: Type | DynamicModule = modules.length === 1 ? modules[0] : frontDoor(modules);
  const consumer = front.find((s) => s.consumes);
  const name = consumer?.name ?? front[0].name;
  const app = await createStageApp(feature, { name, consumes: !!consumer, ops: !front.some((s) => s.servesOps), config });
  for (const stage of front) await stage.setup?.(app);
  await app.listen(config.port, '0.0.0.0');
  return app;
}

function frontDoor(imports: (Type | DynamicModule)[]): Type {
  @Module({ imports })
  class FrontDoorModule {}
  return FrontDoorModule;
}
