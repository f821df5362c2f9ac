import {
  bombMaiduguri,
  bombMogadishu,
  classifiedEvent,
  marketBombingFriday,
  marketBombingTuesday,
  raidFiveDead,
  raidFortyDead,
  reportA,
  reportB,
  reportWeekLater,
  rewriteOfA,
  type ReportInput,
} from '../test/report.fixtures';
import { DEFAULT_THRESHOLD } from './correlator';
import { extendProfile, openProfile } from './incident-profile';
import { MERGE_FEATURES } from './merge.model';
import { ReportFeaturesExtractor } from './report-features.extractor';
import { ReportSimilarityScorer } from './report-similarity.scorer';

describe(ReportSimilarityScorer.name, () => {
  const extractor = new ReportFeaturesExtractor();
  const features = (r: ReportInput) => extractor.extract(classifiedEvent(r));
  const sut = new ReportSimilarityScorer();
  const at = (name: (typeof MERGE_FEATURES)[number]) => MERGE_FEATURES.indexOf(name);

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

  it('keeps two car bombings in two countries apart', () => {
    const parts = sut.score(features(bombMaiduguri), openProfile('m', features(bombMogadishu)));
    expect(parts.place).toBe(-1);
    expect(parts.x[at('otherCountry')]).toBe(1);
    expect(parts.score).toBeLessThan(DEFAULT_THRESHOLD);
  });

  it('keeps two bombings of one market apart by the dates the reports state', () => {
    const tuesday = features(marketBombingTuesday);
    const friday = features(marketBombingFriday);
    const parts = sut.score(friday, openProfile('t', tuesday));
    expect(parts.x[at('dateConflict')]).toBe(1);
    expect(parts.score).toBeLessThan(DEFAULT_THRESHOLD);
    // The same report stating Tuesday's date would have scored higher: the date counts.
    const sameDate = { ...friday, dates: tuesday.dates, eventDate: tuesday.eventDate, year: tuesday.year };
    expect(sut.score(sameDate, openProfile('t', tuesday)).score).toBeGreaterThan(parts.score);
  });

  it('counts death tolls far apart against a match', () => {
    const five = features(raidFiveDead);
    const forty = features(raidFortyDead);
    const parts = sut.score(forty, openProfile('r', five));
    expect(parts.x[at('killedConflict')]).toBeCloseTo(Math.log(41 / 6), 6);
    expect(parts.score).toBeLessThan(DEFAULT_THRESHOLD);
    expect(sut.score({ ...forty, killed: 5 }, openProfile('r', five)).score).toBeGreaterThan(parts.score);
  });

  it('scores place, type and time parts as documented', () => {
    const a = features(reportA);
    const profile = openProfile('a', a);
    const otherProvince = { ...features(reportB), place: { country: 'IQ', admin1: 'ninawa', city: null } };
    expect(ReportSimilarityScorer.place(features(reportB), profile)).toBe(1);
    expect(ReportSimilarityScorer.place(otherProvince, profile)).toBe(-1);
    expect(ReportSimilarityScorer.type('Battles', 'Battles')).toBe(1);
    expect(ReportSimilarityScorer.type('Battles', 'Riots')).toBe(-1);
    expect(ReportSimilarityScorer.type('Not a conflict event', 'Riots')).toBe(0);
    const twoDaysLater = { ...a, time: a.time + 48 * 3_600_000 };
    expect(sut.score(twoDaysLater, profile).time).toBeLessThan(0);
  });

  it('scores a report against the incident core, not against one outlying report', () => {
    // Three reports of the air-base attack and one outlier that also talks about a market bombing.
    const outlier = { ...features(marketBombingTuesday), place: features(reportA).place, dates: [], year: null, killed: 0 };
    let profile = openProfile('a', features(reportA));
    for (const f of [features(reportB), features(rewriteOfA), outlier]) profile = extendProfile(profile, f);
    const parts = sut.score(features(marketBombingFriday), profile);
    expect(parts.x[at('coreText')]).toBeLessThan(parts.x[at('text')]);
    expect(parts.score).toBeLessThan(DEFAULT_THRESHOLD);
  });

  it('scores profiles whose terms were numbered after the report (no NaN, the shared words still count)', () => {
    const fresh = new ReportSimilarityScorer();
    const a = features(reportA);
    const b = features(reportB);
    // B is numbered first; each profile then brings words no report had, so the numbering runs past
    // the weights B filled in (1,024 at first) and a profile's new words get ids beyond them.
    for (let n = 0; n < 40; n++) {
      const filler = Array.from({ length: 80 }, (_, i) => `filler${n}x${i}`);
      const wide = { ...a, terms: { keys: [...a.terms.keys, ...filler], weights: [...a.terms.weights, ...filler.map(() => 0.5)] } };
      const parts = fresh.score(b, openProfile(`wide${n}`, wide));
      expect(Number.isNaN(parts.text)).toBe(false);
      expect(parts.text).toBeGreaterThan(0);
    }
  });
});
