import { createRequire } from 'node:module';
import { fixKafkajsRequestQueueLoop } from './kafkajs-request-queue.fix';

interface Queue {
  throttleCheckTimeoutId: NodeJS.Timeout | null;
  pending: unknown[];
  push(request: object): void;
  fulfillRequest(response: { correlationId: number; payload: Buffer | null; size: number }): void;
  maybeThrottle(ms: number): void;
  scheduleCheckPendingRequests(): void;
  destroy(): void;
}
type QueueClass = { new (options: object): Queue; prototype: Queue };

const RequestQueue = createRequire(__filename)('kafkajs/src/network/requestQueue') as QueueClass;
const upstream = RequestQueue.prototype.scheduleCheckPendingRequests;
const logger = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

/** kafkajs's own RequestQueue (no broker): requests record when they were sent. */
function queue(maxInFlightRequests = 1) {
  const q = new RequestQueue({ maxInFlightRequests, requestTimeout: 30_000, enforceRequestTimeout: false, clientId: 'test', broker: 'localhost:9092', logger });
  const sent: number[] = [];
  const request = (correlationId: number) => ({
    entry: { correlationId, apiKey: 1, apiName: 'Fetch', apiVersion: 11, resolve: () => undefined, reject: () => undefined },
    expectResponse: true,
    sendRequest: () => sent.push(correlationId),
  });
  return { q, sent, request };
}

describe('kafkajs RequestQueue fix (fixKafkajsRequestQueueLoop)', () => {
  afterEach(() => jest.useRealTimers());

  it('is what upstream 2.2.4 needs: its idle queue keeps a timer running after a response', () => {
    const { q, request } = queue();
    q.scheduleCheckPendingRequests = upstream;
    q.push(request(1));
    q.fulfillRequest({ correlationId: 1, payload: null, size: 0 });
    // Nothing waits, nothing is throttled, and yet a check is scheduled (and each check schedules the next).
    expect(q.pending).toHaveLength(0);
    expect(q.throttleCheckTimeoutId).not.toBeNull();
    clearTimeout(q.throttleCheckTimeoutId!);
  });

  describe('once applied', () => {
    beforeAll(() => expect(fixKafkajsRequestQueueLoop()).toBe(true));

    it('schedules nothing when no request waits and no throttle runs', () => {
      const { q, sent, request } = queue();
      q.push(request(1));
      q.fulfillRequest({ correlationId: 1, payload: null, size: 0 });
      expect(sent).toEqual([1]);
      expect(q.throttleCheckTimeoutId).toBeNull();
    });

    it('still sends a request that waited for one in flight when that one completes, then stops checking', () => {
      jest.useFakeTimers();
      const { q, sent, request } = queue(1);
      q.push(request(1));
      q.push(request(2));
      expect(sent).toEqual([1]);
      q.fulfillRequest({ correlationId: 1, payload: null, size: 0 });
      expect(sent).toEqual([1, 2]);
      q.fulfillRequest({ correlationId: 2, payload: null, size: 0 });
      // The 10 ms check scheduled while request 2 waited runs once, finds nothing, schedules nothing.
      jest.advanceTimersByTime(20);
      expect(q.throttleCheckTimeoutId).toBeNull();
      expect(jest.getTimerCount()).toBe(0);
    });

    it('still sends a request that waited for a throttle when the throttle ends', () => {
      jest.useFakeTimers();
      const { q, sent, request } = queue(5);
      q.maybeThrottle(50);
      q.push(request(1));
      expect(sent).toEqual([]);
      expect(q.throttleCheckTimeoutId).not.toBeNull();
      jest.advanceTimersByTime(60);
      expect(sent).toEqual([1]);
      q.fulfillRequest({ correlationId: 1, payload: null, size: 0 });
      expect(q.throttleCheckTimeoutId).toBeNull();
    });

    it('is applied once per process', () => {
      const patched = RequestQueue.prototype.scheduleCheckPendingRequests;
      expect(patched).not.toBe(upstream);
      expect(fixKafkajsRequestQueueLoop()).toBe(true);
      expect(RequestQueue.prototype.scheduleCheckPendingRequests).toBe(patched);
    });
  });
});
