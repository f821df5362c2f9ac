import { alertId } from '@sitrep/rules';
import { SeenMessage } from '@sitrep/testing';

export interface SentArticle {
  id: string;
  kind: 'new' | 'resend';
}

export interface FaultReport {
  fault: string;
  articlesIn: number;
  /** New articles (resends are exact repeats, duplicates by design). */
  newArticles: number;
  /** New articles the classifier called "Not a conflict event" (no incident by design). */
  nonEvents: number;
  incidents: number;
  /** One per (incident, rule, level the incident reached at or above the rule's minimum). */
  alertsExpected: number;
  /** Expected alerts a receiver got, counted once per delivery id (repeats dropped). */
  alertsSent: number;
  /** An alert received under a second, different delivery id: a real duplicate (never allowed). */
  duplicatesSent: number;
  /** Extra receipts of one delivery id (a resend after a crash or timeout): allowed, counted. */
  repeatsSameId: number;
  /** Alerts received that no incident event called for (none expected). */
  unexpectedSent: number;
  lostArticles: number;
  lostAlerts: number;
  articlesDeadLettered: number;
  alertsDeadLettered: number;
}

/** One alert a receiver got: its alert id (rule:incident:level) and the delivery id it came with. */
export interface Receipt {
  alertId: string;
  deliveryId: string;
}

interface IncidentEventSeen {
  articleId: string;
  incidentId: string;
  level: number;
}

/**
 * Counts, after the run, what happened to every article and every alert:
 * - an article is accounted for when an incident event names it, the classifier called it "Not a
 *   conflict event" (issue 15: it opens no incident), or it is in articles.dlq;
 *   resends are accounted for by construction (an exact repeat is a duplicate);
 * - every level an incident reached (its events' levels) at or above a rule's minimum is one
 *   alert the notifier owes that rule (one per rule, incident and level: an escalation alerts
 *   again); it must reach the rule's receiver under one delivery id (repeats of that id are
 *   allowed and counted), or be in alerts.dlq. The alert belongs to the fault during which the
 *   article that first took the incident to that level was sent.
 *   Before 2026-12-06 only each incident's top level was expected while every level's alert was
 *   counted as sent: the "surplus" of sent over expected alerts in every fault was escalations.
 */
export function account(
  faults: { name: string; sent: SentArticle[] }[],
  incidentMessages: SeenMessage[],
  articleDlq: SeenMessage[],
  alertDlq: SeenMessage[],
  nonEventIds: ReadonlySet<string>,
  webhookReceipts: Receipt[],
  emailReceipts: Receipt[],
  rules: { webhook: { id: string; minLevel: number }; email: { id: string; minLevel: number } },
): FaultReport[] {
  const events: IncidentEventSeen[] = incidentMessages.flatMap((m) => {
    try {
      const e = JSON.parse(m.value) as { articleId: string; incident: { id: string; level: number } };
      return [{ articleId: e.articleId, incidentId: e.incident.id, level: e.incident.level }];
    } catch {
      return [];
    }
  });
  const articlesSeen = new Set(events.map((e) => e.articleId));
  /** incident → level → the article of the first event at that level. */
  const levels = new Map<string, Map<number, string>>();
  const incidentsOf = new Map<string, Set<string>>();
  for (const e of events) {
    const byLevel = levels.get(e.incidentId) ?? new Map<number, string>();
    if (!byLevel.has(e.level)) byLevel.set(e.level, e.articleId);
    levels.set(e.incidentId, byLevel);
    incidentsOf.set(e.articleId, (incidentsOf.get(e.articleId) ?? new Set()).add(e.incidentId));
  }
  const faultOf = new Map<string, string>();
  for (const f of faults) for (const a of f.sent) faultOf.set(a.id, f.name);
  const dlqKeys = new Set(articleDlq.map((m) => m.key ?? ''));
  const alertDlqText = alertDlq.map((m) => `${m.key ?? ''} ${m.headers['x-delivery-id'] ?? ''} ${m.value.slice(0, 2000)}`).join('\n');
  const receipts = [...webhookReceipts, ...emailReceipts];
  /** alert id → delivery id → receipts. */
  const received = new Map<string, Map<string, number>>();
  for (const r of receipts) {
    const ids = received.get(r.alertId) ?? new Map<string, number>();
    ids.set(r.deliveryId, (ids.get(r.deliveryId) ?? 0) + 1);
    received.set(r.alertId, ids);
  }
  /** alert id → fault, for every alert some incident event called for. */
  const expected = new Map<string, string>();
  for (const [incidentId, byLevel] of levels) {
    for (const [level, articleId] of byLevel) {
      const fault = faultOf.get(articleId);
      if (!fault) continue;
      for (const rule of [rules.webhook, rules.email]) if (level >= rule.minLevel) expected.set(alertId(rule.id, incidentId, level), fault);
    }
  }

  return faults.map((f) => {
    const newOnes = f.sent.filter((a) => a.kind === 'new');
    const incidents = new Set(f.sent.flatMap((a) => [...(incidentsOf.get(a.id) ?? [])]));
    const lostArticles = newOnes.filter((a) => !articlesSeen.has(a.id) && !dlqKeys.has(a.id) && !nonEventIds.has(a.id)).length;
    let alertsExpected = 0, alertsSent = 0, duplicatesSent = 0, repeatsSameId = 0, lostAlerts = 0, alertsDeadLettered = 0;
    for (const [id, fault] of expected) {
      if (fault !== f.name) continue;
      alertsExpected++;
      const ids = received.get(id);
      if (ids && ids.size > 0) {
        alertsSent++;
        duplicatesSent += ids.size - 1;
        for (const n of ids.values()) repeatsSameId += n - 1;
      } else if (alertDlqText.includes(id)) alertsDeadLettered++;
      else lostAlerts++;
    }
    // Alerts received for incidents of this fault's articles that no event called for.
    let unexpectedSent = 0;
    for (const id of received.keys()) {
      if (expected.has(id)) continue;
      const incidentId = id.split(':').slice(1, -1).join(':');
      const firstArticle = levels.get(incidentId)?.values().next().value;
      if (firstArticle !== undefined && faultOf.get(firstArticle) === f.name) unexpectedSent++;
    }
    return {
      fault: f.name,
      articlesIn: f.sent.length,
      newArticles: newOnes.length,
      nonEvents: newOnes.filter((a) => nonEventIds.has(a.id)).length,
      incidents: incidents.size,
      alertsExpected,
      alertsSent,
      duplicatesSent,
      repeatsSameId,
      unexpectedSent,
      lostArticles,
      lostAlerts,
      articlesDeadLettered: f.sent.filter((a) => dlqKeys.has(a.id)).length,
      alertsDeadLettered,
    };
  });
}

/** The verdict: nothing lost, nothing dead-lettered, nothing twice under a new id, every expected alert received. */
export function faultOk(r: FaultReport): boolean {
  return r.lostArticles === 0 && r.lostAlerts === 0 && r.alertsDeadLettered === 0 && r.duplicatesSent === 0 && r.unexpectedSent === 0 && r.alertsSent === r.alertsExpected;
}
