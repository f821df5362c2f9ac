import { LoggerService } from '@nestjs/common';
import { logContext } from '@sitrep/observability';

const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'verbose'] as const;
type Level = (typeof LEVELS)[number];

/**
 * Logs as one JSON object per line, fields not sentences: `{ time, level, app, context, msg, ... }`.
 * Objects passed to the Nest Logger are merged into the line, so `log({ msg, articleId, correlationId })` works.
 *
 * `app` is the stage when it runs alone. When several stages share one process (npm start, the
 * e2e tests), Nest's static Logger writes every line through the last app's logger, so the stage
 * of a line is not known here: `app` is then 'sitrep', and lines that know their stage say so in
 * their own `stage` field.
 */
export class JsonLogger implements LoggerService {
  private static readonly apps = new Set<string>();
  private static appName: string | null = null;
  private readonly max: number;

  constructor(level: string, private readonly stage: string) {
    const lvl = (level === 'log' ? 'info' : level) as Level;
    this.max = Math.max(0, LEVELS.indexOf(lvl));
    JsonLogger.apps.add(stage);
  }

  /** Names the process in every line (the all-in-one runner: 'sitrep'), before any stage starts. */
  static useAppName(name: string): void {
    JsonLogger.appName = name;
  }

  private get app(): string {
    return JsonLogger.appName ?? (JsonLogger.apps.size > 1 ? 'sitrep' : this.stage);
  }

  log(message: unknown, ...rest: unknown[]) {
    this.write('info', message, rest);
  }
  error(message: unknown, ...rest: unknown[]) {
    this.write('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]) {
    this.write('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]) {
    this.write('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]) {
    this.write('verbose', message, rest);
  }
  fatal(message: unknown, ...rest: unknown[]) {
    this.write('fatal', message, rest);
  }

  private write(level: Level, message: unknown, rest: unknown[]) {
    if (LEVELS.indexOf(level) > this.max) return;
    // Nest passes the context last; an error's stack comes before it.
    const context = typeof rest[rest.length - 1] === 'string' ? (rest.pop() as string) : undefined;
    const fields = message !== null && typeof message === 'object' ? (message as Record<string, unknown>) : { msg: String(message) };
    const line: Record<string, unknown> = { time: new Date().toISOString(), level, app: this.app, context, ...logContext.fields(), ...fields };
    if (rest.length && typeof rest[0] === 'string' && level === 'error') line.stack = rest[0];
    (level === 'error' || level === 'fatal' ? process.stderr : process.stdout).write(JSON.stringify(line) + '\n');
  }
}
