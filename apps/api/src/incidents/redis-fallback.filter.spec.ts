import { makeIncident } from '../../../../libs/archive/test-support/incident.factory';
import { matchesFilter } from './redis-fallback.filter';

describe(matchesFilter.name, () => {
  const sut = makeIncident({ reportsAt: ['2026-06-01T10:00:00Z'], admin1: 'Al Anbar', admin1Code: 'IQ-AN', title: 'Rockets hit Ain al-Asad air base' });
  it('matches admin-1 by name or code, event type, time and words', () => {
    expect(matchesFilter(sut, { admin1: 'IQ-AN', q: 'ain al-asad', eventType: 'Battles', from: '2026-05-01', to: '2026-07-01' })).toBe(true);
    expect(matchesFilter(sut, { admin1: 'al anbar' })).toBe(true);
  });
  it('refuses what does not match', () => {
    expect(matchesFilter(sut, { admin1: 'IQ-NI' })).toBe(false);
    expect(matchesFilter(sut, { q: 'Mosul' })).toBe(false);
    expect(matchesFilter(sut, { eventType: 'Protests' })).toBe(false);
    expect(matchesFilter(sut, { from: '2026-06-02' })).toBe(false);
    expect(matchesFilter(sut, { to: '2026-05-31' })).toBe(false);
  });
});
