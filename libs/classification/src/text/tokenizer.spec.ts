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

  it('breaks at a line break, ! and ?, not at commas, dashes or quotes', () => {
    const text = 'Fire! Who set it? Police – and “officials,” say\nNobody knows';
    expect(['Fire', 'Who', 'Police', 'officials', 'say', 'Nobody'].map((w) => sentenceOf(text, w))).toEqual([0, 1, 2, 2, 2, 3]);
    expect(sentenceOf('BREAKING NEWS\nTROOPS MOVE', 'TROOPS')).toBe(0);
  });

  it('marks a word joined by a lone hyphen, and only that', () => {
    const doc = tokenize('al-Asad base, Jurf al‐Sakhar - near Ain al‑Asad');
    const joined = doc.tokens.filter((t) => t.hyphenBefore).map((t) => doc.text.slice(t.start, t.end));
    expect(joined).toEqual(['Asad', 'Sakhar', 'Asad']);
  });

  it('reads a word before "’s" as the word, with its end offset, and keeps other apostrophes inside the word', () => {
    const doc = tokenize("Anbar's governor and O'Hare’s runways; it's");
    expect(doc.norms).toEqual(['anbar', 'governor', 'and', 'ohare', 'runways', 'it']);
    expect(doc.text.slice(doc.tokens[0].start, doc.tokens[0].end)).toBe('Anbar');
    expect(doc.tokens[0].cap).toBe(true);
  });
});
