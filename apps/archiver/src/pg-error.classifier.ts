import { PermanentError, RetryableError, SitrepError, toSitrepError } from '@sitrep/messaging';

/**
 * PostgreSQL failures by SQLSTATE class: connection (08), transaction rollback such as deadlock or
 * serialization (40), resources (53), operator intervention such as a restart (57) are worth
 * retrying; anything else on one message (a constraint, a bad value) is not.
 */
export function classifyArchiveError(error: unknown): SitrepError {
  const code = (error as { code?: unknown })?.code;
  if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) {
    const message = (error as Error).message;
    return /^(08|40|53|57)/.test(code)
      ? new RetryableError('archive_unavailable', `PostgreSQL ${code}: ${message}`)
      : new PermanentError('archive_rejected', `PostgreSQL ${code}: ${message}`);
  }
  return toSitrepError(error);
}
