import type { EscalationLevel } from '@sitrep/contracts';
import { LEVEL_NAMES } from './level-names';
import type { CompiledRule, KeyedTerm, PhraseTerm } from './compiled-rule.model';
import type { IncidentFacts } from './incident-facts.model';
import type { GeographyReason, MatchReason } from './match-reason.types';

/**
 * The one definition of "rule matches incident", shared by RuleIndex and linearScanMatch so the
 * index can only differ from the scan in which rules it looks at, never in the verdict.
 * Semantics: level ≥ minLevel; the incident is in ANY of the rule's places (countries, admin-1,
 * regions, if it has any); and every other filter the rule has (event types, keywords, actors,
 * sources) holds. Returns null when the rule does not match.
 */
export function evaluateRule(rule: CompiledRule, facts: IncidentFacts): MatchReason | null {
  if (!(facts.level >= rule.minLevel)) return null;

  let geography: GeographyReason | null = null;
  if (rule.hasGeography) {
    geography = matchGeography(rule, facts);
    if (!geography) return null;
  }

  let eventTypes: string[] = [];
  if (rule.eventTypes.length) {
    eventTypes = matchKeys(rule.eventTypes, (k) => facts.eventTypes.includes(k));
    if (!eventTypes.length) return null;
  }

  let sources: string[] = [];
  if (rule.sources.length) {
    const keys = facts.sourceKeys;
    sources = matchKeys(rule.sources, (k) => keys.has(k));
    if (!sources.length) return null;
  }

  let actors: string[] = [];
  if (rule.actors.length) {
    const matched = matchPhrases(rule.actors, rule.actorMode, facts.actorHaystack);
    if (!matched) return null;
    actors = matched;
  }

  let keywords: string[] = [];
  if (rule.keywords.length) {
    const matched = matchPhrases(rule.keywords, rule.keywordMode, facts.textHaystack);
    if (!matched) return null;
    keywords = matched;
  }

  return {
    level: facts.level,
    levelName: LEVEL_NAMES[facts.level as EscalationLevel] ?? String(facts.level),
    minLevel: rule.rule.minLevel,
    geography,
    eventTypes,
    keywords,
    keywordMode: rule.keywordMode,
    actors,
    actorMode: rule.actorMode,
    sources,
  };
}

function matchGeography(rule: CompiledRule, facts: IncidentFacts): GeographyReason | null {
  const countries = matchKeys(rule.countries, (k) => facts.countries.has(k));
  const admin1: string[] = [];
  if (facts.admin1) {
    for (const term of rule.admin1) {
      if (term.key === facts.admin1 && (term.country === null || term.country === facts.primaryCountry)) {
        admin1.push(term.label);
      }
    }
  }
  const regions = matchKeys(rule.regions, (k) => facts.regions.has(k));
  if (!countries.length && !admin1.length && !regions.length) return null;
  return { countries, admin1, regions };
}

function matchKeys(terms: readonly KeyedTerm[], has: (key: string) => boolean): string[] {
  const out: string[] = [];
  for (const term of terms) if (has(term.key)) out.push(term.label);
  return out;
}

/** Matched labels, or null when the mode is not satisfied. Reports every match, not the first. */
function matchPhrases(terms: readonly PhraseTerm[], mode: 'any' | 'all', haystack: string): string[] | null {
  const out: string[] = [];
  for (const term of terms) {
    if (haystack.includes(term.phrase)) out.push(term.label);
    else if (mode === 'all') return null;
  }
  return out.length ? out : null;
}
