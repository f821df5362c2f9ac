import { tokenize } from '../text/tokenizer';
import { wordFlag, wordFlags } from './word-flags';

describe(wordFlags.name, () => {
  const protest = wordFlag(['protest', 'rally']);
  const rally = wordFlag(['rally']);

  it('gives each token the bits of every list holding its norm, and 0 to other words', () => {
    const flags = wordFlags(tokenize('A rally, then a protest in the square'));
    expect(Array.from(flags)).toEqual([0, protest | rally, 0, 0, protest, 0, 0, 0]);
  });

  it('computes a document once', () => {
    const doc = tokenize('rally');
    expect(wordFlags(doc)).toBe(wordFlags(doc));
  });

  it('reads a document again when a list was added after it was flagged', () => {
    const doc = tokenize('late news');
    expect(Array.from(wordFlags(doc))).toEqual([0, 0]);
    const late = wordFlag(['late']);
    expect(Array.from(wordFlags(doc))).toEqual([late, 0]);
  });
});
