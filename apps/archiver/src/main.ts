import 'reflect-metadata';
import { loadConfig } from '@sitrep/config';
import { createStageApp } from '@sitrep/http';
import { ArchiverModule } from './archiver.module';

/** The archiver stage alone; /health and /metrics on PORT. Start more instances to share the partitions. */
async function main() {
  const config = loadConfig();
  const app = await createStageApp(ArchiverModule, { name: 'archiver', consumes: true, ops: true, config });
  await app.listen(config.port, '0.0.0.0');
}
void main();
