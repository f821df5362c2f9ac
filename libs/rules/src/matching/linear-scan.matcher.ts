import type { Incident, Rule } from '@sitrep/contracts';
import { compileRuleCached } from './compiled-rule.model';
import { IncidentFacts } from './incident-facts.model';
import type { RuleMatch } from './match-reason.types';
import { evaluateRule } from './rule.predicate';

/**
 * The baseline: every rule through the same predicate as RuleIndex. Rules are compiled once per
 * rule object (cached), so the comparison measures indexing, not repeated text folding.
 */
export function linearScanMatch(rules: Iterable<Rule>, incident: Incident, text?: string): RuleMatch[] {
  const facts = new IncidentFacts(incident, text);
  const out: RuleMatch[] = [];
  for (const rule of rules) {
    const reason = evaluateRule(compileRuleCached(rule), facts);
    if (reason) out.push({ rule, reason });
  }
  return out;
}
