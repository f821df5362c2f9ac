import 'reflect-metadata';
import { loadConfig } from '@sitrep/config';
import { createStageApp } from '@sitrep/http';
import { NotifierModule } from './notifier.module';

/** The notifier stage alone; /health and /metrics on PORT. Start more instances to share the partitions. */
async function main() {
  const config = loadConfig();
  const app = await createStageApp(NotifierModule, { name: 'notifier', consumes: true, ops: true, config });
  await app.listen(config.port, '0.0.0.0');
}
void main();
