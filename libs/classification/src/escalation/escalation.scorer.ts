import { EscalationLevel, EventType, Signal } from '@sitrep/contracts';
import { TokenizedText } from '../text/tokenizer';
import { extractCasualties } from './casualty.extractor';
import { CueHit, CueIndex } from './cue';
import { FORCE_TARGETS, LEVEL_CUES, STRIKE_WEAPONS, TARGET_CUES, TYPE_CUES } from './cues.data';
import { sentenceFrames } from './sentence-frames';

export interface EscalationInput {
  doc: TokenizedText;
  /** The event's primary place is a national capital. */
  capitalStruck?: boolean;
  titleSentences: number;
  background: ReadonlySet<number>;
}

export interface EscalationResult {
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
  /** Summed type votes per event type (before the relevance gate): features for the relevance model. */
  typeScores: Partial<Record<EventType, number>>;
  /** Highest level a lead cue points to on its own (1-5). */
  cueLevel: number;
  /** Title and lead sentences holding a violent-type cue. */
  violentSentences: number[];
  /** Title and lead sentences that report speech about the act ("condemned", "concerned by reports of"). */
  verbalSentences: number[];
  /** The lead holds a level-2 cue (threat, condemnation, sanction) or a verbal frame: what a statement is made of. */
  statementCue: boolean;
}

const VIOLENT: ReadonlySet<EventType> = new Set<EventType>(['Battles', 'Explosions/Remote violence', 'Violence against civilians', 'Riots']);
/** Body sentences after the title that still count as the lead. */
const LEAD_SENTENCES = 3;
/** Casualty counts are read from the title and this many body sentences: later ones recall other events. */
const CASUALTY_SENTENCES = 20;
const MIN_TYPE_SCORE = 1.1;
/** Enough for an analyst to see why; more is noise (and time). */
const MAX_SIGNALS = 40;

/**
 * Level, ACLED type and casualties of the event the article is about. Cues in the title and
 * lead count most; sentences flagged as background count as context only.
 */
export class EscalationScorer {
  /** One index over the three lexicons: one Map lookup per token; `group` says which list a cue is from. */
  private readonly cues = new CueIndex([
    ...TYPE_CUES.map((c) => ({ ...c, group: 'type' as const })),
    ...LEVEL_CUES.map((c) => ({ ...c, group: 'level' as const })),
    ...TARGET_CUES.map((c) => ({ ...c, group: 'target' as const })),
  ]);

