import { contentTerms, digest, hash32, nameTerms, normalizeText, stem } from './text-normalizer';

describe('text-normalizer', () => {
  it(`${normalizeText.name} folds case, accents, apostrophes and punctuation`, () => {
    expect(normalizeText('  Ḩadīthah’s  "BASE" — hit!\n')).toBe('hadithahs base hit');
  });

  it(`${contentTerms.name} drops stopwords and stems plurals`, () => {
    const sut = contentTerms('The rockets attacked the bases, officials said');
    expect(sut).toEqual(['rocket', 'attack', 'base']);
  });

  it(`${nameTerms.name} keeps capitalised words that do not start a sentence`, () => {
    const sut = nameTerms('Rockets hit the Ain al-Asad base in Anbar. Officials said Katyusha rockets were used.');
    expect(sut).toEqual(expect.arrayContaining(['ain', 'asad', 'anbar', 'katyusha']));
    expect(sut).not.toContain('rocket');
    expect(sut).not.toContain('official');
  });

  it(`${stem.name} leaves short words and numbers alone`, () => {
    expect(stem('gas')).toBe('gas');
    expect(stem('2013')).toBe('2013');
    expect(stem('casualties')).toBe('casualty');
  });

  it(`${digest.name} and ${hash32.name} are stable and discriminating`, () => {
    expect(digest('a')).toBe(digest('a'));
    expect(digest('a')).not.toBe(digest('b'));
    expect(digest('a')).toHaveLength(16);
    expect(hash32('shingle one')).toBe(hash32('shingle one'));
    expect(hash32('shingle one')).not.toBe(hash32('shingle two'));
  });
});
