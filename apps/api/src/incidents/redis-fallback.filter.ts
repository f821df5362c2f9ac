import { Incident } from '@sitrep/contracts';
import { IncidentFilterQuery } from './incidents.query';

const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/**
 * The v1.1 filters applied in memory to Redis's live incidents, for when the archive cannot
 * answer: approximate full text (every word of `q` somewhere in the incident's text).
 */
export function matchesFilter(incident: Incident, f: IncidentFilterQuery): boolean {
  const p = incident.primary;
  if (f.admin1 && fold(f.admin1) !== fold(p.admin1Code ?? '') && fold(f.admin1) !== fold(p.admin1 ?? '')) return false;
  if (f.eventType && incident.eventType !== f.eventType) return false;
  if (f.from && Date.parse(incident.lastSeen) < Date.parse(f.from)) return false;
  if (f.to && Date.parse(incident.lastSeen) > Date.parse(f.to)) return false;
  if (f.q) {
    const text = fold([incident.summary, ...incident.reports.map((r) => r.title), p.city, p.admin1, p.country, ...incident.actors].filter(Boolean).join(' '));
    const words = fold(f.q).split(/[^\p{L}\p{N}]+/u).filter((w) => w && w !== 'or');
    if (!words.every((w) => text.includes(w))) return false;
  }
  return true;
}
