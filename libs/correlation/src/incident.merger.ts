import type { ArticleClassifiedEvent, Casualties, EscalationLevel, Incident, IncidentReport } from '@sitrep/contracts';
import { NOT_CONFLICT } from './report-similarity.scorer';

/** An incident keeps at most this many reports: the first and the most recent ones. */
export const MAX_REPORTS = 100;
const MAX_ACTORS = 20;

export type IncidentChangeKind = 'opened' | 'updated' | 'escalated';

export interface MergeResult {
  incident: Incident;
  change: IncidentChangeKind;
}

function reportOf(event: ArticleClassifiedEvent): IncidentReport {
  const { article, classification } = event;
  return {
    articleId: article.id,
    source: article.source,
    url: article.url,
    title: article.title,
    publishedAt: article.publishedAt,
    level: classification.level,
  };
}

function minIso(a: string, b: string): string {
  return Date.parse(b) < Date.parse(a) ? b : a;
}

function maxIso(a: string, b: string): string {
  return Date.parse(b) > Date.parse(a) ? b : a;
}

/**
 * The merge rules of one incident, pure: the level only rises (a calmer later report is kept in
 * the reports but never "resolves" the incident), casualty figures keep the highest reported
 * with the report that said it, and the summary is the title of the best report (highest level,
 * then the earliest).
 */
export class IncidentMerger {
  open(id: string, event: ArticleClassifiedEvent): MergeResult {
    const { article, classification: c } = event;
    const report = reportOf(event);
    const incident: Incident = {
      id,
      level: c.level,
      eventType: c.eventType,
      subEventType: c.subEventType ?? null,
      countries: [...(c.countries ?? [])],
      primary: { ...c.primary },
      region: c.region ?? null,
      regions: [...(c.regions ?? [])],
      firstSeen: article.publishedAt,
      lastSeen: article.publishedAt,
      casualties: IncidentMerger.openingCasualties(c.casualties),
      casualtySources: {
        killedBy: c.casualties?.killed ? article.id : null,
        injuredBy: c.casualties?.injured ? article.id : null,
      },
      actors: [...new Set(c.actors ?? [])].slice(0, MAX_ACTORS),
      reports: [report],
      levelHistory: [{ level: c.level, at: article.publishedAt, articleId: article.id }],
      summary: article.title,
    };
    return { incident, change: 'opened' };
  }

  /** An incident's first casualties; `perpetratorsKilled` only when some were (older events lack it). */
  private static openingCasualties(c: Casualties | undefined): Casualties {
    const out: Casualties = { killed: c?.killed ?? 0, injured: c?.injured ?? 0 };
    if (c?.perpetratorsKilled) out.perpetratorsKilled = c.perpetratorsKilled;
    return out;
  }

  attach(current: Incident, event: ArticleClassifiedEvent): MergeResult {
    const { article, classification: c } = event;
    // Copies of the parts this merge changes (arrays are rebuilt below): the input stays as it was.
    const next: Incident = {
      ...current,
      primary: { ...current.primary },
      casualties: { ...current.casualties },
      regions: current.regions ? [...current.regions] : current.regions,
    };
    const report = reportOf(event);
    next.reports = IncidentMerger.boundedReports([...next.reports, report]);
    next.firstSeen = minIso(next.firstSeen, article.publishedAt);
    next.lastSeen = maxIso(next.lastSeen, article.publishedAt);
    next.countries = [...new Set([...next.countries, ...(c.countries ?? [])])];
    next.actors = [...new Set([...next.actors, ...(c.actors ?? [])])].slice(0, MAX_ACTORS);
    IncidentMerger.fillPlace(next, event);
    if (next.eventType === NOT_CONFLICT && c.eventType !== NOT_CONFLICT) {
      next.eventType = c.eventType;
      next.subEventType = c.subEventType ?? null;
    }
    const sources = { killedBy: next.casualtySources?.killedBy ?? null, injuredBy: next.casualtySources?.injuredBy ?? null };
    if ((c.casualties?.killed ?? 0) > next.casualties.killed) {
      next.casualties.killed = c.casualties.killed;
      sources.killedBy = article.id;
    }
    if ((c.casualties?.injured ?? 0) > next.casualties.injured) {
      next.casualties.injured = c.casualties.injured;
      sources.injuredBy = article.id;
    }
    next.casualtySources = sources;
    // Attackers killed: the largest count any report gives, like the victims (not in the sources).
    const perpetrators = c.casualties?.perpetratorsKilled ?? 0;
    if (perpetrators > (next.casualties.perpetratorsKilled ?? 0)) next.casualties.perpetratorsKilled = perpetrators;
    const rose = c.level > next.level;
    if (rose) {
      next.level = c.level as EscalationLevel;
      next.levelHistory = [...next.levelHistory, { level: c.level, at: article.publishedAt, articleId: article.id }];
      // The report that raised the level is now the best account of the incident.
      next.summary = article.title;
    }
    return { incident: next, change: rose ? 'escalated' : 'updated' };
  }

  /** Keeps the first report (it opened the incident) and the most recent ones. */
  static boundedReports(reports: IncidentReport[]): IncidentReport[] {
    if (reports.length <= MAX_REPORTS) return reports;
    return [reports[0], ...reports.slice(reports.length - (MAX_REPORTS - 1))];
  }

  /** A report that knows more of the place (admin-1, city) in the same country fills it in. */
  private static fillPlace(next: Incident, event: ArticleClassifiedEvent): void {
    const p = event.classification.primary;
    if (!p) return;
    if (!next.primary.country) {
      next.primary = { ...p };
      next.region = event.classification.region ?? next.region;
      next.regions = [...(event.classification.regions ?? next.regions ?? [])];
      return;
    }
    if (p.country !== next.primary.country) return;
    if (!next.primary.admin1 && p.admin1) {
      next.primary.admin1 = p.admin1;
      next.primary.admin1Code = p.admin1Code ?? null;
    }
    if (!next.primary.admin2 && p.admin2 && p.admin1 === next.primary.admin1) next.primary.admin2 = p.admin2;
    if (!next.primary.city && p.city) {
      next.primary.city = p.city;
      next.primary.lat = p.lat;
      next.primary.lon = p.lon;
    }
  }
}
