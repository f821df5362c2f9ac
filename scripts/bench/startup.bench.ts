/**
 * `npm run bench:startup [-- --runs N] [--stages a,b] [--json]`
 *
 * Start-up time and memory of each stage started alone, run two ways from the same code: compiled
 * (`node dist/main.js <stage>`, what `npm run start:<stage>` and the image run) and from source
 * through ts-node (how every stage ran before `npm run build`). `liveMs` is spawn → /health/live 200
 * (code loaded, modules initialised, listening); `readyMs` is spawn → /health/ready 200 (also the
 * Kafka group joined, Redis answering: seconds of broker round trips that no build changes).
 * RSS is the stage process's VmRSS 3 s after ready.
 * Uses KAFKA_TOPIC_PREFIX/REDIS_PREFIX `startup-bench` so it leaves running deployments alone.
 * With `--json` the last line is `{ <stage>: { compiled: { liveMs, readyMs, rssMB }, tsNode: { … } } }` (medians).
 */
import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NODE_FLAGS } from '../../apps/sitrep/src/node-flags';
import { STAGE_NAMES, StageName } from '../../apps/sitrep/src/stage.table';
import { parseArgs, numberArg } from './lib/bench-args';
import { uniquePort } from './lib/stage-process';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ensureBuild, ENTRY } = require('../lib/ensure-build') as { ensureBuild(): boolean; ENTRY: string };

const ROOT = join(__dirname, '..', '..');
const args = parseArgs(process.argv.slice(2));
const RUNS = numberArg(args, 'runs', 3);
const STAGES = (args.get('stages')?.split(',') ?? STAGE_NAMES) as StageName[];
const MODES = {
  compiled: (stage: StageName) => [...NODE_FLAGS, ENTRY, stage],
  tsNode: (stage: StageName) => [...NODE_FLAGS, '-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'apps/sitrep/src/main.ts', stage],
};
type Mode = keyof typeof MODES;

function rssMB(pid: number): number {
  const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
  return Math.round(kb / 1024);
}

interface Start {
  liveMs: number;
  readyMs: number;
  rssMB: number;
}

async function startOnce(mode: Mode, stage: StageName): Promise<Start> {
  const port = await uniquePort();
  const env = { ...process.env, PORT: String(port), SMTP_DEV_PORT: String(await uniquePort()), KAFKA_TOPIC_PREFIX: 'startup-bench', REDIS_PREFIX: 'startup-bench:', TS_NODE_TRANSPILE_ONLY: 'true' };
  const started = performance.now();
  const child: ChildProcess = spawn(process.execPath, MODES[mode](stage), { cwd: ROOT, env, stdio: 'ignore' });
  const until200 = async (path: string) => {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${mode} ${stage} exited with ${child.exitCode}`);
      const ok = await fetch(`http://127.0.0.1:${port}${path}`).then((r) => r.status === 200, () => false);
      if (ok) return Math.round(performance.now() - started);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  try {
    const liveMs = await until200('/health/live');
    const readyMs = await until200('/health/ready');
    await new Promise((r) => setTimeout(r, 3000));
    return { liveMs, readyMs, rssMB: rssMB(child.pid!) };
  } finally {
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    await exited;
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  ensureBuild();
  const result: Record<string, Record<Mode, Start>> = {};
  for (const stage of STAGES) {
    const row = {} as Record<Mode, Start>;
    for (const mode of Object.keys(MODES) as Mode[]) {
      const runs: Start[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await startOnce(mode, stage));
      row[mode] = { liveMs: median(runs.map((r) => r.liveMs)), readyMs: median(runs.map((r) => r.readyMs)), rssMB: median(runs.map((r) => r.rssMB)) };
      const all = (key: keyof Start) => runs.map((r) => r[key]).join('/');
      process.stdout.write(`${stage.padEnd(11)} ${mode.padEnd(9)} live ${all('liveMs')} ms, ready ${all('readyMs')} ms, RSS ${all('rssMB')} MB\n`);
    }
    result[stage] = row;
  }
  if (args.has('json')) process.stdout.write(JSON.stringify(result) + '\n');
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).stack ?? e}\n`);
  process.exit(1);
});
