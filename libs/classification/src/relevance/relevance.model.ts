import { EventType } from '@sitrep/contracts';
import { FEATURE_COUNT, HASH_BITS, NAMED_FEATURES, NamedFeature, RelevanceFeatures } from './relevance.features';
import { LinearWeights, RelevanceWeights } from './relevance.weights';
import TRAINED from './relevance.weights.json';

export interface RelevanceVerdict {
  /** Probability that the text reports a conflict or political-violence event (0-1). */
  relevance: number;
  event: boolean;
  /** Not an event, but a statement or threat about conflict: level 2 at most. */
  statement: boolean;
  /** The features that weighed most for the decision, strongest first, with their pull. */
  reasons: string[];
}

const MAX_REASONS = 4;
/** A protest or a riot: the one cross-band choice the models make (both are crowds; ACLED splits them by violence). */
const PROTEST_PAIR: ReadonlySet<EventType> = new Set<EventType>(['Protests', 'Riots']);
const VIOLENT_TYPES: ReadonlySet<EventType> = new Set<EventType>(['Battles', 'Explosions/Remote violence', 'Violence against civilians', 'Riots']);
const THREAT_FRAME: NamedFeature = 'threat by a state or armed actor';

/** Two logistic regressions over the relevance features; weights from relevance.weights.json. */
export class RelevanceModel {
  private readonly event: Float64Array;
  private readonly topic: Float64Array;
  private readonly types: [EventType, Float64Array][];

  constructor(private readonly weights: RelevanceWeights = TRAINED as unknown as RelevanceWeights) {
    if (weights.hashBits !== HASH_BITS) throw new Error(`relevance weights use ${weights.hashBits} hash bits, the features ${HASH_BITS}: run npm run train events`);
    this.event = expandWeights(weights.event);
    this.topic = expandWeights(weights.topic);
    this.types = Object.entries(weights.types ?? {}).map(([t, w]) => [t as EventType, expandWeights(w as LinearWeights)]);
  }

  /**
   * The type the learned type models rate highest among those the cues voted for, within the
   * band of the cues' own choice (violent: level 3+, or not) except between protest and riot;
   * null without models. Why the band stays: the models learn from CASE snippets only, and let
   * free they moved 1990 MUC death reports to protests (out of fold: death articles at level >= 4
   * 0.710 against 0.726, general-news event recall 0.909 against 0.932). Measured out of fold on
   * CASE: type accuracy 0.812 (most votes), 0.815 (within band), 0.823 (and protest/riot).
   */
  rankType(f: RelevanceFeatures, typeScores: Partial<Record<EventType, number>>, current: EventType): EventType | null {
    let best: EventType | null = null;
    let bestZ = -Infinity;
    const violent = VIOLENT_TYPES.has(current);
    for (const [type, w] of this.types) {
      if (!((typeScores[type] ?? 0) > 0) || (VIOLENT_TYPES.has(type) !== violent && !(PROTEST_PAIR.has(type) && PROTEST_PAIR.has(current)))) continue;
      const z = dot(w, f);
      if (z > bestZ) { bestZ = z; best = type; }
    }
    return best;
  }

  /**
   * `type`: the escalation scorer's event type. The event model is fitted on
   * such texts only (scripts/train/events.train.ts); without a type there is no event to confirm.
   */
  assess(f: RelevanceFeatures, type: EventType): RelevanceVerdict {
    const typed = type !== 'Not a conflict event';
    const relevance = typed ? sigmoid(dot(this.event, f)) : 0;
    const event = typed && !speechOnly(f) && relevance >= (type === 'Protests' || type === 'Strategic developments' ? this.weights.minorThreshold : this.weights.threshold);
    // A threat by a state or armed actor is level 2 on the scale (DESIGN.md) whatever the topic
    // model makes of it: "the government threatened new sanctions" names no conflict, yet is one.
    const statement = !event && (sigmoid(dot(this.topic, f)) >= this.weights.statementThreshold || f.name.includes(THREAT_FRAME));
    if (!typed) {
      return { relevance, event, statement, reasons: ['no conflict-event cue', ...(statement ? ['statement or threat about conflict'] : [])] };
    }
    return {
      relevance: Math.round(relevance * 1000) / 1000,
      event,
      statement,
      reasons: reasons(this.event, f, event),
    };
  }
}

/**
 * Concern about reports of an act ("US 'extremely concerned' by reports of a chlorine attack"):
 * every violent sentence is speech about the act (the scorer's verbal frame), the lead reacts to
 * reports of it, and no dead or wounded are counted. A statement (level 1-2 on the scale), never an
 * event, however strongly its words read as one. The trainer gates the same way.
 */
export function speechOnly(f: RelevanceFeatures): boolean {
  let statement = 0;
  let concern = false;
  let reports = false;
  for (let k = 0; k < f.name.length; k++) {
    const n = f.name[k];
    if (n === 'killed' || n === 'injured' || n === 'attackers killed') return false;
    if (n === 'statement frame') statement = f.value[k];
    else if (CONCERN.has(n)) concern = true;
    else if (n === 'reports' || n === 'reported') reports = true;
  }
  return statement >= 1 && concern && reports;
}

const CONCERN = new Set(['concerned', 'concern', 'concerns', 'alarmed', 'worried', 'troubled']);

/** The named cue features and words that pulled hardest towards the decision taken. */
function reasons(w: Float64Array, f: RelevanceFeatures, event: boolean): string[] {
  const pulls = new Map<string, number>();
  for (let k = 0; k < f.index.length; k++) {
    if (f.name[k] === 'bias') continue;
    const c = w[f.index[k]] * f.value[k];
    if (event ? c <= 0 : c >= 0) continue;
    pulls.set(f.name[k], (pulls.get(f.name[k]) ?? 0) + c);
  }
  // The strongest MAX_REASONS, kept in order while reading (strongest first, then by name: a total
  // order, names being distinct), instead of sorting every word of the lead to keep a few.
  const top: [string, number][] = [];
  for (const e of pulls) {
    if (top.length === MAX_REASONS && pullOrder(e, top[top.length - 1]) >= 0) continue;
    let j = top.length < MAX_REASONS ? top.length : MAX_REASONS - 1;
    while (j > 0 && pullOrder(e, top[j - 1]) < 0) { top[j] = top[j - 1]; j--; }
    top[j] = e;
  }
  return top
    .map(([name, c]) => `${NAMED_SET.has(name) ? name : `"${name}"`} ${c > 0 ? '+' : '−'}${Math.abs(c).toFixed(2)}`);
}

function pullOrder(a: [string, number], b: [string, number]): number {
  return Math.abs(b[1]) - Math.abs(a[1]) || (a[0] < b[0] ? -1 : 1);
}

const NAMED_SET = new Set<string>(NAMED_FEATURES);

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

export function dot(w: ArrayLike<number>, f: RelevanceFeatures): number {
  let z = 0;
  for (let k = 0; k < f.index.length; k++) z += w[f.index[k]] * f.value[k];
  return z;
}

export function expandWeights(weights: LinearWeights): Float64Array {
  const w = new Float64Array(FEATURE_COUNT);
  for (const [i, v] of weights.hashed) w[i] = v;
  const base = 1 << HASH_BITS;
  NAMED_FEATURES.forEach((name, i) => { w[base + i] = weights.named[name] ?? 0; });
  return w;
}
