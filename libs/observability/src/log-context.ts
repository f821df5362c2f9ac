import { AsyncLocalStorage } from 'node:async_hooks';

export type LogFields = Record<string, string | number | undefined>;

const storage = new AsyncLocalStorage<LogFields>();

/**
 * Fields every log line carries while some work runs, e.g. the `correlationId` of the message a
 * consumer is handling: run the handler inside `logContext.run({ correlationId }, fn)` and every
 * line it logs, in any class, follows the article to its incident and alerts without passing ids.
 */
export const logContext = {
  run<T>(fields: LogFields, fn: () => T): T {
    return storage.run({ ...storage.getStore(), ...fields }, fn);
  },
  fields(): LogFields | undefined {
    return storage.getStore();
  },
};

/** The correlation id of an event payload, if it has one (before it is validated). */
export function correlationIdOf(payload: unknown): string | undefined {
  if (payload === null || typeof payload !== 'object') return undefined;
  const id = (payload as { correlationId?: unknown }).correlationId;
  return typeof id === 'string' && id.length <= 200 ? id : undefined;
}
