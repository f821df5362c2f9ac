import type { Rule } from '@sitrep/contracts';

/** Which of the rule's places the incident is in. */
export type GeographyReason = {
  countries: string[];
  admin1: string[];
  regions: string[];
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
  eventTypes: string[];
  keywords: string[];
  keywordMode: 'any' | 'all';
  actors: string[];
  actorMode: 'any' | 'all';
  sources: string[];
};

export type RuleMatch = {
  rule: Rule;
  reason: MatchReason;
};
