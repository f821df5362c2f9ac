import type { IncidentProfile, ReportFeatures, WeightedTerms } from './correlation.types';
import { extendProfile, MAX_PROFILE_TERMS, openProfile, parseProfile } from './incident-profile';

const terms = (keys: string[], weight = 1): WeightedTerms => ({ keys, weights: keys.map(() => weight) });
const range = (prefix: string, n: number) => Array.from({ length: n }, (_, k) => `${prefix}${k}`);

function report(t: WeightedTerms, names: WeightedTerms = terms([])): ReportFeatures {
  return {
    articleId: 'a', eventTag: 'e', idKey: 'i', urlKey: null, textKey: null, bands: [], time: 1000,
    place: { country: 'IQ', admin1: 'al anbar', city: null }, countries: ['IQ'], eventType: 'Battles', actors: [],
    terms: t, names, blocks: [], dates: [], year: null, killed: 0, injured: 0,
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

    expect(parseProfile(JSON.stringify(old))).toEqual(profile);
  });
});
