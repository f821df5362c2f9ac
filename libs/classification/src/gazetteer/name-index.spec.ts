import { NameIndex, NameIndexBuilder } from './name-index';

describe('NameIndex', () => {
  const builder = new NameIndexBuilder();
  builder.add('york', 3);
  builder.add('new york', 7);
  builder.markPrefix('new');
  builder.add('york', 11);
  builder.add('new york', 3);
  builder.add('york', 3); // again: kept once
  builder.markPrefix('new york');
  builder.add('new york city', 9);
  builder.add('york', 12);
  const index = builder.build();

  it('gives each key its own ids, once each, in the order they were first added', () => {
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

  it('says whether an added key named no place before (a key only marked as a prefix did not)', () => {
    const sut = new NameIndexBuilder();
    sut.markPrefix('new');
    expect([sut.add('new', 1), sut.add('new', 1), sut.add('new', 2), sut.add('york', 2)]).toEqual([true, false, false, true]);
  });

  it('hands out a fresh array each time, so a caller cannot change the index', () => {
    const first = index.candidates(index.ref('york'))!;
    first.push(99);
    first[0] = -1;
    expect(index.candidates(index.ref('york'))).toEqual([3, 11, 12]);
    expect(index.size).toBe(4);
  });
});
