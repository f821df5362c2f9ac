/**
 * `npm run train [-- <name>…]`
 *
 * Rebuilds every learned weights file from the labeled data in ../shared/data (or
 * $SITREP_DATA_DIR). Each trainer is one file `scripts/train/<name>.train.ts` exporting
 * `train(ctx)`; they run in name order, or only the ones named on the command line. Trainers are
 * deterministic (fixed seeds, sorted inputs), so running this twice writes the same bytes.
 */
import 'tsconfig-paths/register';
import { readdirSync } from 'fs';
import { join, resolve } from 'path';

export interface TrainContext {
  /** Root of the labeled data (geo/, events/, clustering/). */
  dataDir: string;
  repoRoot: string;
  log: (line: string) => void;
}

type Trainer = { train: (ctx: TrainContext) => Promise<void> | void };

async function main(): Promise<void> {
  const repoRoot = resolve(__dirname, '..');
  const dataDir = process.env.SITREP_DATA_DIR ? resolve(process.env.SITREP_DATA_DIR) : resolve(repoRoot, '../shared/data');
  const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const dir = join(__dirname, 'train');
  const names = readdirSync(dir).filter((f) => f.endsWith('.train.ts')).map((f) => f.replace(/\.train\.ts$/, '')).sort();
  const unknown = wanted.filter((w) => !names.includes(w));
  if (unknown.length) throw new Error(`unknown trainer(s): ${unknown.join(', ')} (have: ${names.join(', ')})`);
  for (const name of wanted.length ? wanted : names) {
    const started = Date.now();
    const mod = (await import(join(dir, `${name}.train`))) as Trainer;
    await mod.train({ dataDir, repoRoot, log: (line) => console.log(`[train:${name}] ${line}`) });
    console.log(`[train:${name}] done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
