import { alertId } from '@sitrep/rules';
import { SeenMessage } from '@sitrep/testing';
import { WebhookHit } from './chaos-webhook.receiver';

export interface SentArticle {
  id: string;
  kind: 'new' | 'resend';
}

export interface FaultReport {
  fault: string;
  articlesIn: number;
  /** New articles (resends are exact repeats, duplicates by design). */
  newArticles: number;
  incidents: number;
  alertsExpected: number;
  alertsSent: number;
  duplicatesSent: number;
  lostArticles: number;
  lostAlerts: number;
  articlesDeadLettered: number;
  alertsDeadLettered: number;
}

interface IncidentEventSeen {
  articleId: string;
  incidentId: string;
  level: number;
}

/**
 * Counts, after the run, what happened to every article and every alert:
 * - an article is accounted for when an incident event names it, or it is in articles.dlq;
 *   resends are accounted for by construction (an exact repeat is a duplicate);
 * - for every incident, the alert at its highest level must reach each matching rule's target
 *   exactly once (webhook: acknowledged 2xx; email: accepted by SMTP), or be in alerts.dlq.
 */
export function account(
  faults: { name: string; sent: SentArticle[] }[],
  incidentMessages: SeenMessage[],
  articleDlq: SeenMessage[],
  alertDlq: SeenMessage[],
  webhookHits: WebhookHit[],
  emailAlertIds: string[],
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
  const byArticle = new Map<string, IncidentEventSeen[]>();
  const maxEvent = new Map<string, IncidentEventSeen>();
  for (const e of events) {
    byArticle.set(e.articleId, [...(byArticle.get(e.articleId) ?? []), e]);
    const cur = maxEvent.get(e.incidentId);
    if (!cur || e.level > cur.level) maxEvent.set(e.incidentId, e);
  }
  const faultOf = new Map<string, string>();
  for (const f of faults) for (const a of f.sent) faultOf.set(a.id, f.name);
  const dlqKeys = new Set(articleDlq.map((m) => m.key ?? ''));
  const alertDlqText = alertDlq.map((m) => `${m.key ?? ''} ${m.headers['x-delivery-id'] ?? ''} ${m.value.slice(0, 2000)}`).join('\n');
  const acked = countBy(webhookHits.filter((h) => h.acknowledged).map((h) => h.key));
  const mails = countBy(emailAlertIds);

  return faults.map((f) => {
    const newOnes = f.sent.filter((a) => a.kind === 'new');
    const incidents = new Set(f.sent.flatMap((a) => (byArticle.get(a.id) ?? []).map((e) => e.incidentId)));
    const lostArticles = newOnes.filter((a) => !byArticle.has(a.id) && !dlqKeys.has(a.id)).length;
    let alertsExpected = 0;
    let alertsSent = 0;
    let duplicatesSent = 0;
    let lostAlerts = 0;
    let alertsDeadLettered = 0;
    for (const [incidentId, top] of maxEvent) {
      if (faultOf.get(top.articleId) !== f.name) continue;
      for (const [rule, sent] of [[rules.webhook, acked], [rules.email, mails]] as const) {
        if (top.level < rule.minLevel) continue;
        // Intermediate levels (an incident that escalated) were alerted too: count them as sent.
        for (let level = rule.minLevel; level <= top.level; level++) {
          const n = sent.get(alertId(rule.id, incidentId, level)) ?? 0;
          alertsSent += Math.min(n, 1);
          duplicatesSent += Math.max(0, n - 1);
        }
        alertsExpected++;
        const id = alertId(rule.id, incidentId, top.level);
        if ((sent.get(id) ?? 0) > 0) continue;
        if (alertDlqText.includes(id)) alertsDeadLettered++;
        else lostAlerts++;
      }
    }
    return {
      fault: f.name,
      articlesIn: f.sent.length,
      newArticles: newOnes.length,
      incidents: incidents.size,
      alertsExpected,
      alertsSent,
      duplicatesSent,
      lostArticles,
      lostAlerts,
      articlesDeadLettered: f.sent.filter((a) => dlqKeys.has(a.id)).length,
      alertsDeadLettered,
    };
  });
}

function countBy(keys: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return m;
}
