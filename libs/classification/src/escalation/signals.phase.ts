import { EventType, Signal } from '@sitrep/contracts';
import { CueHit } from './cue';
import { ScoringContext } from './scoring-context';
import { SubScore } from './type-votes.phase';

/**
 * What the analyst sees, in this order: casualty phrases, the level cues that counted (up to
 * the cap), the three strongest sub-types with their votes, then the cues of the chosen type.
 */
export function assembleSignals(ctx: ScoringContext, casualty: Signal[], level: Signal[], subScores: Map<string, SubScore>, typeHits: CueHit[], eventType: EventType): Signal[] {
  const max = ctx.weights.maxSignals;
  const signals: Signal[] = [...casualty];
  for (const s of level) if (signals.length < max) signals.push(s);
  for (const [, e] of [...subScores].sort((a, b) => b[1].score - a[1].score).slice(0, 3)) {
    signals.push({ phrase: `${e.type}: ${e.sub}`, span: [0, 0], weight: Math.round(e.score * 100) / 100, kind: 'type' });
  }
  const { doc, background } = ctx;
  for (const h of typeHits) {
    if (signals.length >= max) break;
    if (h.cue.type && h.cue.type[0] === eventType && !background.has(doc.tokens[h.first].sentence)) {
      const span: [number, number] = [doc.tokens[h.first].start, doc.tokens[h.last].end];
      signals.push({ phrase: doc.text.slice(...span), span, weight: h.cue.weight, kind: 'type' });
    }
  }
  return signals.slice(0, max);
}
