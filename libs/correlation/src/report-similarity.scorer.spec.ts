import { classifiedEvent, quakeChile, quakeTurkey, reportA, reportB, reportWeekLater, rewriteOfA, type ReportInput } from '../test/report.fixtures';
import { DEFAULT_THRESHOLD } from './correlator';
import { extendProfile, openProfile } from './incident-profile';
import { ReportFeaturesExtractor } from './report-features.extractor';
import { ReportSimilarityScorer } from './report-similarity.scorer';

describe(ReportSimilarityScorer.name, () => {
  const extractor = new ReportFeaturesExtractor();
  const features = (r: ReportInput) => extractor.extract(classifiedEvent(r));
  const sut = new ReportSimilarityScorer();

  it('matches report B to the incident of report A, and A to that of B', () => {
    const a = features(reportA);
    const b = features(reportB);
    expect(sut.score(b, openProfile('a', a)).score).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
    expect(sut.score(a, openProfile('b', b)).score).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
  });

  it('matches a rewrite of A mostly on its text', () => {
    const profile = extendProfile(openProfile('a', features(reportA)), features(reportB));
    const parts = sut.score(features(rewriteOfA), profile);
    expect(parts.text).toBeGreaterThan(0.5);
    expect(parts.score).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
  });

  it('never matches a report a week later, however similar its words', () => {
    const profile = openProfile('a', features(reportA));
    expect(sut.score(features(reportWeekLater), profile).score).toBe(0);
    const sameDay = { ...features(reportWeekLater), time: profile.t0 };
    expect(sut.score(sameDay, profile).score).toBeGreaterThan(0);
  });

  it('keeps two earthquakes in two countries apart', () => {
    const parts = sut.score(features(quakeTurkey), openProfile('q', features(quakeChile)));
    expect(parts.place).toBeLessThan(0);
    expect(parts.score).toBeLessThan(DEFAULT_THRESHOLD);
  });

  it('scores place, type and time parts as documented', () => {
    const a = features(reportA);
    const profile = openProfile('a', a);
    const otherProvince = { ...features(reportB), place: { country: 'IQ', admin1: 'ninawa', city: null } };
    expect(ReportSimilarityScorer.place(features(reportB), profile)).toBeGreaterThan(0);
    expect(ReportSimilarityScorer.place(otherProvince, profile)).toBeLessThan(0);
    expect(ReportSimilarityScorer.type('Battles', 'Battles')).toBeGreaterThan(0);
    expect(ReportSimilarityScorer.type('Battles', 'Riots')).toBeLessThan(0);
    expect(ReportSimilarityScorer.type('Not a conflict event', 'Riots')).toBe(0);
    const twoDaysLater = { ...a, time: a.time + 48 * 3_600_000 };
    expect(sut.score(twoDaysLater, profile).time).toBeLessThan(0);
  });
});
