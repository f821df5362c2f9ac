import 'reflect-metadata';
import { loadConfig } from '@sitrep/config';
import { createStageApp } from '@sitrep/http';
import { ApiModule } from './api.module';
import { setupOpenApi } from './openapi';

/** The api alone: REST, dashboard, /metrics and health on PORT (default 3000). */
async function main() {
  const config = loadConfig();
  const app = await createStageApp(ApiModule, { name: 'api', consumes: true, ops: false, config });
  setupOpenApi(app);
  await app.listen(config.port, '0.0.0.0');
}
void main();
