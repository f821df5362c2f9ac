import { SitrepSignal } from '@sitrep/contracts';
import { escapeHtml, oneLine, RenderedEmail, safeHttpUrl } from '@sitrep/rules';

const SUBJECT_MAX = 160;
const KIND_TITLE: Record<SitrepSignal['kind'], string> = { surge: 'Surge', record: 'Record', breaking: 'Breaking' };

/** One email for a signal alert: what was observed against what baseline, and the incidents behind it. */
export function renderSignalEmail(rule: { name: string }, signal: SitrepSignal, dashboardUrl?: string): RenderedEmail {
  const place = [signal.admin1, signal.country].filter(Boolean).join(', ') || 'an unknown place';
  const subject = oneLine(`[Sitrep] ${KIND_TITLE[signal.kind]} in ${place}: ${oneLine(signal.summary)}`).slice(0, SUBJECT_MAX);
  const link = safeHttpUrl(dashboardUrl ? `${dashboardUrl.replace(/\/$/, '')}/#/history` : undefined);
  const text = [
    `Rule "${oneLine(rule.name)}": ${signal.summary}`,
    '',
    `Observed: ${signal.observed}   Baseline: ${signal.baseline}   At: ${signal.at}`,
    `Incidents: ${signal.incidentIds.join(', ')}`,
    ...(link ? ['', `Open in Sitrep: ${link}`] : []),
    '',
  ].join('\n');
  const e = escapeHtml;
  const html = `<!doctype html>
<html><body style="font-family:sans-serif;line-height:1.4">
<h2>${e(KIND_TITLE[signal.kind])} in ${e(place)}</h2>
<p>${e(signal.summary)}</p>
<p>Observed <b>${e(String(signal.observed))}</b> against a baseline of <b>${e(String(signal.baseline))}</b> (${e(signal.at)}).</p>
<p>Rule &ldquo;${e(oneLine(rule.name))}&rdquo;; incidents: ${signal.incidentIds.map((id) => e(id)).join(', ')}</p>
${link ? `<p><a href="${e(link)}">Open in Sitrep</a></p>` : ''}
</body></html>
`;
  return { subject, text, html };
}
