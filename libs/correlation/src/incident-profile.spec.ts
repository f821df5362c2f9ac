import type { IncidentProfile, ReportFeatures, WeightedTerms } from './correlation.types';
import { coreCut, extendProfile, MAX_PROFILE_TERMS, openProfile, parseProfile, topVote } from './incident-profile';

const terms = (keys: string[], weight = 1): WeightedTerms => ({ keys, weights: keys.map(() => weight) });
const range = (prefix: string, n: number) => Array.from({ length: n }, (_, k) => `${prefix}${k}`);

function report(t: WeightedTerms, names: WeightedTerms = terms([])): ReportFeatures {
  return {
    articleId: 'a', eventTag: 'e', idKey: 'i', urlKey: null, textKey: null, bands: [], time: 1000,
    place: { country: 'IQ', admin1: 'al anbar', city: null }, countries: ['IQ'], eventType: 'Battles', actors: [],
    terms: t, names, blocks: [], dates: [], eventDate: null, year: null, killed: 0, injured: 0,
  };
}

describe('extendProfile', () => {
  const full = openProfile('p', report(terms(range('t', MAX_PROFILE_TERMS))));

  it('sums the weights of terms the incident and the report share', () => {
    const sut = extendProfile(full, report({ keys: ['t5'], weights: [1.25] }));

    expect(sut.terms.weights[sut.terms.keys.indexOf('t5')]).toBe(2.3);
  });

  it('keeps the heaviest terms, ties going to the ones the incident already had', () => {
    const sut = extendProfile(full, report(terms(['t5', ...range('n', 10)])));

    expect(sut.terms.keys).toEqual(range('t', MAX_PROFILE_TERMS));
  });

  it('lets a heavier new term push out the last of the tied ones', () => {
    const sut = extendProfile(full, report({ keys: ['n0', 'n1'], weights: [5, 1] }));

    expect(sut.terms.keys).toContain('n0');
    expect(sut.terms.keys).not.toContain('n1');
    expect(sut.terms.keys).not.toContain(`t${MAX_PROFILE_TERMS - 1}`);
    expect(sut.terms.keys).toHaveLength(MAX_PROFILE_TERMS);
  });
});

describe('parseProfile', () => {
  const profile = openProfile('p', report({ keys: ['rocket', 'base'], weights: [2.5, 1] }, { keys: ['anbar'], weights: [3] }));

  it('reads back what it stored', () => {
    expect(parseProfile(JSON.stringify(profile))).toEqual(profile);
  });

  it('reads profiles stored with term → weight objects, as before the arrays', () => {
    const old = { ...profile, terms: { rocket: 2.5, base: 1 }, names: { anbar: 3 } } as unknown as IncidentProfile;

    // No report counts then: every key counts as held by all reports (see coreCut).
    const { docs: _t, ...terms } = profile.terms;
    const { docs: _n, ...names } = profile.names;
    expect(parseProfile(JSON.stringify(old))).toEqual({ ...profile, terms, names });
  });
});

describe('the incident core', () => {
  it('counts how many reports had each term, and the date, year and tolls they gave', () => {
    const a = { ...report(terms(['quake', 'tunis'])), dates: ['2013-07-21'], year: 2013, killed: 5 };
    const b = { ...report(terms(['quake', 'sfax'])), dates: ['2013-07-21'], year: 2013, killed: 7 };
    const sut = extendProfile(openProfile('p', a), b);

    expect(sut.terms.docs?.[sut.terms.keys.indexOf('quake')]).toBe(2);
    expect(sut.terms.docs?.[sut.terms.keys.indexOf('sfax')]).toBe(1);
    expect(topVote(sut.dates)).toBe('2013-07-21');
    expect(topVote(sut.years)).toBe('2013');
    expect(sut.killed).toEqual([5, 7]);
  });

  it('keeps the date most of its reports gave, whatever one outlier says', () => {
    const at = (date: string) => ({ ...report(terms(['x'])), dates: [date], year: Number(date.slice(0, 4)) });
    const sut = [at('2013-07-21'), at('2008-01-02'), at('2013-07-21')].reduce((p, f) => extendProfile(p, f), openProfile('p', at('2013-07-21')));

    expect(topVote(sut.dates)).toBe('2013-07-21');
    expect(topVote(sut.years)).toBe('2013');
  });

  it('takes a quarter of the reports, at least two, as the core from three reports on', () => {
    expect([1, 2, 3, 8, 9, 20].map(coreCut)).toEqual([1, 1, 2, 2, 3, 5]);
  });
});
