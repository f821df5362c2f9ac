import { bucketStarts, weekStart } from './trends.query';

describe('trend buckets', () => {
  it('starts weeks on Monday', () => {
    expect(weekStart('2026-12-06')).toBe('2026-11-30'); // a Sunday
    expect(weekStart('2026-11-30')).toBe('2026-11-30');
  });
  it('lists every bucket of the range, without gaps', () => {
    expect(bucketStarts('2026-01-30', '2026-02-02', 'day')).toEqual(['2026-01-30', '2026-01-31', '2026-02-01', '2026-02-02']);
    expect(bucketStarts('2026-12-02', '2026-12-15', 'week')).toEqual(['2026-11-30', '2026-12-07', '2026-12-14']);
  });
});
