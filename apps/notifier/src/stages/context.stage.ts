import { Injectable, Logger } from '@nestjs/common';
import { PlaceContextQuery } from '@sitrep/archive';
import { metrics } from '@sitrep/observability';
import { Candidate, Stage } from './stage';

/** Longest wait for the archive: an alert never waits on history. */
const TIMEOUT_MS = 1_000;

/**
 * Says where each alerted incident stands in its place's history (`reason.context`, shown in the
 * email and the webhook's reason). Drops nothing: when the archive does not answer in time, the
 * alert goes without it (counted as `context_unavailable`).
 */
@Injectable()
export class ContextStage implements Stage {
  readonly name = 'context';
  private readonly log = new Logger(ContextStage.name);

  constructor(private readonly places: PlaceContextQuery) {}

  async process(candidates: Candidate[]): Promise<Candidate[]> {
    if (candidates.length === 0) return candidates;
    let timer: NodeJS.Timeout | undefined;
    try {
      const context = await Promise.race([
        this.places.describe(candidates[0].incident),
        new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('archive timeout')), TIMEOUT_MS))),
      ]);
      return context ? candidates.map((c) => ({ ...c, reason: { ...c.reason, context } })) : candidates;
    } catch (e) {
      metrics.dropped.inc({ stage: 'notifier', reason: 'context_unavailable' });
      this.log.warn({ msg: 'no history context', incidentId: candidates[0].incident.id, error: (e as Error).message });
      return candidates;
    } finally {
      clearTimeout(timer);
    }
  }
}
