/**
 * The two kinds of failure, and the split decides what happens (../shared/STYLE.md):
 * retryable → bounded retry with backoff and jitter; permanent → dead-letter topic at once.
 * The `code` is stable: it is what x-error-code headers, metrics and dashboards show.
 */
export abstract class SitrepError extends Error {
  abstract readonly retryable: boolean;
  constructor(readonly code: string, message: string, readonly details?: unknown) {
    super(message);
    this.name = new.target.name;
  }
}

/** The operation may succeed later: a broker, Redis, SMTP 4xx, webhook 5xx/429. */
export class RetryableError extends SitrepError {
  readonly retryable = true;
}

/** Retrying cannot help: invalid event, webhook 4xx, a bug on this message. */
export class PermanentError extends SitrepError {
  readonly retryable = false;
}

/** An event failed validation; `errors` says which field and why. */
export class InvalidEventError extends PermanentError {
  constructor(readonly errors: string[]) {
    super('invalid_event', errors.join('; '), errors);
  }
}

/** Maps anything thrown to a SitrepError. Unknown errors from infrastructure clients are retryable. */
export function toSitrepError(error: unknown): SitrepError {
  if (error instanceof SitrepError) return error;
  const e = error instanceof Error ? error : new Error(String(error));
  const name = e.name || 'Error';
  if (/Kafka|Redis|Connection|ECONNREFUSED|ECONNRESET|ETIMEDOUT|MaxRetriesPerRequest/i.test(`${name} ${e.message}`)) {
    return new RetryableError('infrastructure_unavailable', e.message);
  }
  // A TypeError or similar on one message is a bug triggered by that message: dead-letter it.
  return new PermanentError('processing_failed', `${name}: ${e.message}`);
}
