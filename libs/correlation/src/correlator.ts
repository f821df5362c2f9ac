import type { ArticleClassifiedEvent, Incident } from '@sitrep/contracts';
import type { Candidate, CorrelationResult, CorrelatorOptions, IncidentProfile, ReportFeatures } from './correlation.types';
import { extendProfile, openProfile, type ProfileTrace } from './incident-profile';
import { IncidentMerger } from './incident.merger';
import type { IncidentStore, LookupResult, ReportKeys } from './incident.store';
import { ReportFeaturesExtractor } from './report-features.extractor';
import { DEFAULT_MERGE_MODEL } from './merge.model';
import { DEFAULT_SCORER, NOT_CONFLICT, ReportSimilarityScorer } from './report-similarity.scorer';

/**
 * Merge probability at or above which a report joins an incident: chosen by `npm run train
 * clustering` as the lowest that holds pairwise precision ≥ 0.92 in topic-grouped cross-validation.
 */
export const DEFAULT_THRESHOLD = DEFAULT_MERGE_MODEL.threshold;

/** Thrown when optimistic commits keep conflicting: the caller retries the message later. */
export class CorrelationConflictError extends Error {
  readonly code = 'CORRELATION_CONFLICT';
  readonly retryable = true;
}

/**
 * One report in, one decision out: drop an exact duplicate, attach to the best matching
 * incident, or open a new one. Reads with one Lua call (candidate ids and versions; profiles and
 * records come from the store's in-process cache when this process wrote that version), decides
 * here, and commits with another that drops exact duplicates and fails on any concurrent change
 * the decision depended on; then it reads and decides again. Two round trips on the common path.
 */
export class Correlator {
  private readonly threshold: number;
  private readonly maxAttempts: number;
  private readonly keepNonEvents: boolean;
  private readonly scorer: ReportSimilarityScorer;
  private readonly extractor = new ReportFeaturesExtractor();
  private readonly merger = new IncidentMerger();

  constructor(private readonly store: IncidentStore, options: CorrelatorOptions = {}) {
    this.threshold = options.threshold ?? DEFAULT_THRESHOLD;
    this.maxAttempts = options.maxAttempts ?? 12;
    this.keepNonEvents = options.keepNonEvents ?? false;
    this.scorer = new ReportSimilarityScorer({
      ...DEFAULT_SCORER,
      matchWindowMs: options.matchWindowMs ?? DEFAULT_SCORER.matchWindowMs,
      model: options.model ?? DEFAULT_SCORER.model,
    });
  }

  async correlate(event: ArticleClassifiedEvent): Promise<CorrelationResult> {
    // Issue 15: the classifier says this is no conflict event (sport, business, ...): it opens
    // no incident and joins none, so nothing about it can alert or hide a real event.
    if (!this.keepNonEvents && event.classification.eventType === NOT_CONFLICT) return { outcome: 'not_an_event' };
    const f = this.extractor.extract(event);
    const keys = this.store.reportKeys(f);
    for (let attempt = 0; attempt < this.maxAttempts; attempt++) {
      // Exact duplicates (id, URL, text) come back from the commit, which checks them atomically.
      const look = await this.store.lookup(f, keys);
      const best = this.best(f, look.candidates);
      const result = best ? await this.attach(event, f, keys, best) : await this.open(event, f, keys, look.blockVersions);
      if (result) return result;
      // Lost a race: let the winner's commit land before reading again, with jitter so that
      // instances that collided once do not collide in step.
      await new Promise((r) => setTimeout(r, Math.random() * Math.min(20, 1 + attempt * 2)));
    }
    throw new CorrelationConflictError(`article ${f.articleId}: ${this.maxAttempts} conflicting commits`);
  }

  /** The highest-scoring candidate at or above the threshold. */
  private best(f: ReportFeatures, candidates: LookupResult['candidates']): (Candidate & { version: string }) | null {
    let best: (Candidate & { version: string }) | null = null;
    let bestScore = this.threshold;
    for (const c of candidates) {
      const score = this.scorer.probability(f, c.profile, c.viaBand);
      if (score >= bestScore) {
        best = c;
        bestScore = score;
      }
    }
    return best;
  }

  private async attach(event: ArticleClassifiedEvent, f: ReportFeatures, keys: ReportKeys, c: Candidate & { version: string }): Promise<CorrelationResult | null> {
    // Usually in memory (this process wrote the version it scored); else one read.
    const current = await this.store.recordAt(c.profile.id, c.version);
    if (!current) return null;
    const { incident, change } = this.merger.attach(current, event);
    const trace: ProfileTrace = { terms: [], names: [] };
    const profile: IncidentProfile = extendProfile(c.profile, f, trace);
    // The next report scores this profile: its term vector from the two just scored.
    this.scorer.adopt(profile, c.profile, f, trace);
    const res = await this.store.commit({ mode: 'attach', incident, profile, expectedVersion: c.version, blockVersions: [], features: f, keys });
    return this.settle(res, f, incident, change);
  }

  private async open(event: ArticleClassifiedEvent, f: ReportFeatures, keys: ReportKeys, blockVersions: string[]): Promise<CorrelationResult | null> {
    const id = this.store.newId();
    const { incident } = this.merger.open(id, event);
    const trace: ProfileTrace = { terms: [], names: [] };
    const profile = openProfile(id, f, trace);
    this.scorer.adopt(profile, null, f, trace);
    const res = await this.store.commit({ mode: 'open', incident, profile, expectedVersion: '0', blockVersions, features: f, keys });
    return this.settle(res, f, incident, 'opened');
  }

  private async settle(
    res: Awaited<ReturnType<IncidentStore['commit']>>,
    f: ReportFeatures,
    incident: Incident,
    change: 'opened' | 'updated' | 'escalated',
  ): Promise<CorrelationResult | null> {
    switch (res.status) {
      case 'ok':
        return { outcome: change, incident, incidentJson: res.incidentJson };
      case 'seen':
        return this.seen(f, res.value);
      case 'dup':
        return { outcome: 'duplicate', reason: res.reason, incidentId: res.incidentId };
      default:
        return null;
    }
  }

  /**
   * The article id is already attached. The same event again is a redelivery (after a crash or
   * a rebalance): 'unchanged', with the incident, and never a second 'opened'. Another event
   * with an id we already have is a producer sending the article twice: a duplicate.
   */
  private async seen(f: ReportFeatures, value: string): Promise<CorrelationResult> {
    const [incidentId, tag] = value.split('|');
    if (tag === f.eventTag) {
      const incident = await this.store.get(incidentId);
      if (incident) return { outcome: 'unchanged', incident };
    }
    return { outcome: 'duplicate', reason: 'same_id', incidentId };
  }
}
