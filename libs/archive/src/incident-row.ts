import { Incident } from '@sitrep/contracts';

/** What the archive stores of one incident version, flattened for SQL. */
export interface IncidentRow {
  id: string;
  /** Reports merged so far: grows with every new report, so a later version is a larger one. */
  version: number;
  level: number;
  eventType: string;
  subEventType: string | null;
  country: string;
  countries: string[];
  admin1: string | null;
  admin1Code: string | null;
  /** admin-1 code when known, else its name, else '' (rollups and signals group by it). */
  admin1Key: string;
  admin2: string | null;
  city: string | null;
  lat: number | null;
  lon: number | null;
  region: string | null;
  firstSeen: string;
  lastSeen: string;
  /** Event time: the earliest report's publishedAt (what trends and signals bucket on). */
  occurredAt: string;
  killed: number;
  injured: number;
  summary: string | null;
  /** Full-text parts, weighted A (summary, titles), B (places), C (actors). */
  textTitles: string;
  textPlaces: string;
  textActors: string;
  doc: Incident;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);

export function toIncidentRow(incident: Incident): IncidentRow {
  const primary = incident.primary;
  const admin1Code = str(primary.admin1Code);
  const admin1 = str(primary.admin1);
  const published = incident.reports.map((r) => Date.parse(r.publishedAt)).filter((t) => Number.isFinite(t));
  const occurredAt = published.length ? new Date(Math.min(...published)).toISOString() : incident.firstSeen;
  const titles = [incident.summary ?? '', ...incident.reports.map((r) => r.title)];
  return {
    id: incident.id,
    version: incident.reports.length,
    level: incident.level,
    eventType: incident.eventType,
    subEventType: str(incident.subEventType),
    country: str(primary.country) ?? incident.countries[0] ?? '',
    countries: incident.countries,
    admin1,
    admin1Code,
    admin1Key: admin1Code ?? admin1 ?? '',
    admin2: str(primary.admin2),
    city: str(primary.city),
    lat: typeof primary.lat === 'number' ? primary.lat : null,
    lon: typeof primary.lon === 'number' ? primary.lon : null,
    region: str(incident.region),
    firstSeen: incident.firstSeen,
    lastSeen: incident.lastSeen,
    occurredAt,
    killed: incident.casualties.killed,
    injured: incident.casualties.injured,
    summary: str(incident.summary),
    textTitles: [...new Set(titles.filter(Boolean))].join(' \n '),
    textPlaces: [primary.city, admin1, admin1Code, str(primary.admin2), primary.country, ...incident.countries, incident.region].filter(Boolean).join(' '),
    textActors: incident.actors.join(' '),
    doc: incident,
  };
}

/** The stored facts a newer version is compared with. */
export interface StoredVersion {
  version: number;
  lastSeen: string;
  level: number;
  killed: number;
  injured: number;
}

/**
 * Whether `next` is a later version than `stored`: more reports; or as many reports with a later
 * last report, a higher level or higher casualty figures. A replay or redelivery of a version
 * already stored is not newer, so it changes nothing.
 */
export function isNewerVersion(next: StoredVersion, stored: StoredVersion | undefined): boolean {
  if (!stored) return true;
  if (next.version !== stored.version) return next.version > stored.version;
  const a = Date.parse(next.lastSeen);
  const b = Date.parse(stored.lastSeen);
  if (a !== b) return a > b;
  if (next.level !== stored.level) return next.level > stored.level;
  return next.killed + next.injured > stored.killed + stored.injured;
}
