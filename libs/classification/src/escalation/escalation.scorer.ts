import { EscalationLevel, EventType, Signal } from '@sitrep/contracts';
import { TokenizedText } from '../text/tokenizer';
import { scorelineTitleSentences } from '../text/scoreline';
import { readCasualties } from './casualties.phase';
import { CueHit, CueIndex } from './cue';
import { LEVEL_CUES, TARGET_CUES, TYPE_CUES } from './cues.data';
import { ESCALATION_WEIGHTS, EscalationWeights } from './escalation.weights';
import { deadlyOverride, decideType, retype } from './event-type.phase';
import { decideLevel, readLevelCues } from './level.phase';
import { scoringContext } from './scoring-context';
import { sentenceFrames } from './sentence-frames';
import { assembleSignals } from './signals.phase';
import { leadTargets, typeVotes } from './type-votes.phase';
import { wordFlag, wordFlags } from './word-flags';

export interface EscalationInput {
  doc: TokenizedText;
  /** The event's primary place is a national capital. */
  capitalStruck?: boolean;
  titleSentences: number;
  background: ReadonlySet<number>;
  /**
   * Picks the event type from the evidence, among the types the cues voted for (the learned
   * type model, relevance/relevance.model.ts); null keeps the type with the most votes.
   */
  rankTypes?: (evidence: TypeEvidence, current: EventType) => EventType | null;
}

/** What the type and relevance models read: everything the cues found, before the type is chosen. */
export interface TypeEvidence {
  /** Summed type votes per event type: features for the type and relevance models. */
  typeScores: Partial<Record<EventType, number>>;
  /** Highest level a lead cue points to on its own (1-5). */
  cueLevel: number;
  /** Title and lead sentences holding a violent-type cue. */
  violentSentences: number[];
  /** Title and lead sentences that report speech about the act ("condemned", "concerned by reports of"). */
  verbalSentences: number[];
  killed: number;
  injured: number;
  perpetratorsKilled: number;
}

export interface EscalationResult extends TypeEvidence {
  level: EscalationLevel;
  eventType: EventType;
  subEventType: string | null;
  /** Victims of the event killed. */
  killed: number;
  /** Attackers and armed-group members killed ("troops killed six militants"): not in `killed`. */
  perpetratorsKilled: number;
  injured: number;
  weapons: string[];
  targets: string[];
  signals: Signal[];
  /** The lead holds a level-2 cue (threat, condemnation, sanction) or a verbal frame: what a statement is made of. */
  statementCue: boolean;
}

/** One index over the three lexicons; `group` says which list a cue is from. */
const CUES = new CueIndex([
  ...TYPE_CUES.map((c) => ({ ...c, group: 'type' as const })),
  ...LEVEL_CUES.map((c) => ({ ...c, group: 'level' as const })),
  ...TARGET_CUES.map((c) => ({ ...c, group: 'target' as const })),
]);
/** Tokens a cue starts at (word-flags.ts): the index is looked up only there. */
const F_CUE_START = wordFlag(CUES.firstWords());

/**
 * Level, ACLED type and casualties of the event the article is about. Cues in the title and
 * lead count most; sentences flagged as background count as context only. Each step is a phase
 * that takes data and returns data; every tunable is in `EscalationWeights`.
 */
export class EscalationScorer {
  private readonly cues = CUES;

  constructor(private readonly weights: EscalationWeights = ESCALATION_WEIGHTS) {}

