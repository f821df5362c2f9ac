import { ArticleClassifiedEvent } from '@sitrep/contracts';
import { ReportFeaturesExtractor } from '@sitrep/correlation';
import { decodeEvent, InvalidEventError } from '@sitrep/messaging';
import { classifiedEvent, reportA } from '../../../libs/correlation/test/report.fixtures';

/** The correlator decodes what the classifier sends: the features must survive decodeEvent whole. */
describe('articles.classified with correlation features', () => {
  const event = classifiedEvent(reportA);
  const correlation = new ReportFeaturesExtractor().textFeatures(event.article.title, event.article.body);
  const payload = JSON.parse(JSON.stringify({ ...event, correlation })) as unknown;

  it('keeps the features through decodeEvent', () => {
    expect(decodeEvent(ArticleClassifiedEvent, payload).correlation).toEqual(correlation);
  });

  it('rejects malformed features, naming the field', () => {
    const bad = JSON.parse(JSON.stringify({ ...event, correlation: { ...correlation, bands: [1, 2] } })) as unknown;
    expect(() => decodeEvent(ArticleClassifiedEvent, bad)).toThrow(InvalidEventError);
    expect(() => decodeEvent(ArticleClassifiedEvent, bad)).toThrow(/correlation\.bands/);
  });

  it('still accepts an event without features (older classifiers)', () => {
    expect(decodeEvent(ArticleClassifiedEvent, JSON.parse(JSON.stringify(event))).correlation).toBeUndefined();
  });
});
