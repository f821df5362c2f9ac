import { EscalationLevel, LEVEL_NAMES } from '@sitrep/contracts';
import { escapeHtml, oneLine, placeLabel, RenderedEmail, safeHttpUrl } from '@sitrep/rules';
import { DeliveryUnit } from '../delivery/delivery-unit';

const SUBJECT_MAX = 160;

/** One email for a digest window: a line per incident, highest level first; all article text escaped. */
export function renderDigestEmail(unit: DeliveryUnit, dashboardUrl?: string): RenderedEmail {
  const alerts = [...unit.alerts].sort((a, b) => b.level - a.level);
  const top = alerts[0]?.level ?? 1;
  const rows = alerts.map((a) => {
    const i = a.incident;
    const report = i.reports?.[0];
    return {
      level: `L${a.level} ${LEVEL_NAMES[a.level as EscalationLevel] ?? ''}`.trim(),
      place: oneLine(placeLabel(i)),
      title: oneLine(i.summary ?? report?.title ?? i.eventType),
      url: safeHttpUrl(report?.url),
      reports: i.reports?.length ?? 0,
    };
  });
  const subject = oneLine(`[Sitrep digest] ${oneLine(unit.ruleName)}: ${alerts.length} incident${alerts.length === 1 ? '' : 's'}, up to L${top}`).slice(0, SUBJECT_MAX);
  const text = [
    `Digest of rule "${oneLine(unit.ruleName)}"${unit.windowEnd ? ` until ${unit.windowEnd}` : ''}:`,
    '',
    ...rows.map((r) => `- [${r.level}] ${r.place}: ${r.title} (${r.reports} report${r.reports === 1 ? '' : 's'})${r.url ? `\n  ${r.url}` : ''}`),
    ...(dashboardUrl ? ['', `Open in Sitrep: ${dashboardUrl}`] : []),
    '',
  ].join('\n');
  const e = escapeHtml;
  const html = `<!doctype html>
<html><body style="font-family:sans-serif;line-height:1.4">
<h2>Digest of rule &ldquo;${e(oneLine(unit.ruleName))}&rdquo;</h2>
<ul>
${rows.map((r) => `<li><b>${e(r.level)}</b> ${e(r.place)}: ${r.url ? `<a href="${e(r.url)}">${e(r.title)}</a>` : e(r.title)} (${r.reports})</li>`).join('\n')}
</ul>
</body></html>
`;
  return { subject, text, html };
}
