import 'reflect-metadata';
import { ArticleReceivedEvent } from '@sitrep/contracts';
import { decodeEvent } from './decode-event';
import { InvalidEventError } from './errors';

const article = {
  id: 'a1', source: 'Wire', url: 'https://wire.example/a1', title: 'Title', body: 'Body',
  publishedAt: '2026-11-23T09:10:00Z', receivedAt: '2026-11-23T09:11:00Z',
};
const envelope = { eventId: 'e1', occurredAt: '2026-11-23T09:11:00Z', schemaVersion: 1, correlationId: 'a1', article };

describe(decodeEvent.name, () => {
  it('returns the event with unknown properties stripped', () => {
    const sut = decodeEvent(ArticleReceivedEvent, { ...envelope, extra: 'x', article: { ...article, secret: 'y' } });
    expect(sut).toEqual({ ...envelope, article });
    expect(sut.article.title).toBe('Title');
    expect(sut).not.toHaveProperty('extra');
    expect(sut.article).not.toHaveProperty('secret');
  });

  it('names every nested field that is wrong', () => {
    const bad = { ...envelope, schemaVersion: 2, article: { ...article, url: 'nope', publishedAt: 'yesterday' } };
    let error: InvalidEventError | undefined;
    try {
      decodeEvent(ArticleReceivedEvent, bad);
    } catch (e) {
      error = e as InvalidEventError;
    }
    expect(error).toBeInstanceOf(InvalidEventError);
    expect(error!.code).toBe('invalid_event');
    expect(error!.retryable).toBe(false);
    const text = error!.errors.join('\n');
    expect(text).toMatch(/schemaVersion/);
    expect(text).toMatch(/article\.url/);
    expect(text).toMatch(/article\.publishedAt/);
  });

  it.each([null, 42, 'text', [1, 2]])('refuses a payload that is not an object: %p', (payload) => {
    expect(() => decodeEvent(ArticleReceivedEvent, payload)).toThrow(InvalidEventError);
  });
});
