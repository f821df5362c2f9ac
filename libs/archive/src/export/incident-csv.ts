import { Incident } from '@sitrep/contracts';

export const CSV_COLUMNS = [
  'id', 'level', 'eventType', 'subEventType', 'country', 'admin1', 'admin1Code', 'admin2', 'city', 'lat', 'lon',
  'firstSeen', 'lastSeen', 'killed', 'injured', 'actors', 'reports', 'sources', 'summary', 'url',
] as const;

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break; a leading
 * = + - @ (a spreadsheet formula) is defused with a quote mark (OWASP CSV injection).
 */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvHeader(): string {
  return CSV_COLUMNS.join(',') + '\r\n';
}

export function csvRow(i: Incident): string {
  const p = i.primary;
  const values: Record<(typeof CSV_COLUMNS)[number], unknown> = {
    id: i.id, level: i.level, eventType: i.eventType, subEventType: i.subEventType, country: p.country ?? i.countries[0] ?? null,
    admin1: p.admin1, admin1Code: p.admin1Code ?? null, admin2: p.admin2 ?? null, city: p.city, lat: p.lat, lon: p.lon,
    firstSeen: i.firstSeen, lastSeen: i.lastSeen, killed: i.casualties.killed, injured: i.casualties.injured,
    actors: i.actors.join('; '), reports: i.reports.length, sources: [...new Set(i.reports.map((r) => r.source))].join('; '),
    summary: i.summary ?? i.reports[0]?.title ?? null, url: i.reports[0]?.url ?? null,
  };
  return CSV_COLUMNS.map((c) => csvField(values[c])).join(',') + '\r\n';
}
