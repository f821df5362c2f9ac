import 'reflect-metadata';
import { loadConfig } from '@sitrep/config';
import { createStageApp } from '@sitrep/http';
import { IngestModule } from './ingest.module';

/** Ingest alone: HTTP POST /v1/articles → articles.raw, on PORT. */
async function main() {
  const config = loadConfig();
  const app = await createStageApp(IngestModule, { name: 'ingest', consumes: false, ops: true, config });
  await app.listen(config.port, '0.0.0.0');
}
void main();
