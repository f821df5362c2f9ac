import { randomTexts } from '../test/random-texts';
import { contentTerms, digest, hash32, nameTerms, nameTermsByPattern, normalizeText, stem, wordsOf } from './text-normalizer';

describe('text-normalizer', () => {
  it(`${normalizeText.name} folds case, accents, apostrophes and punctuation`, () => {
    expect(normalizeText('  Ḩadīthah’s  "BASE" — hit!\n')).toBe('hadithahs base hit');
  });

  it(`${wordsOf.name} gives normalizeText's words, on ASCII and other text`, () => {
    expect(wordsOf("Don't  hit 'em -- at 3pm`s!")).toEqual(['dont', 'hit', 'em', 'at', '3pms']);
    expect(wordsOf('Ḩadīthah’s base')).toEqual(['hadithahs', 'base']);
    expect(wordsOf(' ... ')).toEqual([]);
    // Random strings over the characters that matter: same words as normalizeText(...).split(' ').
    for (const text of randomTexts("aAbZ09 '\t\n.,!?:\"`-’é3_", 7, 5000, 30)) {
      const norm = normalizeText(text);
      expect(wordsOf(text)).toEqual(norm ? norm.split(' ') : []);
    }
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

  it(`${nameTerms.name} on ASCII text gives what the patterns give`, () => {
    expect(nameTerms("In Anbar's west, \"Katyusha\" rockets: NATO'S jets and the BIGGEST Ain-Asad base")).toEqual(
      nameTermsByPattern("In Anbar's west, \"Katyusha\" rockets: NATO'S jets and the BIGGEST Ain-Asad base"),
    );
    // Random strings over the characters that matter, capitals after every kind of mark.
    for (const text of randomTexts("aAbZKqx09 '\t\n\r.,!?:\"`-_3Ka Zb", 11, 5000, 40)) {
      expect(nameTerms(text)).toEqual(nameTermsByPattern(text));
    }
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
