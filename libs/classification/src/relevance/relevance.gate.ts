import { EscalationLevel } from '@sitrep/contracts';
import { EscalationResult } from '../escalation/escalation.scorer';
import { RelevanceVerdict } from './relevance.model';

/**
 * Relevance first: a text that reports no conflict event is "Not a conflict event", whatever
 * words it holds. A statement or threat about conflict (the topic model says it is about conflict,
 * and the lead holds a threat, condemnation or reported-speech cue) keeps the scorer's level up to 2 (DESIGN.md scale: threats and condemnations are elevated); everything else is routine. Weapons
 * and targets named outside an event ("shot" in sport) are dropped; casualty counts stay, as
 * what the text says.
 */
export function gateByRelevance(esc: EscalationResult, verdict: RelevanceVerdict): EscalationResult {
  if (verdict.event) return esc;
  const level: EscalationLevel = verdict.statement && esc.statementCue && esc.level >= 2 ? 2 : 1;
  return {
    ...esc, level, eventType: 'Not a conflict event', subEventType: null, weapons: [], targets: [],
    signals: esc.signals.filter((s) => s.kind === 'casualty' || s.kind === 'context'),
  };
}
