import { EventType } from '@sitrep/contracts';
import { CueHit, dropShadowed } from './cue';
import { ScoringContext, capitalisedAway } from './scoring-context';
import { SentenceFrame } from './sentence-frames';

export const VIOLENT: ReadonlySet<EventType> = new Set<EventType>(['Battles', 'Explosions/Remote violence', 'Violence against civilians', 'Riots']);

const STRIKE_WORDS: ReadonlySet<string> = new Set(['strike', 'strikes']);
const KILL_WORDS: ReadonlySet<string> = new Set(['kill', 'kills', 'killed', 'killing', 'dead', 'died', 'wounded', 'wounds', 'wounding', 'injured', 'injures', 'injuring']);

function sentenceHas(ctx: ScoringContext, sentence: number, words: ReadonlySet<string>): boolean {
  const s = ctx.doc.sentences[sentence];
  for (let i = s.firstToken; i < s.endToken; i++) if (words.has(ctx.doc.norms[i])) return true;
  return false;
}

export interface SubScore { type: EventType; sub: string; score: number }

/**
 * The "type|sub" key of each pair, built once per process: concatenated per vote, every key was a
 * new string to flatten and hash before the Map could find it (measured: score() took ~14 % more
 * CPU on the bench's articles with the keys built per vote and per sentence).
 */
const SUB_KEYS = new Map<EventType, Map<string, string>>();

function subKey(type: EventType, sub: string): string {
  let subs = SUB_KEYS.get(type);
  if (!subs) SUB_KEYS.set(type, (subs = new Map()));
  let key = subs.get(sub);
  if (key === undefined) subs.set(sub, (key = `${type}|${sub}`));
  return key;
}

export interface TypeVotes {
  /** Summed votes per "type|sub-type". */
  subScores: Map<string, SubScore>;
  weapons: Set<string>;
  /** Type cues left after shadowing ("bomb" inside "car bomb"), in text order. */
  typeHits: CueHit[];
  /** Target cues left after shadowing. */
  targetHits: CueHit[];
  /** Sentences holding a violent-type cue. */
  violentSentences: Set<number>;
}

/**
 * Event type: weighted votes per sub-type, longest phrases shadow the words inside them, and the
 * sentence frame (weapons found, verbal, protest, base established) reweighs what is inside it.
 */
export function typeVotes(ctx: ScoringContext, rawTypeHits: CueHit[], rawTargetHits: CueHit[], frames: SentenceFrame[]): TypeVotes {
  const { doc, background, weights: w } = ctx;
  const subScores = new Map<string, SubScore>();
  const weapons = new Set<string>();
  const addVote = (type: EventType, sub: string, score: number, key = subKey(type, sub)): void => {
    let entry = subScores.get(key);
    if (!entry) subScores.set(key, (entry = { type, sub, score: 0 }));
    entry.score += score;
  };
  for (let s = 0; s < frames.length; s++) {
    if (frames[s].weaponsFound) addVote('Strategic developments', 'Disrupted weapons use', w.frameVotes.weaponsFound * ctx.weightOf(s));
    if (frames[s].protestViolence) addVote('Riots', 'Violent demonstration', w.frameVotes.protestViolence * ctx.weightOf(s));
    if (frames[s].baseEstablished) addVote('Strategic developments', 'Headquarters or base established', w.frameVotes.baseEstablished * ctx.weightOf(s));
  }
  const typeHits = dropShadowed(rawTypeHits);
  // The strongest vote of each sub-type in the current sentence: typeHits are in text order, so
  // the map is emptied when the sentence changes.
  const sentenceBest = new Map<string, number>();
  let bestSentence = -1;
  const d = w.frameDamping;
  for (const h of typeHits) {
    if (capitalisedAway(ctx, h.cue.lowercase, h.first)) continue;
    const sentence = doc.tokens[h.first].sentence;
    if (sentence !== bestSentence) {
      sentenceBest.clear();
      bestSentence = sentence;
    }
    const frame = frames[sentence];
    let weight = ctx.weightOf(sentence);
    if (h.cue.type) {
      let type = h.cue.type[0];
      let sub = h.cue.type[1];
      if (frame.weaponsFound && (type === 'Explosions/Remote violence' || type === 'Battles')) weight *= d.weaponsFound;
      if (frame.verbal && type !== 'Protests' && type !== 'Strategic developments') weight *= d.verbal;
      if (frame.protest && type === 'Battles' && sub === 'Armed clash') { type = 'Riots'; sub = 'Violent demonstration'; weight *= d.protestClash; }
      if (frame.baseEstablished && type === 'Battles') weight *= d.baseEstablished;
      // "Israeli strike kills seven": a strike that kills is a strike from the air or by missile,
      // not a walkout (ACLED's labour strikes kill no one).
      if (type === 'Protests' && h.cue.words.length === 1 && STRIKE_WORDS.has(h.cue.words[0]) && sentenceHas(ctx, sentence, KILL_WORDS)) { type = 'Explosions/Remote violence'; sub = 'Air/drone strike'; }
      // A release with bloodshed in the same sentence is a rescue or a raid, not an agreement.
      if (frame.bloodshed && h.cue.cooperative) weight *= d.cooperativeBloodshed;
      // Within a sentence a sub-type counts once, at its strongest phrase: five words for
      // "protest" in one sentence are one protest, not five.
      const key = subKey(type, sub);
      const prevBest = sentenceBest.get(key) ?? 0;
      const value = h.cue.weight * weight;
      if (value > prevBest) {
        addVote(type, sub, value - prevBest + (prevBest > 0 ? w.repeatShare * prevBest : 0), key);
        sentenceBest.set(key, value);
      } else addVote(type, sub, w.repeatShare * value, key);
    }
    if (h.cue.weapon && !background.has(doc.tokens[h.first].sentence)) weapons.add(h.cue.weapon);
  }
  // Who was hit decides between a battle and violence against civilians (ACLED's split), in
  // sentences that tell of violence: "suspended military aid" names the military, not a battle.
  const violentSentences = new Set<number>();
  for (const h of typeHits) if (h.cue.type && VIOLENT.has(h.cue.type[0])) violentSentences.add(doc.tokens[h.first].sentence);
  const targetHits = dropShadowed(rawTargetHits);
  for (const h of targetHits) {
    const sentence = doc.tokens[h.first].sentence;
    if (background.has(sentence) || frames[sentence].verbal || !violentSentences.has(sentence)) continue;
    const weight = ctx.weightOf(sentence);
    if (h.cue.target === 'military forces' || h.cue.target === 'military base') addVote('Battles', 'Armed clash', w.targetVotes.forces * weight);
    if (h.cue.target === 'civilians') addVote('Violence against civilians', 'Attack', w.targetVotes.civilians * weight);
  }
  return { subScores, weapons, typeHits, targetHits, violentSentences };
}

/** Targets named in the title and lead (background excluded). */
export function leadTargets(ctx: ScoringContext, targetHits: CueHit[]): Set<string> {
  const targets = new Set<string>();
  for (const h of targetHits) {
    const s = ctx.doc.tokens[h.first].sentence;
    if (!ctx.background.has(s) && s < ctx.titleSentences + ctx.weights.leadSentences + 2 && h.cue.target) targets.add(h.cue.target);
  }
  return targets;
}
