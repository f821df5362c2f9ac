import { GazetteerBuilder } from '../gazetteer/gazetteer.builder';
import { tokenize } from '../text/tokenizer';
import { GeoResult } from './geo-mention';
import { Geotagger } from './geotagger';

/**
 * One test per error kind named in issue 16 ("Places analysts can trust"), with sentences written
 * for these tests (never the scored items of ../shared/data).
 */
describe('Geotagger', () => {
  let tagger: Geotagger;

  beforeAll(() => {
    tagger = new Geotagger(GazetteerBuilder.shared());
  });

  function tag(title: string, body: string): GeoResult {
    const text = `${title}\n${body}`;
    const doc = tokenize(text, title.length + 1);
    let titleSentences = 0;
    while (title && titleSentences < doc.sentences.length && doc.sentences[titleSentences].start < title.length) titleSentences++;
    return tagger.tag(doc, { titleSentences, background: new Set() });
  }

  const literal = (r: GeoResult) => r.mentions.filter((m) => m.role === 'literal');
  const named = (r: GeoResult, name: string) => r.mentions.find((m) => m.name === name);

  describe('people and common words are not towns', () => {
    it('reads a titled surname with "said" as a person, not Wilson, North Carolina', () => {
      const r = tag('Budget vote', 'Mr Wilson said the budget would pass. Wilson, a councillor since 2011, told reporters he was confident.');
      expect(r.mentions.filter((m) => m.name === 'Wilson')).toEqual([]);
      expect(r.countries).toEqual([]);
    });

    it('reads a first name and surname as a person, not two towns', () => {
      const r = tag('Late winner', 'Marshall Jackson scored in the last minute, and coach Tyler Brooks praised his side.');
      expect(literal(r)).toEqual([]);
    });

    it('does not read a contraction or a capitalised word at a sentence start as a town abroad', () => {
      const r = tag('Weather', "Don't expect the rain to stop soon. Hopefully the weekend will be drier. Nothing is certain.");
      expect(r.mentions).toEqual([]);
    });
  });

  describe('document-level coherence', () => {
    it('keeps London boroughs and English counties in England once the story is there', () => {
      const r = tag('Arrests after robbery', 'Police in Hackney and Enfield arrested two men on Friday. Officers from Croydon and Kent assisted, and a third man was charged in Surrey.');
      for (const name of ['Hackney', 'Enfield', 'Croydon', 'Kent', 'Surrey']) expect(named(r, name)?.place.country).toBe('GB');
      expect(r.countries).toEqual(['GB']);
    });

    it('keeps English counties together in England rather than at their Pennsylvania namesakes', () => {
      const r = tag('Floods', 'Flooding hit Devon and Cornwall, and roads in Somerset and Dorset were closed.');
      for (const name of ['Devon', 'Cornwall', 'Somerset', 'Dorset']) expect(named(r, name)?.place.country).toBe('GB');
    });

    it("keeps a local paper's towns in its state", () => {
      const r = tag('County fair opens', 'The fair in Alexandria drew crowds from Pineville and Ball, and the Rapides Parish sheriff reported no incidents.');
      for (const name of ['Alexandria', 'Pineville']) expect(named(r, name)?.place).toMatchObject({ country: 'US', admin1: 'Louisiana', admin1Code: 'US-LA' });
    });
  });

  describe("the event's place over the speaker's", () => {
    it('reads "Washington is concerned" as the government, and the attack in Idlib as the place', () => {
      const r = tag('Gas attack condemned', 'Washington is concerned about the gas attack in Idlib, which killed dozens of civilians.');
      expect(r.primary?.place.country).toBe('SY');
      expect(named(r, 'Washington')?.role).toBe('actor');
      expect(r.countries).not.toContain('US');
    });
  });

  describe('a country named only through its villages and districts', () => {
    it('finds Iraq from a district town named with "district"', () => {
      const r = tag('Villagers killed', 'Gunmen killed three villagers in Hawija district overnight, local officials said.');
      expect(r.primary?.place).toMatchObject({ country: 'IQ', admin1Code: 'IQ-KI' });
    });

    it('finds Somalia from a town spelt differently from the gazetteer', () => {
      const r = tag('Checkpoint attacked', 'Fighters attacked a checkpoint near Jowhar, killing four soldiers.');
      expect(r.primary?.place.country).toBe('SO');
    });

    it('finds Syria from a village named with "the village of"', () => {
      const r = tag('Shelling', 'Shelling hit the village of Kafr Nabl on Tuesday, residents said.');
      expect(r.primary?.place.country).toBe('SY');
    });
  });

  describe('admin-1 names that differ only in transliteration resolve to one code', () => {
    const cases: [string, string, string][] = [
      ['Banadir', 'Banaadir', 'SO-BN'],
      ['Ar-Raqqa', 'Al-Raqqah', 'SY-RA'],
      ['Dahuk', 'Duhok', 'IQ-DA'],
      ['Salah al-Din', 'Saladin', 'IQ-SD'],
      ['Donetsk', 'Donetska', 'UA-14'],
    ];
    it.each(cases)('%s province and %s province are %s', (a, b, code) => {
      for (const name of [a, b]) {
        const r = tag('Clashes', `Clashes were reported in ${name} province on Monday.`);
        expect(r.primaryAdmin1Code).toBe(code);
      }
    });

    it('reads "Donetsk oblast" as the province, not the city', () => {
      const r = tag('Shelling', 'Shelling in Donetsk oblast killed two people.');
      expect(named(r, 'Donetsk')?.place.kind).toBe('admin1');
    });
  });
});
