import { classifiedEvent, marketBombingTuesday, reportA } from '../test/report.fixtures';
import { leadOf } from './article-lead';
import { isCommonName } from './common-names';
import { ReportFeaturesExtractor, TEXT_FEATURES_VERSION } from './report-features.extractor';

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

describe(`${ReportFeaturesExtractor.name} with the classifier's features`, () => {
  const sut = new ReportFeaturesExtractor();

  it('gives the same report features from the features and lead as from the full text', () => {
    for (const r of [reportA, marketBombingTuesday]) {
      const full = classifiedEvent(r);
      const sent = { ...full, correlation: new ReportFeaturesExtractor().textFeatures(full.article.title, full.article.body), article: { ...full.article, body: leadOf(full.article.body, 60) } };
      expect(sut.extract(sent)).toEqual(sut.extract(full));
    }
  });

  it('reads the text itself when the features are of another version', () => {
    const full = classifiedEvent(reportA);
    const stale = { ...full, correlation: { ...sut.textFeatures('other', 'words entirely'), v: TEXT_FEATURES_VERSION + 1 } };
    expect(sut.extract(stale)).toEqual(sut.extract(full));
  });

  it('reads the stated dates into the features', () => {
    const f = sut.extract(classifiedEvent(marketBombingTuesday));
    expect(f.dates).toEqual(['2026-03-10']);
    expect(f.eventDate).toBe('2026-03-10');
    expect(f.year).toBe(2026);
    expect(f.killed).toBe(12);
  });
});

describe('isCommonName', () => {
  it('knows country names, their stemmed parts and generic place words, not person names', () => {
    expect(['iraq', 'chinese', 'unit', 'kingdom', 'city'].filter(isCommonName)).toHaveLength(5);
    expect(isCommonName('kowalski')).toBe(false);
  });
});
