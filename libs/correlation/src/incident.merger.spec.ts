import { classifiedEvent, reportA, reportB, rewriteOfA } from '../test/report.fixtures';
import { IncidentMerger, MAX_REPORTS } from './incident.merger';

describe(IncidentMerger.name, () => {
  const sut = new IncidentMerger();

  it('opens an incident from one report', () => {
    const { incident, change } = sut.open('inc1', classifiedEvent(reportA));
    expect(change).toBe('opened');
    expect(incident).toMatchObject({
      id: 'inc1',
      level: 4,
      countries: ['IQ'],
      casualties: { killed: 0, injured: 5 },
      casualtySources: { killedBy: null, injuredBy: reportA.id },
      summary: reportA.title,
      firstSeen: reportA.publishedAt,
    });
    expect(incident.reports.map((r) => r.articleId)).toEqual([reportA.id]);
    expect(incident.levelHistory).toEqual([{ level: 4, at: reportA.publishedAt, articleId: reportA.id }]);
  });

  it('keeps the level when a later report rates it lower: no "resolve"', () => {
    const opened = sut.open('inc1', classifiedEvent(reportA)).incident;
    const { incident, change } = sut.attach(opened, classifiedEvent(reportB));
    expect(change).toBe('updated');
    expect(incident.level).toBe(4);
    expect(incident.levelHistory).toHaveLength(1);
    expect(incident.summary).toBe(reportA.title);
    expect(incident.reports.map((r) => r.articleId)).toEqual([reportA.id, reportB.id]);
    expect(incident.lastSeen).toBe(reportB.publishedAt);
  });

  it('escalates, records the history and takes the summary from the report that raised it', () => {
    const opened = sut.open('inc1', classifiedEvent(reportB)).incident;
    const { incident, change } = sut.attach(opened, classifiedEvent(reportA));
    expect(change).toBe('escalated');
    expect(incident.level).toBe(4);
    expect(incident.levelHistory.map((h) => h.level)).toEqual([3, 4]);
    expect(incident.summary).toBe(reportA.title);
  });

  it('keeps the highest casualty figures with the report that gave them', () => {
    const opened = sut.open('inc1', classifiedEvent({ ...reportA, injured: 5, killed: 0 })).incident;
    const more = sut.attach(opened, classifiedEvent({ ...rewriteOfA, injured: 8, killed: 1 })).incident;
    const fewer = sut.attach(more, classifiedEvent({ ...reportB, injured: 2 })).incident;
    expect(fewer.casualties).toEqual({ killed: 1, injured: 8 });
    expect(fewer.casualtySources).toEqual({ killedBy: rewriteOfA.id, injuredBy: rewriteOfA.id });
  });

  it('keeps attackers killed apart from the victims, at the highest count any report gives', () => {
    const opened = sut.open('inc1', classifiedEvent({ ...reportA, killed: 0, perpetratorsKilled: 2 })).incident;
    expect(opened.casualties).toEqual({ killed: 0, injured: 5, perpetratorsKilled: 2 });
    const more = sut.attach(opened, classifiedEvent({ ...rewriteOfA, killed: 1, perpetratorsKilled: 4 })).incident;
    const fewer = sut.attach(more, classifiedEvent({ ...reportB, perpetratorsKilled: 1 })).incident;
    expect(fewer.casualties).toEqual({ killed: 1, injured: 5, perpetratorsKilled: 4 });
    expect(sut.open('inc2', classifiedEvent(reportB)).incident.casualties).not.toHaveProperty('perpetratorsKilled');
  });

  it('does not change the incident it was given', () => {
    const opened = sut.open('inc1', classifiedEvent(reportA)).incident;
    const before = JSON.stringify(opened);
    sut.attach(opened, classifiedEvent(reportB));
    expect(JSON.stringify(opened)).toBe(before);
  });

  it('bounds the report list, keeping the first', () => {
    let incident = sut.open('inc1', classifiedEvent(reportA)).incident;
    for (let i = 0; i < MAX_REPORTS + 5; i++) {
      incident = sut.attach(incident, classifiedEvent({ ...reportB, id: `copy-${i}` })).incident;
    }
    expect(incident.reports).toHaveLength(MAX_REPORTS);
    expect(incident.reports[0].articleId).toBe(reportA.id);
    expect(incident.reports[MAX_REPORTS - 1].articleId).toBe(`copy-${MAX_REPORTS + 4}`);
  });
});