  score(input: EscalationInput): EscalationResult {
    const { doc, titleSentences, background } = input;
    const norms = doc.norms;
    const hits: CueHit[] = [];
    for (let i = 0; i < norms.length; i++) this.cues.matchAt(norms, i, hits);
    const typeHits = hits.filter((h) => h.cue.group === 'type');
    const levelHits = hits.filter((h) => h.cue.group === 'level');
    const targetHits = hits.filter((h) => h.cue.group === 'target');
    const weightOf = (sentence: number): number => {
      const base = sentence < titleSentences ? 2 : sentence < titleSentences + LEAD_SENTENCES ? 1.5 : sentence < titleSentences + 8 ? 0.8 : 0.3;
      return background.has(sentence) ? base * 0.15 : base;
    };
    const signals: Signal[] = [];
    const span = (h: CueHit): [number, number] => [doc.tokens[h.first].start, doc.tokens[h.last].end];

    // Event type: weighted votes per sub-type, longest phrases shadow the words inside them.
    const subScores = new Map<string, { type: EventType; sub: string; score: number }>();
    const weapons = new Set<string>();
    const frames = sentenceFrames(doc);
    const typeVotes = dropShadowed(typeHits);
    const addVote = (type: EventType, sub: string, score: number): void => {
      const key = `${type}|${sub}`;
      const entry = subScores.get(key) ?? { type, sub, score: 0 };
      entry.score += score;
      subScores.set(key, entry);
    };
    for (let s = 0; s < frames.length; s++) {
      if (frames[s].weaponsFound) addVote('Strategic developments', 'Disrupted weapons use', 4 * weightOf(s));
      if (frames[s].protestViolence) addVote('Riots', 'Violent demonstration', 3 * weightOf(s));
      if (frames[s].baseEstablished) addVote('Strategic developments', 'Headquarters or base established', 4 * weightOf(s));
    }
    const sentenceBest = new Map<string, number>();
    for (const h of typeVotes) {
      if (h.cue.lowercase && doc.tokens[h.first].cap && !doc.allCaps) continue; // "in March" is a month
      const sentence = doc.tokens[h.first].sentence;
      const frame = frames[sentence];
      let w = weightOf(sentence);
      if (h.cue.type) {
        let [type, sub] = h.cue.type;
        if (frame.weaponsFound && (type === 'Explosions/Remote violence' || type === 'Battles')) w *= 0.2;
        if (frame.verbal && type !== 'Protests' && type !== 'Strategic developments') w *= 0.15;
        if (frame.protest && type === 'Battles' && sub === 'Armed clash') { type = 'Riots'; sub = 'Violent demonstration'; w *= 1.5; }
        if (frame.baseEstablished && type === 'Battles') w *= 0.3;
        // A release with bloodshed in the same sentence is a rescue or a raid, not an agreement.
        if (frame.bloodshed && h.cue.cooperative) w *= 0.2;
        // Within a sentence a sub-type counts once, at its strongest phrase: five words for
        // "protest" in one sentence are one protest, not five.
        const perSentence = `${sentence}|${type}|${sub}`;
        const prevBest = sentenceBest.get(perSentence) ?? 0;
        const value = h.cue.weight * w;
        if (value > prevBest) {
          addVote(type, sub, value - prevBest + (prevBest > 0 ? 0.1 * prevBest : 0));
          sentenceBest.set(perSentence, value);
        } else addVote(type, sub, 0.1 * value);
      }
      if (h.cue.weapon && !background.has(doc.tokens[h.first].sentence)) weapons.add(h.cue.weapon);
    }
    // Who was hit decides between a battle and violence against civilians (ACLED's split), in
    // sentences that tell of violence: "suspended military aid" names the military, not a battle.
    const violentSentences = new Set<number>();
    for (const h of typeVotes) if (h.cue.type && VIOLENT.has(h.cue.type[0])) violentSentences.add(doc.tokens[h.first].sentence);
    const targetVotes = dropShadowed(targetHits);
    for (const h of targetVotes) {
      const sentence = doc.tokens[h.first].sentence;
      if (background.has(sentence) || frames[sentence].verbal || !violentSentences.has(sentence)) continue;
      const w = weightOf(sentence);
      if (h.cue.target === 'military forces' || h.cue.target === 'military base') addVote('Battles', 'Armed clash', 0.5 * w);
      if (h.cue.target === 'civilians') addVote('Violence against civilians', 'Attack', 0.3 * w);
    }
    const typeTotals = new Map<EventType, number>();
    for (const e of subScores.values()) typeTotals.set(e.type, (typeTotals.get(e.type) ?? 0) + e.score);
    let eventType: EventType = 'Not a conflict event';
    let best = 0;
    for (const [t, s] of typeTotals) if (s > best) { best = s; eventType = t; }
    if (best < MIN_TYPE_SCORE) eventType = 'Not a conflict event';
    let subEventType: string | null = null;
    let subBest = 0;
    for (const e of subScores.values()) if (e.type === eventType && e.score > subBest) { subBest = e.score; subEventType = e.sub; }

    // Casualties of the main event: title and lead, background sentences excluded.
    let killed = 0;
    // Attackers and armed-group members killed: they make the event deadly, though they are not its victims.
    let perpetratorsKilled = 0;
    let injured = 0;
    let killedInTitle = false;
    const lastCasualtySentence = titleSentences + CASUALTY_SENTENCES;
    for (let s = 0; s < doc.sentences.length && s < lastCasualtySentence; s++) {
      const sent = doc.sentences[s];
      const sentText = doc.text.slice(sent.start, sent.end);
      // "How many rebels have died?", "Were any soldiers killed?" ask; they report nothing. (A
      // wh-question can presuppose an event: "What about the bombs that killed six soldiers?")
      if (isQuestion(doc.text, sent.end) && OPEN_QUESTION.test(sentText)) continue;
      for (const f of extractCasualties(sentText)) {
        const fspan: [number, number] = [sent.start + f.span[0], sent.start + f.span[1]];
        if (background.has(s)) {
          signals.push({ phrase: f.phrase, span: fspan, weight: 0, kind: 'context' });
          continue;
        }
        if (f.kind === 'killed') {
          if (f.perpetrator) perpetratorsKilled = Math.max(perpetratorsKilled, f.count);
          else killed = Math.max(killed, f.count);
          if (s < titleSentences && f.count > 0) killedInTitle = true;
        } else injured = Math.max(injured, f.count);
        signals.push({ phrase: f.phrase, span: fspan, weight: f.count, kind: 'casualty' });
      }
    }
    const deaths = Math.max(killed, perpetratorsKilled);

    // Deaths in the main event make it violence: found weapons or checkpoints mentioned beside a
    // deadly attack do not make it a strategic development. Take the strongest violent type when
    // it is close behind, or whenever the headline itself reports the deaths.
    if (deaths > 0 && eventType === 'Strategic developments') {
      let violent: { type: EventType; sub: string; score: number } | null = null;
      for (const e of subScores.values()) if (VIOLENT.has(e.type) && (!violent || e.score > violent.score)) violent = e;
      if (violent && (killedInTitle || violent.score >= 0.5 * subBest)) {
        eventType = violent.type;
        subEventType = violent.sub;
      }
    }

    const targets = new Set<string>();
    for (const h of targetVotes) {
      if (!background.has(doc.tokens[h.first].sentence) && doc.tokens[h.first].sentence < titleSentences + LEAD_SENTENCES + 2 && h.cue.target) targets.add(h.cue.target);
    }

    // Level: the type sets the floor, casualties, targets and weapons raise it.
    let level: number;
    let cueLevel = 1;
    const levelInLead = dropShadowed(levelHits).filter((h) => {
      const s = doc.tokens[h.first].sentence;
      return !background.has(s) && s < titleSentences + LEAD_SENTENCES && !(h.cue.lowercase && doc.tokens[h.first].cap && !doc.allCaps);
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
    for (const h of levelInLead) {
      const s = doc.tokens[h.first].sentence;
      if (h.cue.level === 2 && (coop.get(s) ?? 0) >= (conflict.get(s) ?? 0)) continue;
      cueLevel = Math.max(cueLevel, h.cue.level ?? 1);
      if (signals.length < MAX_SIGNALS) signals.push({ phrase: doc.text.slice(...span(h)), span: span(h), weight: h.cue.level ?? 1, kind: 'level' });
    }
    if (VIOLENT.has(eventType)) {
      level = 3;
      const strike = [...weapons].some((w) => STRIKE_WEAPONS.has(w));
      const onForces = [...targets].some((t) => FORCE_TARGETS.has(t));
      if (deaths > 0) level = 4;
      if (onForces && (strike || deaths + injured > 0) && eventType !== 'Riots') level = Math.max(level, 4);
      if (strike && deaths + injured > 0) level = Math.max(level, 4);
      if (deaths >= 20 || deaths + injured >= 50) level = 5;
      // A strike on a national capital is critical whatever its toll.
      if (strike && input.capitalStruck && eventType !== 'Riots') level = 5;
      if (cueLevel >= 5) level = 5;
    } else if (eventType === 'Protests') {
      // ACLED files force against protesters under Protests; only a massacre lifts it to severe.
      level = deaths >= 10 ? 4 : 2;
    } else if (eventType === 'Strategic developments') {
      // Coercion (curfews, blockades, deportations) is significant; the rest of the category is not.
      level = subEventType === 'Other' ? 3 : subEventType === 'Agreement' || subEventType === 'Change to group/activity' || subEventType === 'Headquarters or base established' ? Math.min(2, cueLevel) : 2;
    } else {
      level = Math.min(2, cueLevel);
    }
    const verbalSentences: number[] = [];
    for (let s = 0; s < frames.length && s < titleSentences + LEAD_SENTENCES; s++) if (frames[s].verbal && !background.has(s)) verbalSentences.push(s);
    for (const [, e] of [...subScores].sort((a, b) => b[1].score - a[1].score).slice(0, 3)) {
      signals.push({ phrase: `${e.type}: ${e.sub}`, span: [0, 0], weight: Math.round(e.score * 100) / 100, kind: 'type' });
    }
    for (const h of typeVotes) {
      if (signals.length >= MAX_SIGNALS) break;
      if (h.cue.type && h.cue.type[0] === eventType && !background.has(doc.tokens[h.first].sentence)) {
        signals.push({ phrase: doc.text.slice(...span(h)), span: span(h), weight: h.cue.weight, kind: 'type' });
      }
    }
    return {
      level: clampLevel(level), eventType, subEventType: eventType === 'Not a conflict event' ? null : subEventType,
      killed, perpetratorsKilled, injured, weapons: [...weapons], targets: [...targets], signals: signals.slice(0, MAX_SIGNALS),
      typeScores: Object.fromEntries(typeTotals), cueLevel,
      violentSentences: [...violentSentences].filter((s) => !background.has(s) && s < titleSentences + LEAD_SENTENCES).sort((a, b) => a - b),
      verbalSentences, statementCue: verbalSentences.length > 0 || levelInLead.some((h) => h.cue.level === 2),
    };
  }
}

const OPEN_QUESTION = /^\s*(?:\([^)]*\)\s*)?(?:were|was|did|do|does|is|are|has|have|had|will|would|could|can)\b|\bhow many\b/i;

/** The sentence ending at `end` (its last word) closes with a question mark. */
function isQuestion(text: string, end: number): boolean {
  for (let i = end; i < end + 3 && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 63) return true; // ?
    if (c !== 34 && c !== 39 && c !== 0x201d && c !== 0x2019 && c !== 41) return false; // closing quote or bracket
  }
  return false;
}

function clampLevel(n: number): EscalationLevel {
  return Math.max(1, Math.min(5, Math.round(n))) as EscalationLevel;
}

/** Drops hits lying inside a longer hit ("bomb" inside "car bomb"). */
function dropShadowed(hits: CueHit[]): CueHit[] {
  if (hits.length < 2) return hits;
  // Longest first among hits starting at the same token, then one sweep keeping the widest cover.
  const sorted = [...hits].sort((a, b) => a.first - b.first || (b.last - b.first) - (a.last - a.first));
  const out: CueHit[] = [];
  let cover: CueHit | null = null;
  for (const h of sorted) {
    if (cover && h.last <= cover.last && cover.last - cover.first > h.last - h.first) continue;
    out.push(h);
    if (!cover || h.last > cover.last) cover = h;
  }
  return out;
}
