import { foldWord, nameKeys, normalizeToken } from './fold';

describe('fold', () => {
  it('folds accents and transliteration marks so Ḩadīthah meets Haditha', () => {
    expect(normalizeToken(foldWord('Ḩadīthah'))).toBe('haditha');
    expect(normalizeToken(foldWord('Hadithah'))).toBe(normalizeToken(foldWord('Haditha')));
    expect(foldWord('Ta‘izz')).toBe('taizz');
  });

  it('meets the endings "-iyeh", "-ieh" and "-iyah" in one spelling', () => {
    expect(normalizeToken('nabatiyeh')).toBe(normalizeToken('nabatieh'));
    expect(normalizeToken('diwaniyah')).toBe(normalizeToken('diwanieh'));
    // A plain "-eh" stays, and "-iya" without the final "h": Moreh is no Mora, Ashiya no Asia.
    expect(normalizeToken('moreh')).toBe('moreh');
    expect(normalizeToken('ashiya')).toBe('ashiya');
  });

  it('keys a name with and without its Arabic article', () => {
    expect(nameKeys('Al Anbar')).toEqual(['al anbar', 'anbar']);
    expect(nameKeys('Ain al-Asad')).toEqual(['ain al asad', 'ain asad']);
  });

  it('keys a plain ASCII name (the fast path) as the general path keys it', () => {
    // The same names with a character the fast path does not take, so they go the general way.
    for (const [plain, general] of [['Al Anbar', 'Al Anbar\u200b'], ['Fallujah', 'Fallujah.'], ['New York City', 'New  York City'], ['Hadithah Dam', 'Hadithah\tDam']]) {
      expect(nameKeys(plain)).toEqual(nameKeys(general));
    }
    expect(nameKeys('Fallujah')).toEqual(['falluja']);
  });

  it('leaves short words alone', () => {
    expect(normalizeToken('utah')).toBe('utah');
  });
});
