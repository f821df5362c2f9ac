import 'reflect-metadata';
import { loadConfig } from '@sitrep/config';
import { startSitrep } from './sitrep.runner';

/** Every stage in one process: what `npm start` runs. */
async function main() {
  const running = await startSitrep(loadConfig());
  const stop = async () => {
    await running.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
main().catch((e) => {
  process.stderr.write(`sitrep failed to start: ${(e as Error).stack ?? e}\n`);
  process.exit(1);
});
