import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { missingNodeFlags } from './node-flags';

type Execve = (file: string, args: string[], env: NodeJS.ProcessEnv) => never;

/**
 * Makes sure this process runs with NODE_FLAGS. Returns true when it does; otherwise starts the
 * same command again with the flags first and returns false (the caller then does nothing more).
 * Node ≥ 22.15 replaces the process in place (process.execve: same pid, signals reach the stage
 * directly); older Node runs a child and passes SIGINT/SIGTERM and its exit code through.
 */
export function ensureNodeFlags(): boolean {
  const missing = missingNodeFlags(process.execArgv);
  if (missing.length === 0) return true;
  const args = [...missing, ...process.execArgv, ...process.argv.slice(1)];
  const execve = (process as unknown as { execve?: Execve }).execve;
  if (typeof execve === 'function') execve(process.execPath, [process.execPath, ...args], process.env);
  const child = spawn(process.execPath, args, { stdio: 'inherit' });
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  for (const signal of signals) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => {
    // End as the stage ended: Nest's shutdown hooks close the app, then re-raise the signal.
    if (signal === null) process.exit(code ?? 1);
    for (const s of signals) process.removeAllListeners(s);
    process.kill(process.pid, signal);
    setTimeout(() => process.exit(128 + constants.signals[signal]), 1000).unref();
  });
  return false;
}
