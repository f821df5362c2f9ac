import type { CompiledRule, KeyedTerm, PhraseTerm } from './compiled-rule.model';
import type { IncidentFacts } from './incident-facts.model';
import { LEVEL_NAMES } from './level-names';
import type { GeographyReason, MatchReason } from './match-reason.types';

// Read once: the re-export is a getter, and this runs for every candidate rule.
const LEVEL_NAME: Readonly<Record<number, string>> = LEVEL_NAMES;
// Shared by every reason whose rule lacks a filter; frozen because many reasons hold it.
const NONE: readonly string[] = Object.freeze([]);

/**
 * The one definition of "rule matches incident", shared by RuleIndex and linearScanMatch so the
 * index can only differ from the scan in which rules it looks at, never in the verdict.
 * Semantics: level ≥ minLevel; the incident is in ANY of the rule's places (countries, admin-1,
 * regions, if it has any); and every other filter the rule has (event types, sources, actors,
 * keywords, each with its any/all mode) holds. Returns null when the rule does not match.
 * Rejection allocates nothing: most evaluations in a scan are rejections.
 */
export function evaluateRule(rule: CompiledRule, facts: IncidentFacts): MatchReason | null {
  if (!(facts.level >= rule.minLevel)) return null;
  if (rule.hasGeography && !inGeography(rule, facts)) return null;
  if (rule.eventTypes.length && !anyTermIn(rule.eventTypes, facts.eventTypes)) return null;
  if (rule.sources.length && !anyTermIn(rule.sources, facts.sourceKeys)) return null;
  if (rule.actors.length && !phrasesHold(rule.actors, rule.actorMode, facts.actorHaystack, facts.actorTokens)) return null;
  if (rule.keywords.length && !phrasesHold(rule.keywords, rule.keywordMode, facts.textHaystack, facts.textTokens)) return null;
  return explain(rule, facts);
}

function anyTermIn(terms: readonly KeyedTerm[], set: ReadonlySet<string>): boolean {
  for (const term of terms) if (set.has(term.key)) return true;
  return false;
}

function adminMatches(term: CompiledRule['admin1'][number], facts: IncidentFacts): boolean {
  if (term.country !== null && term.country !== facts.primaryCountry) return false;
  for (const key of term.keys) if (facts.admin1Keys.has(key)) return true;
  return false;
}

function inGeography(rule: CompiledRule, facts: IncidentFacts): boolean {
  if (anyTermIn(rule.countries, facts.countries)) return true;
  if (facts.admin1Keys.size) for (const term of rule.admin1) if (adminMatches(term, facts)) return true;
  return anyTermIn(rule.regions, facts.regions);
}

/** Whole-word presence: a set lookup for one word, a substring search of the padded phrase otherwise. */
function phraseIn(term: PhraseTerm, haystack: string, tokens: ReadonlySet<string>): boolean {
  return term.token !== null ? tokens.has(term.token) : haystack.includes(term.phrase);
}

function phrasesHold(terms: readonly PhraseTerm[], mode: 'any' | 'all', haystack: string, tokens: ReadonlySet<string>): boolean {
  if (mode === 'all') {
    for (const term of terms) if (!phraseIn(term, haystack, tokens)) return false;
    return true;
  }
  for (const term of terms) if (phraseIn(term, haystack, tokens)) return true;
  return false;
}

function labelsIn(terms: readonly KeyedTerm[], set: ReadonlySet<string>): readonly string[] {
  if (!terms.length) return NONE;
  const out: string[] = [];
  for (const term of terms) if (set.has(term.key)) out.push(term.label);
  return out;
}

function phraseLabels(terms: readonly PhraseTerm[], haystack: string, tokens: ReadonlySet<string>): readonly string[] {
  if (!terms.length) return NONE;
  const out: string[] = [];
  for (const term of terms) if (phraseIn(term, haystack, tokens)) out.push(term.label);
  return out;
}

/** Runs only for a match: every condition that held, in the rule's own spelling. */
function explain(rule: CompiledRule, facts: IncidentFacts): MatchReason {
  let geography: GeographyReason | null = null;
  if (rule.hasGeography) {
    const admin1: string[] = [];
    if (facts.admin1Keys.size) for (const term of rule.admin1) if (adminMatches(term, facts)) admin1.push(term.label);
    geography = {
      countries: labelsIn(rule.countries, facts.countries),
      admin1: admin1.length ? admin1 : NONE,
      regions: labelsIn(rule.regions, facts.regions),
    };
  }
  return {
    level: facts.level,
    levelName: LEVEL_NAME[facts.level] ?? String(facts.level),
    minLevel: rule.rule.minLevel,
    geography,
    eventTypes: labelsIn(rule.eventTypes, facts.eventTypes),
    keywords: rule.keywords.length ? phraseLabels(rule.keywords, facts.textHaystack, facts.textTokens) : NONE,
    keywordMode: rule.keywordMode,
    actors: rule.actors.length ? phraseLabels(rule.actors, facts.actorHaystack, facts.actorTokens) : NONE,
    actorMode: rule.actorMode,
    sources: rule.sources.length ? labelsIn(rule.sources, facts.sourceKeys) : NONE,
  };
}
