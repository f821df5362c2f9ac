import { PermanentError, RetryableError, toSitrepError } from './errors';

describe(toSitrepError.name, () => {
  it('keeps a SitrepError as it is', () => {
    const e = new RetryableError('redis_down', 'x');
    expect(toSitrepError(e)).toBe(e);
  });

  it.each([
    ['KafkaJSConnectionError', 'Connection error: connect ECONNREFUSED 127.0.0.1:9092'],
    ['Error', 'Reached the max retries per request limit (which is 3). MaxRetriesPerRequestError'],
    ['Error', 'read ECONNRESET'],
  ])('treats infrastructure failures as retryable: %s %s', (name, message) => {
    const e = Object.assign(new Error(message), { name });
    const sut = toSitrepError(e);
    expect(sut).toBeInstanceOf(RetryableError);
    expect(sut.code).toBe('infrastructure_unavailable');
  });

  it('treats a bug triggered by one message as permanent, so it is dead-lettered, not retried forever', () => {
    const sut = toSitrepError(new TypeError("Cannot read properties of undefined (reading 'x')"));
    expect(sut).toBeInstanceOf(PermanentError);
    expect(sut.code).toBe('processing_failed');
    expect(sut.message).toMatch(/^TypeError/);
  });
});
