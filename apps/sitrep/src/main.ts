import { ensureNodeFlags } from './relaunch';
import { selectStages, StageSelectionError } from './stage.table';

/**
 * The one entry point: `node dist/main.js <stage…|all>` (or SITREP_STAGES), e.g.
 * `node dist/main.js classifier`, `node dist/main.js ingest api`. Nothing given: every stage in
 * one process, what `npm start` runs. Re-executes itself first when the node flags are missing.
 */
async function main(args: string[]): Promise<void> {
  await import('reflect-metadata');
  const { loadConfig } = await import('@sitrep/config');
  const config = loadConfig();
  const stages = selectStages(args, config.stages);
  const { startStages } = await import('./sitrep.runner');
  const running = await startStages(config, stages);
  const stop = async () => {
    await running.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

function fail(e: unknown): never {
  const known = e instanceof StageSelectionError || (e instanceof Error && e.constructor.name === 'ConfigError');
  process.stderr.write(known ? `sitrep: ${(e as Error).message}\n` : `sitrep failed to start: ${(e as Error)?.stack ?? e}\n`);
  process.exit(e instanceof StageSelectionError ? 2 : 1);
}

const args = process.argv.slice(2);
try {
  if (args.length) selectStages(args);
} catch (e) {
  fail(e);
}
if (ensureNodeFlags()) main(args).catch(fail);