  score(input: EscalationInput): EscalationResult {
    const { doc, titleSentences, background } = input;
    const ctx = scoringContext(doc, titleSentences, background, this.weights);
    const hits = this.matchCues(doc);
    hits.type = withoutSportRallies(doc, titleSentences, hits.type);
    const frames = sentenceFrames(doc);

    const votes = typeVotes(ctx, hits.type, hits.target, frames);
    const casualties = readCasualties(ctx);
    const deaths = Math.max(casualties.killed, casualties.perpetratorsKilled);
    const cues = readLevelCues(ctx, hits.level);
    const lead = titleSentences + this.weights.leadSentences;
    const verbalSentences: number[] = [];
    for (let s = 0; s < frames.length && s < lead; s++) if (frames[s].verbal && !background.has(s)) verbalSentences.push(s);
    const decided = decideType(votes.subScores, this.weights);
    // Built field by field (no Object.fromEntries, no spread of the Set into a filtered copy):
    // the same keys in the same order, with fewer short-lived arrays and iterators per article.
    const typeScores: Partial<Record<EventType, number>> = {};
    for (const [t, v] of decided.typeTotals) typeScores[t] = v;
    const violentSentences: number[] = [];
    for (const s of votes.violentSentences) if (!background.has(s) && s < lead) violentSentences.push(s);
    violentSentences.sort((a, b) => a - b);
    const evidence: TypeEvidence = {
      typeScores, cueLevel: cues.cueLevel, violentSentences,
      verbalSentences, killed: casualties.killed, injured: casualties.injured, perpetratorsKilled: casualties.perpetratorsKilled,
    };
    const ranked = input.rankTypes && decided.eventType !== 'Not a conflict event' ? input.rankTypes(evidence, decided.eventType) : null;
    const chosen = ranked ? retype(decided, votes.subScores, ranked) : decided;
    const type = deadlyOverride(chosen, votes.subScores, deaths, casualties.killedInTitle, this.weights);
    const targets = leadTargets(ctx, votes.targetHits);
    const level = decideLevel(this.weights, {
      eventType: type.eventType, subEventType: type.subEventType, deaths, injured: casualties.injured,
      weapons: votes.weapons, targets, capitalStruck: input.capitalStruck === true,
    }, cues.cueLevel);
    const signals = assembleSignals(ctx, casualties.signals, cues.signals, votes.subScores, votes.typeHits, type.eventType);

    return {
      typeScores, cueLevel: evidence.cueLevel, violentSentences, verbalSentences,
      killed: evidence.killed, injured: evidence.injured, perpetratorsKilled: evidence.perpetratorsKilled,
      level: clampLevel(level), eventType: type.eventType, subEventType: type.eventType === 'Not a conflict event' ? null : type.subEventType,
      weapons: [...votes.weapons], targets: [...targets], signals, statementCue: verbalSentences.length > 0 || cues.levelTwoCue,
    };
  }

  /**
   * What score() gives for the same input with `capitalStruck`: the hint reaches only the level
   * (decideLevel), so the rest of the reading is kept instead of scoring the article again.
   */
  withCapitalStruck(esc: EscalationResult): EscalationResult {
    const level = decideLevel(this.weights, {
      eventType: esc.eventType, subEventType: esc.subEventType, deaths: Math.max(esc.killed, esc.perpetratorsKilled), injured: esc.injured,
      weapons: new Set(esc.weapons), targets: new Set(esc.targets), capitalStruck: true,
    }, esc.cueLevel);
    return { ...esc, level: clampLevel(level) };
  }

  /** Every cue of the three lexicons, by group. */
  private matchCues(doc: TokenizedText): { type: CueHit[]; level: CueHit[]; target: CueHit[] } {
    const hits: CueHit[] = [];
    const flags = wordFlags(doc);
    for (let i = 0; i < doc.norms.length; i++) if (flags[i] & F_CUE_START) this.cues.matchAt(doc.norms, i, hits);
    // One pass sorts them into their groups, in text order as before.
    const out: { type: CueHit[]; level: CueHit[]; target: CueHit[] } = { type: [], level: [], target: [] };
    for (const h of hits) {
      const group = h.cue.group;
      if (group === 'type') out.type.push(h);
      else if (group === 'level') out.level.push(h);
      else if (group === 'target') out.target.push(h);
    }
    return out;
  }
}

const RALLY = new Set(['rally', 'rallies', 'rallied']);

/**
 * A headline that gives a sport result ("Cardinals stun Nationals, 9-7: … lead epic rally") uses
 * "rally" for a comeback: that rally votes for no protest. Anywhere else the cue stands.
 */
function withoutSportRallies(doc: TokenizedText, titleSentences: number, hits: CueHit[]): CueHit[] {
  if (!hits.some((h) => RALLY.has(doc.norms[h.first]))) return hits;
  const scored = scorelineTitleSentences(doc, titleSentences);
  if (scored.size === 0) return hits;
  return hits.filter((h) => !(h.first === h.last && RALLY.has(doc.norms[h.first]) && scored.has(doc.tokens[h.first].sentence)));
}

function clampLevel(n: number): EscalationLevel {
  return Math.max(1, Math.min(5, Math.round(n))) as EscalationLevel;
}
