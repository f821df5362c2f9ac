import { isCommonName } from './common-names';
import { ReportFeaturesExtractor } from './report-features.extractor';

describe(ReportFeaturesExtractor.name, () => {
  const names = (...list: string[]) => ({ keys: list, weights: list.map((_, k) => list.length - k) });

  it('does not index a report under country names or demonyms when a place is known', () => {
    const sut = ReportFeaturesExtractor.blocks({ country: 'IQ', admin1: 'anbar', city: 'ramadi' }, names('iraq', 'iraqi', 'ramadi', 'kowalski'));

    expect(sut).toEqual(['c:IQ:ramadi', 'a:IQ:anbar', 'n:ramadi', 'n:kowalski']);
  });

  it('uses common names only for free slots when no place is known', () => {
    const sut = ReportFeaturesExtractor.blocks({ country: null, admin1: null, city: null }, names('china', 'zhang', 'unit'));

    expect(sut).toEqual(['n:zhang', 'n:china', 'n:unit']);
  });
});

describe('isCommonName', () => {
  it('knows country names, their stemmed parts and generic place words, not person names', () => {
    expect(['iraq', 'chinese', 'unit', 'kingdom', 'city'].filter(isCommonName)).toHaveLength(5);
    expect(isCommonName('kowalski')).toBe(false);
  });
});
