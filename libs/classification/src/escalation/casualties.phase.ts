import { Signal } from '@sitrep/contracts';
import { CASUALTY_WORD, extractCasualties } from './casualty.extractor';
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
  const words = new CasualtyWordScan(doc.text);
  for (let s = 0; s < doc.sentences.length && s < lastCasualtySentence; s++) {
    const sent = doc.sentences[s];
    if (!words.mayHold(sent.start, sent.end)) continue;
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

const CASUALTY_WORD_ANY_CASE = new RegExp(CASUALTY_WORD.source, 'gi');

/**
 * Which sentences may hold a casualty word (extractClause's first test), read in one scan of the
 * whole text instead of cutting out and lower-casing each sentence: most sentences hold none.
 *
 * Exact: every character of a match in a lower-cased clause is ASCII and comes from an ASCII
 * letter or space of the text, which the case-insensitive expression matches at the same place
 * (non-Unicode /i matches ASCII letters only by their ASCII case pairs). The exceptions are the
 * two characters whose lower case is ASCII: the Kelvin sign (→ "k"), for which every sentence is
 * read as before, and "İ" (→ "i" + a combining dot), which no match can use since no alternative
 * ends in "i". So a sentence without a match here gets no finding from extractCasualties().
 */
class CasualtyWordScan {
  private readonly all: boolean;
  /** Start of the first match at or after the last scan's start (Infinity: none). */
  private next = -1;

  constructor(private readonly text: string) {
    this.all = text.indexOf('\u212a') >= 0;
  }

  /** A match starts in [start, end): the sentence must be read (a match running past `end` is read too, to be safe). */
  mayHold(start: number, end: number): boolean {
    if (this.all) return true;
    if (this.next < start) {
      CASUALTY_WORD_ANY_CASE.lastIndex = start;
      const m = CASUALTY_WORD_ANY_CASE.exec(this.text);
      this.next = m ? m.index : Infinity;
    }
    return this.next < end;
  }
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
