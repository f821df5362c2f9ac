import { AlertEvent, EscalationLevel, Incident, LEVEL_NAMES } from '@sitrep/contracts';
import { describeMatchReason, MatchReason, oneLine, placeLabel, safeHttpUrl } from '@sitrep/rules';
import { DeliveryUnit } from '../delivery/delivery-unit';

/**
 * What a chat message (Slack, Teams) says about one alert, as plain one-line text: nothing here is
 * escaped, each format escapes it its own way. An incident alert maps to it below; a signal alert
 * (archive issue) maps to the same shape — level, title, facts, links, why, dashboard link — and
 * the Slack and Teams builders render it unchanged.
 */
export interface ChatAlert {
  level: number;
  /** "L4 severe". */
  badge: string;
  title: string;
  facts: { label: string; value: string }[];
  /** The first reports (article title, source, date, safe http(s) URL or null). */
  links: { title: string; note: string; url: string | null }[];
  /** Reports not listed. */
  moreLinks: number;
  ruleName: string;
  why: string[];
  /** The incident (or signal) on the dashboard; null without a usable public URL. */
  openUrl: string | null;
}

/** A digest window of one rule, highest level first. */
export interface ChatDigest {
  ruleName: string;
  windowEnd: string | null;
  alerts: ChatAlert[];
}

/** Article text is capped before escaping (escaping may grow it fivefold: `&` → `&amp;`). */
export const TEXT_CAP = 300;
/** Reports listed per alert. */
export const MAX_LINKS = 5;

/** Cut to at most `max` code points, ending with "…" when cut; never splits a surrogate pair. */
export function cap(text: string, max = TEXT_CAP): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

const clean = (text: string | null | undefined, max = TEXT_CAP) => cap(oneLine(text ?? ''), max);

export function levelBadge(level: number): string {
  return `L${level} ${LEVEL_NAMES[level as EscalationLevel] ?? 'unknown'}`;
}

function casualties(incident: Incident): string {
  const { killed = 0, injured = 0 } = incident.casualties ?? {};
  return killed || injured ? `${killed} killed, ${injured} injured` : 'none reported';
}

/** `<public url>/#/incident/<id>`: the dashboard's incident view. */
export function incidentUrl(publicUrl: string | undefined, incidentId: string): string | null {
  const base = safeHttpUrl(publicUrl);
  return base ? `${base.replace(/\/+$/, '')}/#/incident/${encodeURIComponent(incidentId)}` : null;
}

export function chatAlertOf(alert: AlertEvent, ruleName: string, publicUrl: string | undefined): ChatAlert {
  const i = alert.incident;
  const reports = i.reports ?? [];
  const event = i.subEventType ? `${i.eventType} / ${i.subEventType}` : i.eventType;
  return {
    level: alert.level,
    badge: levelBadge(alert.level),
    title: clean(i.summary ?? reports[0]?.title ?? event),
    facts: [
      { label: 'Level', value: `${alert.level} (${LEVEL_NAMES[alert.level as EscalationLevel] ?? 'unknown'})` },
      { label: 'Event', value: clean(event) },
      { label: 'Place', value: clean(placeLabel(i)) },
      { label: 'Casualties', value: casualties(i) },
      ...(i.actors?.length ? [{ label: 'Actors', value: clean(i.actors.join(', ')) }] : []),
    ],
    links: reports.slice(0, MAX_LINKS).map((r) => ({
      title: clean(r.title),
      note: clean([r.source, r.publishedAt].filter(Boolean).join(', '), 120),
      url: safeHttpUrl(r.url),
    })),
    moreLinks: Math.max(0, reports.length - MAX_LINKS),
    ruleName: clean(ruleName, 200),
    why: describeMatchReason(alert.reason as unknown as MatchReason).map((line) => clean(line)),
    openUrl: incidentUrl(publicUrl, i.id),
  };
}

export function chatDigestOf(unit: DeliveryUnit, publicUrl: string | undefined): ChatDigest {
  const alerts = [...unit.alerts].sort((a, b) => b.level - a.level);
  return {
    ruleName: clean(unit.ruleName, 200),
    windowEnd: unit.windowEnd ?? null,
    alerts: alerts.map((a) => chatAlertOf(a, unit.ruleName, publicUrl)),
  };
}
