import { admin1CodesByGeonameId, withAdmin1Codes } from './admin1-codes';
import { admin1Keys } from './geo.eval';

describe(admin1CodesByGeonameId.name, () => {
  it('maps the GeoNames ids the LGL gold carries to ISO 3166-2 codes', () => {
    const sut = admin1CodesByGeonameId();
    expect(sut.get(4197000)).toBe('US-GA'); // Georgia, US
    expect(sut.get(4331987)).toBe('US-LA'); // Louisiana
  });
});

describe(withAdmin1Codes.name, () => {
  it('fills a code from the GeoNames id, keeps a code the file gave and a unit the map does not know', () => {
    const codes = new Map([[1, 'IQ-DA']]);
    const sut = withAdmin1Codes([
      { country: 'IQ', name: 'Dahuk', geonameid: 1 },
      { country: 'IQ', name: 'Erbil', geonameid: 1, code: 'IQ-AR' },
      { country: 'IQ', name: 'Unknown', geonameid: 2 },
    ], codes);
    expect(sut.map((a) => a.code)).toEqual(['IQ-DA', 'IQ-AR', undefined]);
  });
});

describe(admin1Keys.name, () => {
  const predicted = [{ country: 'IQ', admin1: 'Duhok', admin1Code: 'IQ-DA' }];

  it('by name, a transliteration differs', () => {
    const k = admin1Keys([{ country: 'IQ', name: 'Dahuk' }], predicted);
    expect([...k.pred].filter((p) => k.gold.has(p))).toEqual([]);
  });

  it('by code, the same unit matches whatever its spelling', () => {
    const k = admin1Keys(withAdmin1Codes([{ country: 'IQ', name: 'Dahuk', geonameid: 1 }], new Map([[1, 'IQ-DA']])), predicted);
    expect([...k.pred].filter((p) => k.gold.has(p))).toEqual(['code:IQ-DA']);
  });

  it('a gold unit without a code is still compared by name beside coded ones', () => {
    const k = admin1Keys([{ country: 'IQ', name: 'Dahuk', code: 'IQ-DA' }, { country: 'NZ', name: 'Chatham Islands' }],
      [...predicted, { country: 'NZ', admin1: 'Chatham Islands', admin1Code: null }]);
    expect([...k.pred].filter((p) => k.gold.has(p)).sort()).toEqual(['NZ/chatham islands', 'code:IQ-DA']);
  });
});
