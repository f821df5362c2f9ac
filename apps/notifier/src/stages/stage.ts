import { Incident, IncidentEvent, Rule } from '@sitrep/contracts';

/** One alert candidate moving through the notifier chain. */
export interface Candidate {
  rule: Rule;
  event: IncidentEvent;
  incident: Incident;
  reason: Record<string, unknown>;
}

export type DropReason = 'no_rule' | 'muted' | 'throttled' | 'duplicate' | 'quiet_hours' | 'digest';

/**
 * A notifier stage (Alertmanager's notify.Stage): takes the candidates that reached it and
 * returns those that go on. Whatever it drops it reports with a reason, so every drop is counted.
 */
export interface Stage {
  readonly name: string;
  process(candidates: Candidate[], drop: (c: Candidate, reason: DropReason) => void): Promise<Candidate[]>;
}
