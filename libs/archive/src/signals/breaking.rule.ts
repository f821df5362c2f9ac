import { Incident } from '@sitrep/contracts';
import { SignalThresholds as T } from './signal-thresholds';

export interface BreakingVerdict {
  fires: boolean;
  /** Distinct sources within 30 minutes of the first report. */
  observed: number;
  /** When the threshold was reached (the publishedAt of the report that made it). */
  at: string | null;
}

const NOT_AN_EVENT = 'Not a conflict event';

/**
 * Breaking (EMM's rapid growth of one story): a conflict incident reported by at least 3
 * distinct sources within 30 minutes of its first report.
 */
export function breakingVerdict(incident: Pick<Incident, 'eventType' | 'reports'>): BreakingVerdict {
  const reports = incident.reports
    .map((r) => ({ source: r.source.trim().toLowerCase(), t: Date.parse(r.publishedAt) }))
    .filter((r) => Number.isFinite(r.t) && r.source)
    .sort((a, b) => a.t - b.t);
  if (incident.eventType === NOT_AN_EVENT || reports.length === 0) return { fires: false, observed: 0, at: null };
  const until = reports[0].t + T.breakingWindowMinutes * 60_000;
  const sources = new Set<string>();
  let at: number | null = null;
  for (const r of reports) {
    if (r.t > until) break;
    sources.add(r.source);
    if (at === null && sources.size >= T.breakingMinSources) at = r.t;
  }
  return { fires: at !== null, observed: sources.size, at: at === null ? null : new Date(at).toISOString() };
}
