import { tokenize } from './tokenizer';

const sentenceOf = (text: string, word: string): number => {
  const doc = tokenize(text);
  const i = doc.tokens.findIndex((t) => text.slice(t.start, t.end) === word);
  return doc.tokens[i].sentence;
};

describe(tokenize.name, () => {
  it('keeps dotted abbreviations ("N.D.", "D.C.") inside one sentence', () => {
    const text = 'He moved from Fargo, N.D., to Washington, D.C., last year.';
    expect(sentenceOf(text, 'N')).toBe(0);
    expect(sentenceOf(text, 'D')).toBe(0);
    expect(sentenceOf(text, 'C')).toBe(0);
  });

  it('does not end a sentence at a middle initial', () => {
    expect(sentenceOf('Pastor William J. Seymour preached there.', 'Seymour')).toBe(0);
  });

  it('still ends sentences at full stops before a new sentence', () => {
    expect(sentenceOf('The council met. Then it voted.', 'Then')).toBe(1);
  });
});
