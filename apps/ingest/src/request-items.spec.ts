import { BadRequestException } from '@nestjs/common';
import { MAX_BATCH_ITEMS, MAX_DEPTH, nestedDeeperThan, requestItems } from './request-items';

describe(requestItems.name, () => {
  it('takes one object as one item', () => {
    expect(requestItems({ title: 't' }, 'application/json')).toEqual([{ ok: true, value: { title: 't' } }]);
  });

  it('takes an array item by item', () => {
    expect(requestItems([{ a: 1 }, 'x'], 'application/json')).toEqual([{ ok: true, value: { a: 1 } }, { ok: true, value: 'x' }]);
  });

  it('splits NDJSON into lines, skipping blank ones, and keeps a broken line as a rejected item', () => {
    const sut = requestItems('{"a":1}\r\n\n{broken\n{"b":2}\n', 'application/x-ndjson');
    expect(sut[0]).toEqual({ ok: true, value: { a: 1 } });
    expect(sut[1]).toMatchObject({ ok: false, text: '{broken' });
    expect((sut[1] as { error: string }).error).toMatch(/^line 2 is not valid JSON/);
    expect(sut[2]).toEqual({ ok: true, value: { b: 2 } });
  });

  it.each([[undefined], [{}], [''], [null]])('refuses an empty body (%p)', (body) => {
    expect(() => requestItems(body, 'application/json')).toThrow(BadRequestException);
  });

  it('refuses more items than the batch limit', () => {
    expect(() => requestItems(new Array(MAX_BATCH_ITEMS + 1).fill({}), 'application/json')).toThrow(/at most/);
  });
});

describe(nestedDeeperThan.name, () => {
  it('measures depth without recursion, so 100,000 levels cannot overflow the stack', () => {
    const deep = JSON.parse(`${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    expect(nestedDeeperThan(deep, MAX_DEPTH)).toBe(true);
    expect(nestedDeeperThan({ a: { b: [1, 2] } }, MAX_DEPTH)).toBe(false);
  });

  it('refuses a deeply nested body with a 400 naming the limit', () => {
    const deep = JSON.parse(`${'['.repeat(1000)}${']'.repeat(1000)}`);
    expect(() => requestItems(deep, 'application/json')).toThrow(/nested deeper than/);
  });

  it('rejects one deeply nested NDJSON line and keeps the others', () => {
    const sut = requestItems(`{"a":1}\n${'['.repeat(100)}${']'.repeat(100)}`, 'application/x-ndjson');
    expect(sut[0].ok).toBe(true);
    expect(sut[1]).toMatchObject({ ok: false });
  });
});
