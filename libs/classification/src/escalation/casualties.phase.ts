import { Signal } from '@sitrep/contracts';
import { extractCasualties } from './casualty.extractor';
import { ScoringContext } from './scoring-context';

export interface CasualtyReading {
  /** Victims of the event killed. */
  killed: number;
  /** Attackers and armed-group members killed: they make the event deadly, though they are not its victims. */
  perpetratorsKilled: number;
  injured: number;
  killedInTitle: boolean;
  /** Casualty phrases of the main event, and those of background sentences as context. */
  signals: Signal[];
}

const OPEN_QUESTION = /^\s*(?:\([^)]*\)\s*)?(?:were|was|did|do|does|is|are|has|have|had|will|would|could|can)\b|\bhow many\b/i;

/** Casualties of the main event: title and lead, background sentences excluded. */
export function readCasualties(ctx: ScoringContext): CasualtyReading {
  const { doc, titleSentences, background } = ctx;
  const out: CasualtyReading = { killed: 0, perpetratorsKilled: 0, injured: 0, killedInTitle: false, signals: [] };
  const lastCasualtySentence = titleSentences + ctx.weights.casualtySentences;
  for (let s = 0; s < doc.sentences.length && s < lastCasualtySentence; s++) {
    const sent = doc.sentences[s];
    const sentText = doc.text.slice(sent.start, sent.end);
    // "How many rebels have died?", "Were any soldiers killed?" ask; they report nothing. (A
    // wh-question can presuppose an event: "What about the bombs that killed six soldiers?")
    if (isQuestion(doc.text, sent.end) && OPEN_QUESTION.test(sentText)) continue;
    for (const f of extractCasualties(sentText)) {
      const fspan: [number, number] = [sent.start + f.span[0], sent.start + f.span[1]];
      if (background.has(s)) {
        out.signals.push({ phrase: f.phrase, span: fspan, weight: 0, kind: 'context' });
        continue;
      }
      if (f.kind === 'killed') {
        if (f.perpetrator) out.perpetratorsKilled = Math.max(out.perpetratorsKilled, f.count);
        else out.killed = Math.max(out.killed, f.count);
        if (s < titleSentences && f.count > 0) out.killedInTitle = true;
      } else out.injured = Math.max(out.injured, f.count);
      out.signals.push({ phrase: f.phrase, span: fspan, weight: f.count, kind: 'casualty' });
    }
  }
  return out;
}

/** The sentence ending at `end` (its last word) closes with a question mark. */
function isQuestion(text: string, end: number): boolean {
  for (let i = end; i < end + 3 && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 63) return true; // ?
    if (c !== 34 && c !== 39 && c !== 0x201d && c !== 0x2019 && c !== 41) return false; // closing quote or bracket
  }
  return false;
}
