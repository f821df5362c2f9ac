import { foldWord, nameKeys, normalizeToken } from './fold';

describe('fold', () => {
  it('folds accents and transliteration marks so Ḩadīthah meets Haditha', () => {
    expect(normalizeToken(foldWord('Ḩadīthah'))).toBe('haditha');
    expect(normalizeToken(foldWord('Hadithah'))).toBe(normalizeToken(foldWord('Haditha')));
    expect(foldWord('Ta‘izz')).toBe('taizz');
  });

  it('meets the Levantine and Persian endings "-iyeh", "-ieh", "-iyah" and "-eh" in one spelling', () => {
    expect(normalizeToken('nabatiyeh')).toBe(normalizeToken('nabatieh'));
    expect(normalizeToken('diwaniyah')).toBe(normalizeToken('diwanieh'));
    expect(normalizeToken('marjeh')).toBe(normalizeToken('marjah'));
    // Without the final "h" a word keeps its "-iya": Ashiya is no Asia.
    expect(normalizeToken('ashiya')).toBe('ashiya');
  });

  it('keys a name with and without its Arabic article', () => {
    expect(nameKeys('Al Anbar')).toEqual(['al anbar', 'anbar']);
    expect(nameKeys('Ain al-Asad')).toEqual(['ain al asad', 'ain asad']);
  });

  it('leaves short words alone', () => {
    expect(normalizeToken('utah')).toBe('utah');
  });
});
