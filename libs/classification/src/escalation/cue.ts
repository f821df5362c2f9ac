import { EventType } from '@sitrep/contracts';
import { tokenize } from '../text/tokenizer';

/** What a matched phrase says about the event. */
export interface CueSpec {
  /** Alternatives separated by "|", each one word or a phrase of words ("air strike|airstrike"). */
  phrase: string;
  /** Level the phrase points to on its own (1-5). */
  level?: number;
  /** ACLED event type and sub-event type it points to. */
  type?: [EventType, string];
  weight?: number;
  weapon?: string;
  target?: string;
  /** A cooperative act ("lifted the ban", "released") that cancels a conflict word in its sentence. */
  cooperative?: boolean;
  /** Which lexicon the cue belongs to, when several share one index. */
  group?: 'type' | 'level' | 'target';
  /** Only when written in lower case: "march" the protest, not "March" the month. */
  lowercase?: boolean;
}

export interface Cue extends CueSpec {
  /** Token norms of this one alternative. */
  words: readonly string[];
  weight: number;
}

export interface CueHit {
  cue: Cue;
  first: number;
  last: number;
}

/** Index of cues by the norms of their first slot, so matching is one Map lookup per token. */
export class CueIndex {
  private readonly byFirst = new Map<string, Cue[]>();

  constructor(specs: readonly CueSpec[]) {
    for (const spec of specs) {
      for (const alternative of spec.phrase.split('|')) {
        const words = tokenize(alternative).tokens.map((t) => t.norm);
        if (words.length === 0) continue;
        const cue: Cue = { ...spec, phrase: alternative, words, weight: spec.weight ?? 1 };
        const list = this.byFirst.get(words[0]);
        if (list) list.push(cue);
        else this.byFirst.set(words[0], [cue]);
      }
    }
  }

  /** The norms a cue can start with: matchAt() finds nothing at any other token. */
  firstWords(): Iterable<string> {
    return this.byFirst.keys();
  }

  /** Every cue that matches at token i (longest phrases are not preferred: all are reported). */
  matchAt(norms: readonly string[], i: number, out: CueHit[]): void {
    const list = this.byFirst.get(norms[i]);
    if (!list) return;
    for (const cue of list) {
      let ok = true;
      for (let k = 1; k < cue.words.length; k++) {
        if (norms[i + k] !== cue.words[k]) { ok = false; break; }
      }
      if (ok) out.push({ cue, first: i, last: i + cue.words.length - 1 });
    }
  }
}

/** Drops hits lying inside a longer hit ("bomb" inside "car bomb"). */
export function dropShadowed(hits: CueHit[]): CueHit[] {
  if (hits.length < 2) return hits;
  // Longest first among hits starting at the same token, then one sweep keeping the widest cover.
  // The matcher reports hits in text order, mostly in this order already: the stable sort would
  // return them as they are, so the copy and the sort are made only when some pair is out of order.
  const sorted = inShadowOrder(hits) ? hits : [...hits].sort(shadowOrder);
  const out: CueHit[] = [];
  let cover: CueHit | null = null;
  for (const h of sorted) {
    if (cover && h.last <= cover.last && cover.last - cover.first > h.last - h.first) continue;
    out.push(h);
    if (!cover || h.last > cover.last) cover = h;
  }
  return out;
}

function shadowOrder(a: CueHit, b: CueHit): number {
  return a.first - b.first || (b.last - b.first) - (a.last - a.first);
}

function inShadowOrder(hits: readonly CueHit[]): boolean {
  for (let k = 1; k < hits.length; k++) if (shadowOrder(hits[k - 1], hits[k]) > 0) return false;
  return true;
}
