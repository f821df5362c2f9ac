import { EventType } from '@sitrep/contracts';
import { EscalationWeights } from './escalation.weights';
import { SubScore, VIOLENT } from './type-votes.phase';

export interface TypeDecision {
  eventType: EventType;
  subEventType: string | null;
  /** Votes of the chosen sub-type. */
  subBest: number;
  typeTotals: Map<EventType, number>;
}

/** The type with the most votes (if it has enough), and its strongest sub-type. */
export function decideType(subScores: Map<string, SubScore>, w: EscalationWeights): TypeDecision {
  const typeTotals = new Map<EventType, number>();
  for (const e of subScores.values()) typeTotals.set(e.type, (typeTotals.get(e.type) ?? 0) + e.score);
  let eventType: EventType = 'Not a conflict event';
  let best = 0;
  for (const [t, s] of typeTotals) if (s > best) { best = s; eventType = t; }
  if (best < w.minTypeScore) eventType = 'Not a conflict event';
  let subEventType: string | null = null;
  let subBest = 0;
  for (const e of subScores.values()) if (e.type === eventType && e.score > subBest) { subBest = e.score; subEventType = e.sub; }
  return { eventType, subEventType, subBest, typeTotals };
}

/**
 * Deaths in the main event make it violence: found weapons or checkpoints mentioned beside a
 * deadly attack do not make it a strategic development. Take the strongest violent type when
 * it is close behind, or whenever the headline itself reports the deaths.
 */
export function deadlyOverride(d: TypeDecision, subScores: Map<string, SubScore>, deaths: number, killedInTitle: boolean, w: EscalationWeights): TypeDecision {
  if (deaths <= 0 || d.eventType !== 'Strategic developments') return d;
  let violent: SubScore | null = null;
  for (const e of subScores.values()) if (VIOLENT.has(e.type) && (!violent || e.score > violent.score)) violent = e;
  if (violent && (killedInTitle || violent.score >= w.deadlyOverrideShare * d.subBest)) return { ...d, eventType: violent.type, subEventType: violent.sub };
  return d;
}

/** The decision with another type the cues voted for, at that type's strongest sub-type. */
export function retype(d: TypeDecision, subScores: Map<string, SubScore>, eventType: EventType): TypeDecision {
  if (eventType === d.eventType || !((d.typeTotals.get(eventType) ?? 0) > 0)) return d;
  let subEventType: string | null = null;
  let subBest = 0;
  for (const e of subScores.values()) if (e.type === eventType && e.score > subBest) { subBest = e.score; subEventType = e.sub; }
  return { ...d, eventType, subEventType, subBest };
}
