import type { EscalationLevel } from '@sitrep/contracts';
import { LEVEL_NAMES } from './level-names';
import type { MatchReason } from './match-reason.types';

function levelLabel(level: number): string {
  const name = LEVEL_NAMES[level as EscalationLevel];
  return name ? `${level} (${name})` : String(level);
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

/** "Iraq (IQ)"; the bare code when Intl does not know it. */
function countryLabel(code: string): string {
  try {
    const name = regionNames.of(code.toUpperCase());
    return name && name.toUpperCase() !== code.toUpperCase() ? `${name} (${code})` : code;
  } catch {
    return code;
  }
}

function quoted(values: readonly string[]): string {
  return values.map((v) => `"${v}"`).join(', ');
}

/** One plain-text line per condition that fired, for emails, the dashboard and logs. */
export function describeMatchReason(reason: MatchReason): string[] {
  const lines = [`Level ${levelLabel(reason.level)} is at or above the rule's minimum ${levelLabel(reason.minLevel)}`];
  const geo = reason.geography;
  if (!geo) lines.push('Place: any (the rule has no geographic filter)');
  else {
    if (geo.countries.length) lines.push(`Country: ${geo.countries.map(countryLabel).join(', ')}`);
    if (geo.admin1.length) lines.push(`Admin-1: ${geo.admin1.join(', ')}`);
    if (geo.regions.length) lines.push(`Region: ${geo.regions.join(', ')}`);
  }
  if (reason.eventTypes.length) lines.push(`Event type: ${reason.eventTypes.join(', ')}`);
  if (reason.keywords.length) lines.push(`Keywords (${reason.keywordMode}): ${quoted(reason.keywords)}`);
  if (reason.actors.length) lines.push(`Actors (${reason.actorMode}): ${quoted(reason.actors)}`);
  if (reason.sources.length) lines.push(`Sources: ${reason.sources.join(', ')}`);
  return lines;
}
