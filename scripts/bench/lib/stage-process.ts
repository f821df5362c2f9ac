import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '@sitrep/testing';
import { NODE_FLAGS } from '../../../apps/sitrep/src/node-flags';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ensureBuild, ENTRY } = require('../../lib/ensure-build') as { ensureBuild(): boolean; ENTRY: string };

export type { StageName } from '../../../apps/sitrep/src/stage.table';
import type { StageName } from '../../../apps/sitrep/src/stage.table';

const ROOT = join(__dirname, '..', '..', '..');

/**
 * One stage started alone as a child process, exactly as an operator would run it
 * (`npm run start:<stage>`: the compiled `node dist/main.js <stage>`, rebuilt first when stale),
 * its node flags (apps/sitrep/src/node-flags.ts) given here so that a kill reaches the stage; with its own PORT for /health and /metrics. Output goes to `logFile`.
 */
export class StageProcess {
  private child: ChildProcess | null = null;
  starts = 0;

  constructor(
    readonly stage: StageName,
    readonly port: number,
    private readonly env: Record<string, string>,
    private readonly logFile: string,
  ) {}

  get pid(): number | undefined {
    return this.child?.pid;
  }

  get running(): boolean {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }

  start(): void {
    ensureBuild();
    const log = createWriteStream(this.logFile, { flags: 'a' });
    this.child = spawn(process.execPath, [...nodeArgs(this.stage), ENTRY, this.stage], {
      cwd: ROOT,
      env: { ...process.env, ...this.env, PORT: String(this.port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child.stdout!.pipe(log);
    this.child.stderr!.pipe(log);
    this.starts++;
  }

  /** Polls /health/ready until the consumer has joined its group. */
  async ready(timeoutMs = 90_000): Promise<void> {
    const end = Date.now() + timeoutMs;
    while (Date.now() < end) {
      if (!this.running) throw new Error(`${this.stage}:${this.port} exited while starting (see ${this.logFile})`);
      try {
        const res = await fetch(`http://127.0.0.1:${this.port}/health/ready`);
        if (res.status === 200) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`${this.stage}:${this.port} not ready after ${timeoutMs} ms (see ${this.logFile})`);
  }

  /** kill -9: no shutdown hooks, no offset commit, no producer flush. */
  async kill9(): Promise<void> {
    if (!this.child || !this.running) return;
    const exited = once(this.child, 'exit');
    this.child.kill('SIGKILL');
    await exited;
  }

  /** Graceful stop (SIGTERM), then SIGKILL after `graceMs`. */
  async stop(graceMs = 15_000): Promise<void> {
    if (!this.child || !this.running) return;
    const exited = once(this.child, 'exit');
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child?.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  }
}

/**
 * Node flags of a stage process: the production ones (apps/sitrep/src/node-flags.ts), then
 * BENCH_NODE_ARGS, extra node/V8 flags for every stage (experiments: --trace-deopt, GC flags…;
 * a V8 flag given twice takes the later value, so `--max-semi-space-size=16` measures without
 * ours). BENCH_CPU_PROF=<dir>: run the stage under `--cpu-prof`; the preload turns SIGTERM into
 * a normal exit so V8 writes the profile even when the stage's own shutdown hangs.
 */
function nodeArgs(stage: string): string[] {
  const extra = [...NODE_FLAGS, ...(process.env.BENCH_NODE_ARGS?.split(/\s+/).filter(Boolean) ?? [])];
  const dir = process.env.BENCH_CPU_PROF;
  if (!dir) return extra;
  return [...extra, '--cpu-prof', `--cpu-prof-dir=${dir}`, `--cpu-prof-name=${stage}-${Date.now()}.cpuprofile`, '-r', join(__dirname, 'exit-on-sigterm.js')];
}

const handedOut = new Set<number>();

/** A free port not handed out before in this process (freePort alone can repeat itself). */
export async function uniquePort(): Promise<number> {
  for (;;) {
    const port = await freePort();
    if (!handedOut.has(port)) {
      handedOut.add(port);
      return port;
    }
  }
}
