import { NameIndex } from './name-index';

describe('NameIndex', () => {
  const index = NameIndex.pack(new Map([
    ['new', { ids: null, prefix: true }],
    ['new york', { ids: [7, 3], prefix: true }],
    ['new york city', { ids: [9], prefix: false }],
    ['york', { ids: [3, 11, 12], prefix: false }],
  ]));

  it('gives each key its own ids, in the order they were added', () => {
    expect(index.candidates(index.ref('new york'))).toEqual([7, 3]);
    expect(index.candidates(index.ref('new york city'))).toEqual([9]);
    expect(index.candidates(index.ref('york'))).toEqual([3, 11, 12]);
  });

  it('tells a key that only starts longer names from one that names a place', () => {
    const ref = index.ref('new');
    expect(index.candidates(ref)).toBeUndefined();
    expect(NameIndex.startsLonger(ref)).toBe(true);
    expect(NameIndex.startsLonger(index.ref('new york'))).toBe(true);
    expect(NameIndex.startsLonger(index.ref('york'))).toBe(false);
  });

  it('answers an unknown key with no ids and no longer names', () => {
    const ref = index.ref('old york');
    expect(ref).toBe(0);
    expect(index.candidates(ref)).toBeUndefined();
    expect(NameIndex.startsLonger(ref)).toBe(false);
  });

  it('hands out a fresh array each time, so a caller cannot change the index', () => {
    const first = index.candidates(index.ref('york'))!;
    first.push(99);
    first[0] = -1;
    expect(index.candidates(index.ref('york'))).toEqual([3, 11, 12]);
    expect(index.size).toBe(4);
  });
});
