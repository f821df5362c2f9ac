import { randomUUID } from 'node:crypto';
import { Incident, IncidentEvent, Rule } from '@sitrep/contracts';
import { Publisher } from '@sitrep/messaging';
import { IncidentConsumer } from './incident.consumer';
import { ContextStage } from './stages/context.stage';
import { MuteStage } from './stages/mute.stage';
import { RouteStage } from './stages/route.stage';
import { Candidate } from './stages/stage';
import { ThrottleStage } from './stages/throttle.stage';

const event = (incidentId: string): IncidentEvent => {
  const now = new Date().toISOString();
  const incident = Object.assign(new Incident(), {
    id: incidentId, level: 3, eventType: 'Battles', subEventType: 'Armed clash', countries: ['IQ'],
    primary: { country: 'IQ', admin1: 'Kirkuk', city: 'Kirkuk', lat: 35.47, lon: 44.39 }, region: 'Western Asia',
    regions: ['Western Asia'], firstSeen: now, lastSeen: now, casualties: { killed: 0, injured: 2 }, actors: [],
    reports: [{ articleId: `a-${incidentId}`, source: 's', url: 'https://news.example.org/x', title: 'Clashes', publishedAt: now }],
    levelHistory: [{ level: 3, at: now }], summary: 'Clashes',
  });
  return Object.assign(new IncidentEvent(), {
    eventId: randomUUID(), occurredAt: now, schemaVersion: 1, correlationId: randomUUID(), type: 'updated',
    incident, articleId: `a-${incidentId}`, articleReceivedAt: now,
  });
};

/** The history context adds to reasons only; these specs are about ordering and throttling. */
const noContext = { process: async (cs: Candidate[]) => cs } as unknown as ContextStage;

describe(IncidentConsumer.name, () => {
  it('handles the events of one incident one after another, those of different incidents at once', async () => {
    const running = new Map<string, number>();
    const log: string[] = [];
    let overlapAcrossIncidents = false;
    const rule = { id: 'r1', name: 'rule', channels: {} } as unknown as Rule;
    const route = { process: async (cs: Candidate[]) => cs.map((c) => ({ ...c, rule })) } as unknown as RouteStage;
    const mute = { process: async (cs: Candidate[]) => cs } as unknown as MuteStage;
    const throttle = {
      process: async (cs: Candidate[]) => {
        const id = cs[0].incident.id;
        running.set(id, (running.get(id) ?? 0) + 1);
        if (running.get(id)! > 1) log.push(`overlap ${id}`);
        if ([...running.values()].filter((n) => n > 0).length > 1) overlapAcrossIncidents = true;
        await new Promise((r) => setTimeout(r, 5));
        return cs;
      },
      confirm: async (cs: Candidate[]) => {
        running.set(cs[0].incident.id, running.get(cs[0].incident.id)! - 1);
        log.push(`done ${cs[0].incident.id}`);
      },
    } as unknown as ThrottleStage;
    const publisher = { publish: async () => new Promise((r) => setTimeout(r, 5)) } as unknown as Publisher;
    const sut = new IncidentConsumer(route, mute, throttle, noContext, publisher);

    await Promise.all([sut.handle(event('a')), sut.handle(event('a')), sut.handle(event('b')), sut.handle(event('a'))]);

    expect(log.filter((l) => l.startsWith('overlap'))).toEqual([]);
    expect(log.filter((l) => l === 'done a')).toHaveLength(3);
    expect(overlapAcrossIncidents).toBe(true);
  });

  it('lets the next event of the incident run when one fails', async () => {
    const rule = { id: 'r1', name: 'rule', channels: {} } as unknown as Rule;
    let calls = 0;
    const route = { process: async (cs: Candidate[]) => cs.map((c) => ({ ...c, rule })) } as unknown as RouteStage;
    const mute = { process: async (cs: Candidate[]) => cs } as unknown as MuteStage;
    const throttle = {
      process: async (cs: Candidate[]) => {
        if (++calls === 1) throw new Error('redis down');
        return [];
      },
    } as unknown as ThrottleStage;
    const sut = new IncidentConsumer(route, mute, throttle, noContext, {} as Publisher);

    const [first, second] = await Promise.allSettled([sut.handle(event('c')), sut.handle(event('c'))]);
    expect(first.status).toBe('rejected');
    expect(second.status).toBe('fulfilled');
    expect(calls).toBe(2);
  });
});
