import { TokenizedText } from '../text/tokenizer';
import { EscalationWeights } from './escalation.weights';

/** What every scoring phase reads: the text, where its title ends, its background sentences. */
export interface ScoringContext {
  doc: TokenizedText;
  titleSentences: number;
  background: ReadonlySet<number>;
  weights: EscalationWeights;
  /** Vote weight of a cue in sentence s: title and lead count most, background least. */
  weightOf: (sentence: number) => number;
}

export function scoringContext(doc: TokenizedText, titleSentences: number, background: ReadonlySet<number>, weights: EscalationWeights): ScoringContext {
  const p = weights.position;
  const weightOf = (sentence: number): number => {
    const base = sentence < titleSentences ? p.title : sentence < titleSentences + weights.leadSentences ? p.lead : sentence < titleSentences + p.nearSentences ? p.near : p.far;
    return background.has(sentence) ? base * weights.background : base;
  };
  return { doc, titleSentences, background, weights, weightOf };
}

/** "in March" is a month, not a march: lower-case-only cues written with a capital do not count (unless all caps). */
export function capitalisedAway(ctx: ScoringContext, lowercase: boolean | undefined, token: number): boolean {
  return lowercase === true && ctx.doc.tokens[token].cap && !ctx.doc.allCaps;
}
