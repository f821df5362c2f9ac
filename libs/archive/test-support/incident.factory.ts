import { randomUUID } from 'node:crypto';
import { Incident, IncidentEvent } from '@sitrep/contracts';

export interface IncidentSpec {
  id?: string;
  /** publishedAt of each report, in order. */
  reportsAt: string[];
  sources?: string[];
  level?: 1 | 2 | 3 | 4 | 5;
  country?: string;
  admin1?: string | null;
  admin1Code?: string | null;
  eventType?: string;
  killed?: number;
  title?: string;
  actors?: string[];
}

/** An incident as the correlator publishes it, with the given reports. */
export function makeIncident(spec: IncidentSpec): Incident {
  const id = spec.id ?? `inc-${randomUUID()}`;
  const reports = spec.reportsAt.map((at, i) => ({
    articleId: `${id}-a${i}`, source: spec.sources?.[i] ?? `source-${i}.example`, url: `https://news.example/${id}/${i}`,
    title: i === 0 ? spec.title ?? `Clash reported in ${spec.admin1 ?? 'the region'}` : `Report ${i} on ${spec.title ?? 'the clash'}`,
    publishedAt: at,
  }));
  const times = spec.reportsAt.map((t) => Date.parse(t));
  return {
    id, level: spec.level ?? 3, eventType: spec.eventType ?? 'Battles', subEventType: 'Armed clash',
    countries: [spec.country ?? 'IQ'],
    primary: { country: spec.country ?? 'IQ', admin1: spec.admin1 ?? null, admin1Code: spec.admin1Code ?? null, city: null, lat: 33.4, lon: 43.3 } as Incident['primary'],
    region: 'Western Asia', firstSeen: new Date(Math.min(...times)).toISOString(), lastSeen: new Date(Math.max(...times)).toISOString(),
    casualties: { killed: spec.killed ?? 0, injured: 0 }, actors: spec.actors ?? ['militants'], reports,
    levelHistory: [{ level: spec.level ?? 3, at: new Date(Math.min(...times)).toISOString() }],
    summary: reports[0]?.title,
  };
}

/** The incidents-topic event for an incident version. */
export function incidentEvent(incident: Incident, type: IncidentEvent['type'] = 'opened'): IncidentEvent {
  const at = new Date().toISOString();
  const last = incident.reports[incident.reports.length - 1]?.articleId ?? incident.id;
  return { eventId: randomUUID(), occurredAt: at, schemaVersion: 1, correlationId: last, type, incident, articleId: last, articleReceivedAt: at };
}
