import { randomTexts } from '../test/random-texts';
import { hash32, termOf, wordsOf } from './text-normalizer';
import { Vocabulary } from './vocabulary';

describe(Vocabulary.name, () => {
  /** Every entry agrees with the string functions it stands for. */
  function expectSameAsStrings(sut: Vocabulary, text: string): void {
    const entries = sut.words(text);
    expect(entries.map((e) => e.word)).toEqual(wordsOf(text));
    for (const e of entries) {
      expect(e.term).toBe(termOf(e.word));
      expect(e.hash).toBe(hash32(e.word));
    }
    // One id per distinct term within a call.
    const idOf = new Map<string, number>();
    for (const e of entries.filter((x) => x.term)) {
      expect(e.termId).toBe(idOf.get(e.term) ?? e.termId);
      idOf.set(e.term, e.termId);
    }
    expect(new Set(idOf.values()).size).toBe(idOf.size);
  }

  it("gives wordsOf's words with their terms and hashes, on ASCII and other text", () => {
    const sut = new Vocabulary();
    expectSameAsStrings(sut, "Rockets HIT the Ain al-Asad base; don't 'em `x` Anbar's 3pm`s ROCKETS rockets");
    expectSameAsStrings(sut, 'Ḩadīthah’s base, Müller and the rockets');
    expectSameAsStrings(sut, `${'a'.repeat(300)} ${'A'.repeat(300)} ${'a'.repeat(255)}`);
  });

  it('agrees with wordsOf on random text, seen words and new ones alike', () => {
    const sut = new Vocabulary();
    for (const text of randomTexts("aAbBzZ09 '\t\n.,!?:\"`-’é3_q", 5, 5000, 40)) {
      expectSameAsStrings(sut, text);
    }
  });
});
