import { Injectable } from '@nestjs/common';
import { Incident, Rule } from '@sitrep/contracts';
import { IncidentStore } from '@sitrep/correlation';
import { RuleIndex } from '@sitrep/rules';

export interface PreviewAlert {
  level: number;
  at: string;
}

export interface RulePreview {
  ruleId: string;
  days: number;
  incidentsScanned: number;
  matched: { incidentId: string; level: number; summary: string | null; firstSeen: string; lastSeen: string; reports: number; alerts: PreviewAlert[]; reason: unknown }[];
  alertsPerDay: { date: string; alerts: number }[];
  totalAlerts: number;
  /** Incidents that several reports were merged into: each is one alert (per level), not one per report. */
  merged: { incidentId: string; reports: number; articleIds: string[] }[];
}

const SCAN_LIMIT = 500;

/**
 * "What would this rule have sent?" over the incidents of the last N days: which matched, the
 * alerts that means per day (the first at or above minLevel, then one per rise when realert is
 * on), and which incidents merged several reports (one alert, not one per article).
 */
@Injectable()
export class RulePreviewService {
  constructor(private readonly incidents: IncidentStore) {}

  async preview(rule: Rule, days: number, now = Date.now()): Promise<RulePreview> {
    const since = now - days * 86_400_000;
    const recent = (await this.incidents.list({ limit: SCAN_LIMIT })).filter((i) => Date.parse(i.lastSeen) >= since);
    const index = new RuleIndex();
    index.upsert(rule);
    const matched: RulePreview['matched'] = [];
    const perDay = new Map<string, number>();
    for (const incident of recent) {
      const [match] = index.match(incident);
      if (!match) continue;
      const alerts = alertsOf(incident, rule).filter((a) => Date.parse(a.at) >= since);
      alerts.forEach((a) => perDay.set(a.at.slice(0, 10), (perDay.get(a.at.slice(0, 10)) ?? 0) + 1));
      matched.push({
        incidentId: incident.id, level: incident.level, summary: incident.summary ?? incident.reports[0]?.title ?? null,
        firstSeen: incident.firstSeen, lastSeen: incident.lastSeen, reports: incident.reports.length, alerts, reason: match.reason,
      });
    }
    return {
      ruleId: rule.id,
      days,
      incidentsScanned: recent.length,
      matched,
      alertsPerDay: [...perDay].sort(([a], [b]) => a.localeCompare(b)).map(([date, alerts]) => ({ date, alerts })),
      totalAlerts: matched.reduce((n, m) => n + m.alerts.length, 0),
      merged: recent
        .filter((i) => i.reports.length > 1 && matched.some((m) => m.incidentId === i.id))
        .map((i) => ({ incidentId: i.id, reports: i.reports.length, articleIds: i.reports.map((r) => r.articleId) })),
    };
  }
}

/** The alerts the throttle stage would have let through, from the incident's level history. */
function alertsOf(incident: Incident, rule: Rule): PreviewAlert[] {
  const history = incident.levelHistory?.length ? [...incident.levelHistory] : [{ level: incident.level, at: incident.firstSeen }];
  history.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const realert = rule.policy?.realert ?? true;
  const out: PreviewAlert[] = [];
  let last = 0;
  for (const h of history) {
    if (h.level < rule.minLevel || h.level <= last) continue;
    if (last > 0 && !realert) break;
    out.push({ level: h.level, at: h.at });
    last = h.level;
  }
  return out;
}
