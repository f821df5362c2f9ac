import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type Redis from 'ioredis';

/** Linux USER_HZ: /proc/<pid>/stat counts CPU time in these ticks. */
const CLOCK_TICKS = 100;

/** CPU seconds (user + system) a process has used so far; null when it is gone or not on Linux. */
export function processCpuSeconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return null;
  }
}

/** The pid of the local Kafka broker (the JVM running kafka.Kafka), if one runs on this machine. */
export function brokerPid(): number | null {
  try {
    const out = execFileSync('pgrep', ['-f', 'kafka.Kafka'], { encoding: 'utf8' }).trim().split('\n')[0];
    return out ? Number(out) : null;
  } catch {
    return null;
  }
}

/** CPU seconds of the Redis server (all its clients, not only ours). */
export async function redisCpuSeconds(redis: Redis): Promise<number> {
  const info = await redis.info('cpu');
  const user = /used_cpu_user:([\d.]+)/.exec(info);
  const sys = /used_cpu_sys:([\d.]+)/.exec(info);
  return (user ? Number(user[1]) : 0) + (sys ? Number(sys[1]) : 0);
}

export type CpuSnapshot = Record<string, number>;

/**
 * CPU seconds of every process that does the pipeline's work, by name: each stage process, the
 * broker, Redis, and this bench process (producer and lag polling). Two snapshots give where the
 * CPU went between them.
 */
export async function cpuSnapshot(stages: { name: string; pid: number | undefined }[], redis: Redis, broker: number | null): Promise<CpuSnapshot> {
  const out: CpuSnapshot = {};
  for (const s of stages) {
    const cpu = s.pid ? processCpuSeconds(s.pid) : null;
    if (cpu !== null) out[s.name] = (out[s.name] ?? 0) + cpu;
  }
  const b = broker ? processCpuSeconds(broker) : null;
  if (b !== null) out.broker = b;
  out.redis = await redisCpuSeconds(redis);
  const self = process.cpuUsage();
  out.bench = (self.user + self.system) / 1e6;
  return out;
}

/** Microseconds of CPU per unit of work between two snapshots, by process name. */
export function cpuPerUnit(from: CpuSnapshot, to: CpuSnapshot, units: number): Record<string, number> {
  const out: Record<string, number> = {};
  let total = 0;
  for (const [name, end] of Object.entries(to)) {
    if (from[name] === undefined) continue;
    const us = ((end - from[name]) * 1e6) / units;
    out[name] = Math.round(us);
    total += us;
  }
  out.total = Math.round(total);
  return out;
}
