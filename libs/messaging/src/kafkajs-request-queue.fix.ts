/**
 * kafkajs 2.2.4, its last release, keeps a 1 ms timer loop running on every broker connection
 * from the first response on. `RequestQueue.scheduleCheckPendingRequests` schedules the next
 * check at `throttledUntil - now`, which is negative when nothing is throttled (so Node runs it
 * after 1 ms), even when no request is waiting. Every check then schedules the next one.
 * Upstream: tulios/kafkajs issues #1556 and #1704; fixes proposed in PRs #1667 and #1768, never
 * released.
 *
 * Measured here (docs/benchmarks.md, sixth pass): idle stages spent 30–58 ms of CPU per second
 * each, most of it waking up for this loop.
 *
 * The replacement keeps the method's logic and drops the loop. When nothing waits and no
 * throttle is running, it schedules no timer. Waiting requests are still sent:
 * - when a request in flight completes or times out (`fulfillRequest` and the timeout handler
 *   call `checkPendingRequests`, as before);
 * - at the end of a throttle;
 * - every 10 ms while some wait, as before.
 */
import { createRequire } from 'node:module';

/** kafkajs's own CHECK_PENDING_REQUESTS_INTERVAL. */
const CHECK_PENDING_REQUESTS_INTERVAL = 10;

/** The only kafkajs version whose internals this replacement was checked against. */
const PATCHED_VERSION = '2.2.4';

interface RequestQueueInternals {
  throttledUntil: number;
  throttleCheckTimeoutId: NodeJS.Timeout | null;
  pending: unknown[];
  checkPendingRequests(): void;
}

const load = createRequire(__filename);
let applied: boolean | null = null;

/**
 * Replaces the looping method once per process; true when it is in place. A kafkajs other than
 * 2.2.4 is left alone (its internals may differ): false.
 */
export function fixKafkajsRequestQueueLoop(): boolean {
  if (applied !== null) return applied;
  const { version } = load('kafkajs/package.json') as { version: string };
  if (version !== PATCHED_VERSION) return (applied = false);
  const RequestQueue = load('kafkajs/src/network/requestQueue') as { prototype: RequestQueueInternals & { scheduleCheckPendingRequests(): void } };
  RequestQueue.prototype.scheduleCheckPendingRequests = function scheduleCheckPendingRequests(this: RequestQueueInternals): void {
    if (this.throttleCheckTimeoutId) return;
    let scheduleAt = this.throttledUntil - Date.now();
    if (this.pending.length > 0) scheduleAt = scheduleAt > 0 ? scheduleAt : CHECK_PENDING_REQUESTS_INTERVAL;
    else if (scheduleAt <= 0) return; // nothing waits, nothing throttled: no timer (upstream looped here)
    this.throttleCheckTimeoutId = setTimeout(() => {
      this.throttleCheckTimeoutId = null;
      this.checkPendingRequests();
    }, scheduleAt);
  };
  return (applied = true);
}
