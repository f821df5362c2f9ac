import type { DynamicModule, INestApplication, Type } from '@nestjs/common';

export interface StageSpec {
  /** The stage's feature module, loaded only when the stage runs (a lone stage loads nothing else). */
  load(): Promise<Type | DynamicModule>;
  /** Has `@EventPattern` handlers: joins consumer group `sitrep-<name>`. */
  consumes: boolean;
  /** Serves the public HTTP port (ingest, api); in one process the front stages share one server. */
  front: boolean;
  /** Serves /health and /metrics itself (otherwise the process adds them once). */
  servesOps: boolean;
  /** Runs on the front server before it listens. */
  setup?(app: INestApplication): Promise<void>;
}

/**
 * Every stage `dist/main.js <stage…|all>` can run, in start order (consumers first, then the
 * HTTP front). Adding a stage is one line.
 */
export const STAGES = {
  ingest: { load: async () => (await import('../../ingest/src/ingest.module')).IngestModule, consumes: false, front: true, servesOps: false },
  classifier: { load: async () => (await import('../../classifier/src/classifier.module')).ClassifierModule, consumes: true, front: false, servesOps: false },
  correlator: { load: async () => (await import('../../correlator/src/correlator.module')).CorrelatorModule, consumes: true, front: false, servesOps: false },
  notifier: { load: async () => (await import('../../notifier/src/notifier.module')).NotifierModule, consumes: true, front: false, servesOps: false },
  archiver: { load: async () => (await import('../../archiver/src/archiver.module')).ArchiverModule, consumes: true, front: false, servesOps: false },
  api: {
    load: async () => (await import('../../api/src/api.module')).ApiModule,
    consumes: true,
    front: true,
    servesOps: true,
    setup: async (app: INestApplication) => (await import('../../api/src/openapi')).setupOpenApi(app),
  },
} satisfies Record<string, StageSpec>;

export type StageName = keyof typeof STAGES;
export const STAGE_NAMES = Object.keys(STAGES) as StageName[];

export class StageSelectionError extends Error {}

/**
 * The stages to run: the command-line arguments, else SITREP_STAGES, else all of them.
 * `all` stands for every stage; the result is in start order, without repeats.
 */
export function selectStages(args: readonly string[], fromEnv: readonly string[] = []): StageName[] {
  const asked = (args.length ? args : fromEnv.length ? fromEnv : ['all']).flatMap((a) => a.split(',')).map((a) => a.trim()).filter(Boolean);
  const unknown = asked.filter((a) => a !== 'all' && !(a in STAGES));
  if (unknown.length || asked.length === 0) {
    const what = unknown.length ? `unknown stage ${unknown.map((u) => JSON.stringify(u)).join(', ')}` : 'no stage given';
    throw new StageSelectionError(`${what}; choose from ${STAGE_NAMES.join(', ')}, or all`);
  }
  return asked.includes('all') ? [...STAGE_NAMES] : STAGE_NAMES.filter((name) => asked.includes(name));
}
