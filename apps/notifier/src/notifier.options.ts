/** Knobs of the notifier that tests (and operators) may change; defaults suit production. */
export interface NotifierOptions {
  /** The notifier's clock in ms since the epoch. Injectable so digest and quiet-hour tests run in seconds. */
  now: () => number;
  /** How often the Redis schedule (retries, digests, quiet-hour releases) is polled. */
  pollIntervalMs: number;
  /** Sends in flight at once to one webhook host (a slow endpoint cannot take every slot). */
  endpointConcurrency: number;
  /** Consecutive failures of one endpoint that open its circuit breaker. */
  breakerThreshold: number;
  /** How long an open breaker holds sends to that endpoint back. */
  breakerCooldownMs: number;
}

export const NOTIFIER_OPTIONS = Symbol('NOTIFIER_OPTIONS');

export const DEFAULT_NOTIFIER_OPTIONS: NotifierOptions = {
  now: () => Date.now(),
  pollIntervalMs: 250,
  endpointConcurrency: 4,
  breakerThreshold: 5,
  breakerCooldownMs: 30_000,
};
