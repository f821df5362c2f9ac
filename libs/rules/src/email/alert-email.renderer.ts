import type { EscalationLevel, Incident, Rule } from '@sitrep/contracts';
import { LEVEL_NAMES } from '../matching/level-names';
import { describeMatchReason } from '../matching/match-reason.describe';
import type { MatchReason } from '../matching/match-reason.types';
import { escapeHtml, oneLine, plainText, safeHttpUrl, truncate } from './email-text.util';

export type AlertEmailInput = {
  rule: Pick<Rule, 'id' | 'name'>;
  incident: Incident;
  reason: MatchReason;
  /** Link to this incident on the dashboard, if there is one. */
  dashboardUrl?: string;
};

export type RenderedEmail = { subject: string; text: string; html: string };

/** Subjects longer than this are cut: mail clients show ~60–80 characters anyway. */
export const SUBJECT_MAX_CHARS = 160;
/** Reports listed in one email; the rest are counted. */
export const MAX_REPORTS = 10;

const countryNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

function countryName(code: string | null | undefined): string | null {
  if (!code) return null;
  try { return countryNames.of(code.toUpperCase()) ?? code; } catch { return code; }
}

function levelName(level: number): string {
  return LEVEL_NAMES[level as EscalationLevel] ?? 'unknown';
}

/** "Kirkuk, Kirkuk Governorate, Iraq" from the most specific known part up. */
export function placeLabel(incident: Incident): string {
  const p = incident.primary ?? { country: null, admin1: null, city: null };
  const parts = [p.city, p.admin1 && p.admin1 !== p.city ? p.admin1 : null, countryName(p.country ?? incident.countries?.[0])]
    .filter((x): x is string => !!x && !!x.trim());
  return parts.length ? parts.join(', ') : 'unknown place';
}

function casualtiesLabel(incident: Incident): string {
  const { killed = 0, injured = 0, perpetratorsKilled = 0 } = incident.casualties ?? {};
  if (!killed && !injured && !perpetratorsKilled) return 'none reported';
  const label = `${killed} killed, ${injured} injured`;
  return perpetratorsKilled ? `${label}; ${perpetratorsKilled} attackers or armed-group members killed` : label;
}

function eventLabel(incident: Incident): string {
  return incident.subEventType ? `${incident.eventType} / ${incident.subEventType}` : incident.eventType;
}

function headline(incident: Incident): string {
  return incident.summary ?? incident.reports?.[0]?.title ?? eventLabel(incident);
}

/** Everything from article text is flattened and stripped of controls before it goes anywhere. */
function facts(input: AlertEmailInput) {
  const { incident, reason } = input;
  const level = incident.level;
  return {
    level,
    levelLabel: `Level ${level} (${levelName(level)})`,
    title: oneLine(headline(incident)),
    ruleName: oneLine(input.rule.name),
    place: oneLine(placeLabel(incident)),
    event: oneLine(eventLabel(incident)),
    casualties: casualtiesLabel(incident),
    actors: (incident.actors ?? []).map(oneLine).filter(Boolean),
    reports: (incident.reports ?? []).slice(0, MAX_REPORTS).map((r) => ({
      title: oneLine(r.title), source: oneLine(r.source), url: safeHttpUrl(r.url), publishedAt: oneLine(r.publishedAt),
    })),
    moreReports: Math.max(0, (incident.reports?.length ?? 0) - MAX_REPORTS),
    why: describeMatchReason(reason).map(oneLine),
    dashboardUrl: safeHttpUrl(input.dashboardUrl),
  };
}

export function renderAlertSubject(input: AlertEmailInput): string {
  const f = facts(input);
  return truncate(oneLine(`[Sitrep L${f.level} ${levelName(f.level)}] ${f.place}: ${f.title}`), SUBJECT_MAX_CHARS);
}

export function renderAlertEmail(input: AlertEmailInput): RenderedEmail {
  const f = facts(input);
  const subject = renderAlertSubject(input);

  const text = plainText([
    f.title,
    '',
    `${f.levelLabel} · ${f.event}`,
    `Place: ${f.place}`,
    `Casualties: ${f.casualties}`,
    `Actors: ${f.actors.length ? f.actors.join(', ') : 'none identified'}`,
    '',
    'Reports:',
    ...f.reports.map((r) => `- ${r.title} (${r.source}, ${r.publishedAt})${r.url ? `\n  ${r.url}` : ''}`),
    ...(f.moreReports ? [`- and ${f.moreReports} more`] : []),
    '',
    `Why rule "${f.ruleName}" matched:`,
    ...f.why.map((line) => `- ${line}`),
    ...(f.dashboardUrl ? ['', `Open in Sitrep: ${f.dashboardUrl}`] : []),
    '',
  ].join('\n'));

  const e = escapeHtml;
  const reportItems = f.reports.map((r) => {
    const title = r.url ? `<a href="${e(r.url)}">${e(r.title)}</a>` : e(r.title);
    return `<li>${title} <span style="color:#666">(${e(r.source)}, ${e(r.publishedAt)})</span></li>`;
  });
  if (f.moreReports) reportItems.push(`<li>and ${f.moreReports} more</li>`);

  const html = `<!doctype html>
<html><body style="font-family:sans-serif;line-height:1.4">
<h2 style="margin:0 0 .5em">${e(f.title)}</h2>
<table cellpadding="4" style="border-collapse:collapse">
<tr><th align="left">Level</th><td>${e(f.levelLabel)}</td></tr>
<tr><th align="left">Event</th><td>${e(f.event)}</td></tr>
<tr><th align="left">Place</th><td>${e(f.place)}</td></tr>
<tr><th align="left">Casualties</th><td>${e(f.casualties)}</td></tr>
<tr><th align="left">Actors</th><td>${f.actors.length ? e(f.actors.join(', ')) : 'none identified'}</td></tr>
</table>
<h3>Reports</h3>
<ul>
${reportItems.join('\n')}
</ul>
<h3>Why rule &ldquo;${e(f.ruleName)}&rdquo; matched</h3>
<ul>
${f.why.map((line) => `<li>${e(line)}</li>`).join('\n')}
</ul>
${f.dashboardUrl ? `<p><a href="${e(f.dashboardUrl)}">Open in Sitrep</a></p>\n` : ''}</body></html>
`;
  return { subject, text, html };
}
