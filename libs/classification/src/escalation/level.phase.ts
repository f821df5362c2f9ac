import { EventType, Signal } from '@sitrep/contracts';
import { CueHit, dropShadowed } from './cue';
import { FORCE_TARGETS, STRIKE_WEAPONS } from './cues.data';
import { EscalationWeights } from './escalation.weights';
import { ScoringContext, capitalisedAway } from './scoring-context';
import { VIOLENT } from './type-votes.phase';

export interface LevelInput {
  eventType: EventType;
  subEventType: string | null;
  deaths: number;
  injured: number;
  weapons: ReadonlySet<string>;
  targets: ReadonlySet<string>;
  capitalStruck: boolean;
}

export interface LevelReading {
  level: number;
  /** Highest level a lead cue points to on its own. */
  cueLevel: number;
  /** Level-2 cues of the lead that stand (not undone by a cooperative act in their sentence). */
  levelTwoCue: boolean;
  /** The level cues that counted, in text order. */
  signals: Signal[];
}

/** Level cues of the lead: "lifted a ban" undoes "ban" unless conflict words outnumber it. */
export function readLevelCues(ctx: ScoringContext, levelHits: CueHit[]): { cueLevel: number; levelTwoCue: boolean; signals: Signal[] } {
  const { doc, titleSentences, background } = ctx;
  const levelInLead = dropShadowed(levelHits).filter((h) => {
    const s = doc.tokens[h.first].sentence;
    return !background.has(s) && s < titleSentences + ctx.weights.leadSentences && !capitalisedAway(ctx, h.cue.lowercase, h.first);
  });
  // "Lifted a ban", "released the detainees": a cooperative act in a sentence outweighs the
  // conflict word it undoes, unless conflict words outnumber it.
  const coop = new Map<number, number>();
  const conflict = new Map<number, number>();
  for (const h of levelInLead) {
    const s = doc.tokens[h.first].sentence;
    if (h.cue.cooperative) coop.set(s, (coop.get(s) ?? 0) + 1);
    else if (h.cue.level === 2) conflict.set(s, (conflict.get(s) ?? 0) + 1);
  }
  let cueLevel = 1;
  const signals: Signal[] = [];
  for (const h of levelInLead) {
    const s = doc.tokens[h.first].sentence;
    if (h.cue.level === 2 && (coop.get(s) ?? 0) >= (conflict.get(s) ?? 0)) continue;
    cueLevel = Math.max(cueLevel, h.cue.level ?? 1);
    const span: [number, number] = [doc.tokens[h.first].start, doc.tokens[h.last].end];
    signals.push({ phrase: doc.text.slice(...span), span, weight: h.cue.level ?? 1, kind: 'level' });
  }
  return { cueLevel, levelTwoCue: levelInLead.some((h) => h.cue.level === 2), signals };
}

/** Level: the type sets the floor, casualties, targets and weapons raise it (DESIGN.md scale). */
export function decideLevel(weights: EscalationWeights, x: LevelInput, cueLevel: number): number {
  const L = weights.level;
  if (VIOLENT.has(x.eventType)) {
    let level = 3;
    const strike = [...x.weapons].some((w) => STRIKE_WEAPONS.has(w));
    const onForces = [...x.targets].some((t) => FORCE_TARGETS.has(t));
    if (x.deaths > 0) level = 4;
    if (onForces && (strike || x.deaths + x.injured > 0) && x.eventType !== 'Riots') level = Math.max(level, 4);
    if (strike && x.deaths + x.injured > 0) level = Math.max(level, 4);
    if (x.deaths >= L.criticalDeaths || x.deaths + x.injured >= L.criticalCasualties) level = 5;
    // A strike on a national capital is critical whatever its toll.
    if (strike && x.capitalStruck && x.eventType !== 'Riots') level = 5;
    if (cueLevel >= 5) level = 5;
    return level;
  }
  // ACLED files force against protesters under Protests; only a massacre lifts it to severe.
  if (x.eventType === 'Protests') return x.deaths >= L.protestMassacre ? 4 : 2;
  if (x.eventType === 'Strategic developments') {
    // Coercion (curfews, blockades, deportations) is significant; the rest of the category is not.
    const sub = x.subEventType;
    return sub === 'Other' ? 3 : sub === 'Agreement' || sub === 'Change to group/activity' || sub === 'Headquarters or base established' ? Math.min(2, cueLevel) : 2;
  }
  return Math.min(2, cueLevel);
}
