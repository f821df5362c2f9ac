import { correlationIdOf, logContext } from './log-context';

describe('logContext', () => {
  it('gives the fields of the innermost run, across awaits, and nothing outside', async () => {
    const seen: unknown[] = [];
    await logContext.run({ correlationId: 'c-1', topic: 'articles.raw' }, async () => {
      await new Promise((r) => setTimeout(r, 1));
      seen.push(logContext.fields());
      await logContext.run({ incidentId: 'i-9' }, async () => seen.push(logContext.fields()));
    });
    expect(seen).toEqual([
      { correlationId: 'c-1', topic: 'articles.raw' },
      { correlationId: 'c-1', topic: 'articles.raw', incidentId: 'i-9' },
    ]);
    expect(logContext.fields()).toBeUndefined();
  });
});

describe(correlationIdOf.name, () => {
  it('reads a string correlationId and nothing else', () => {
    expect(correlationIdOf({ correlationId: 'abc' })).toBe('abc');
    expect(correlationIdOf({ correlationId: 42 })).toBeUndefined();
    expect(correlationIdOf('correlationId')).toBeUndefined();
    expect(correlationIdOf(null)).toBeUndefined();
    expect(correlationIdOf({ correlationId: 'x'.repeat(201) })).toBeUndefined();
  });
});
