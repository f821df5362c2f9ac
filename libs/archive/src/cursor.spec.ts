import { decodeCursor, encodeCursor } from './cursor';

describe('list cursor', () => {
  it('round-trips a position', () => {
    const c = { lastSeen: '2026-06-01T10:00:00.000Z', id: 'inc-1' };
    expect(decodeCursor(encodeCursor(c))).toEqual(c);
  });
  it('refuses anything it did not issue', () => {
    expect(decodeCursor('not-a-cursor')).toBeNull();
    expect(decodeCursor(Buffer.from('["yesterday","x"]').toString('base64url'))).toBeNull();
    expect(decodeCursor(Buffer.from('{"a":1}').toString('base64url'))).toBeNull();
  });
});
