import { PlaceContextQuery } from '@sitrep/archive';
import { makeIncident } from '../../../../libs/archive/test-support/incident.factory';
import { ContextStage } from './context.stage';
import { Candidate } from './stage';

describe(ContextStage.name, () => {
  const incident = makeIncident({ reportsAt: ['2026-06-01T10:00:00Z'], admin1: 'Al Anbar', admin1Code: 'IQ-AN' });
  const candidates = [{ rule: { id: 'r1' }, incident, reason: { countries: ['IQ'] } }, { rule: { id: 'r2' }, incident, reason: {} }] as unknown as Candidate[];
  const places = (describe: () => Promise<string | null>) => ({ describe }) as unknown as PlaceContextQuery;

  it('adds where the incident stands to every candidate', async () => {
    const sut = new ContextStage(places(async () => '3rd level ≥ 3 incident in Al Anbar (IQ) in 7 days (previous 4 weeks: 0.5 a week)'));
    const out = await sut.process(candidates);
    expect(out.map((c) => c.reason)).toEqual([
      { countries: ['IQ'], context: '3rd level ≥ 3 incident in Al Anbar (IQ) in 7 days (previous 4 weeks: 0.5 a week)' },
      { context: '3rd level ≥ 3 incident in Al Anbar (IQ) in 7 days (previous 4 weeks: 0.5 a week)' },
    ]);
  });

  it('lets every alert through without context when the archive fails or has none', async () => {
    expect(await new ContextStage(places(async () => { throw new Error('ECONNREFUSED'); })).process(candidates)).toEqual(candidates);
    expect(await new ContextStage(places(async () => null)).process(candidates)).toEqual(candidates);
  });
});
