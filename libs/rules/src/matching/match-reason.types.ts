import type { Rule } from '@sitrep/contracts';

/** Which of the rule's places the incident is in. */
export type GeographyReason = {
  countries: readonly string[];
  admin1: readonly string[];
  regions: readonly string[];
};

/**
 * Why a rule matched one incident, in the rule's own spelling. A type alias (not an interface)
 * so it is assignable to `AlertEvent.reason: Record<string, unknown>`.
 */
export type MatchReason = {
  level: number;
  levelName: string;
  minLevel: number;
  /** null: the rule has no geographic filter, so any place matches. */
  geography: GeographyReason | null;
  /** The rule's event types that matched; empty when the rule has no event-type filter. */
  eventTypes: readonly string[];
  keywords: readonly string[];
  keywordMode: 'any' | 'all';
  actors: readonly string[];
  actorMode: 'any' | 'all';
  sources: readonly string[];
};

export type RuleMatch = {
  rule: Rule;
  reason: MatchReason;
};
