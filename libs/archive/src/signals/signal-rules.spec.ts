import { breakingVerdict } from './breaking.rule';
import { addDays } from './day-series';
import { recordVerdict } from './record.rule';
import { signalSummary } from './signal-summary';
import { surgeVerdict } from './surge.rule';

const series = (entries: [string, number][]) => new Map(entries);

describe(surgeVerdict.name, () => {
  const day = '2026-06-30';
  const quietWeeks = (perWeek: number): [string, number][] =>
    [1, 2, 3, 4].flatMap((w) => (perWeek ? [[addDays(day, -7 * w), perWeek] as [string, number]] : []));

  it('fires on the third severe incident in 7 days against a weekly mean of 1', () => {
    const sut = surgeVerdict(series([...quietWeeks(1), [day, 1], [addDays(day, -1), 1], [addDays(day, -2), 1]]), day);
    expect(sut).toEqual({ fires: true, observed: 3, baseline: 1 });
  });

  it('does not fire below twice the baseline', () => {
    expect(surgeVerdict(series([...quietWeeks(2), [day, 3]]), day)).toMatchObject({ fires: false, observed: 3, baseline: 2 });
  });

  it('never fires for one or two events, even in a place with no history', () => {
    expect(surgeVerdict(series([[day, 1]]), day).fires).toBe(false);
    expect(surgeVerdict(series([[day, 2]]), day).fires).toBe(false);
  });

  it('counts only the 7 days ending on the day (the 8th day back is baseline)', () => {
    const sut = surgeVerdict(series([[addDays(day, -7), 3], [day, 2]]), day);
    expect(sut).toMatchObject({ fires: false, observed: 2, baseline: 0.75 });
  });
});

describe(recordVerdict.name, () => {
  const day = '2026-06-30';
  it('fires when 30-day killed passes every 30-day total of the previous year, above the floor', () => {
    const sut = recordVerdict(series([[addDays(day, -200), 80], [addDays(day, -3), 120]]), day);
    expect(sut).toEqual({ fires: true, observed: 120, baseline: 80 });
  });
  it('does not fire under the floor or under an earlier high', () => {
    expect(recordVerdict(series([[day, 99]]), day).fires).toBe(false);
    expect(recordVerdict(series([[addDays(day, -100), 150], [day, 120]]), day)).toMatchObject({ fires: false, baseline: 150 });
  });
  it('ignores history older than 12 months (plus the window)', () => {
    expect(recordVerdict(series([[addDays(day, -420), 500], [day, 120]]), day)).toMatchObject({ fires: true, baseline: 0 });
  });
});

describe(breakingVerdict.name, () => {
  const report = (source: string, minutes: number) => ({
    articleId: `${source}-${minutes}`, source, url: 'https://x', title: 't', publishedAt: new Date(Date.UTC(2026, 5, 1, 12, minutes)).toISOString(),
  });
  it('fires at the third distinct source within 30 minutes', () => {
    const sut = breakingVerdict({ eventType: 'Battles', reports: [report('A', 0), report('a', 5), report('B', 10), report('C', 29)] });
    expect(sut).toEqual({ fires: true, observed: 3, at: new Date(Date.UTC(2026, 5, 1, 12, 29)).toISOString() });
  });
  it('does not count sources after 30 minutes, nor non-events', () => {
    expect(breakingVerdict({ eventType: 'Battles', reports: [report('A', 0), report('B', 10), report('C', 31)] }).fires).toBe(false);
    expect(breakingVerdict({ eventType: 'Not a conflict event', reports: [report('A', 0), report('B', 1), report('C', 2)] }).fires).toBe(false);
  });
});

describe(signalSummary.name, () => {
  it('says where the place stands', () => {
    expect(signalSummary('surge', 'Al Anbar', 3, 0.5)).toBe('3rd level ≥ 3 incident in Al Anbar in 7 days (previous 4 weeks: 0.5 a week)');
    expect(signalSummary('surge', 'X', 11, 1)).toMatch(/^11th/);
    expect(signalSummary('surge', 'X', 22, 1)).toMatch(/^22nd/);
  });
});
