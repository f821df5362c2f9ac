import { TokenizedText } from '../text/tokenizer';
import { wordFlag, wordFlags } from './word-flags';

/**
 * Sentences about other, earlier events ("a week earlier, a strike killed three", "last year …"),
 * and everything after a switch to another story ("Meanwhile, …"). Their places, casualties and
 * level cues are context, not the event the article reports. Read from the token norms, so the
 * cost is one bit test per token (word-flags.ts).
 */
// "Last night" is usually the news itself, so it is not here.
const PERIODS = new Set(['week', 'month', 'year', 'weekend', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'spring', 'summer', 'autumn', 'fall', 'winter']);
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
/** A year: 1500–2099 (not "in 1500 GMT" clock times, which come with "at"). */
const YEAR = /^(?:1[5-9]|20)\d\d$/;
const SPANS = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'decade', 'decades']);
const AFTER_SPAN = new Set(['earlier', 'ago', 'before', 'prior']);
const EVENTS = new Set(['attack', 'strike', 'attacks', 'strikes', 'incident', 'incidents', 'raid', 'bombing', 'clashes']);
const SEPARATE = new Set(['separate', 'unrelated', 'similar', 'other', 'another']);
const SWITCH_EVENTS = new Set(['incident', 'incidents', 'attack', 'attacks', 'development', 'developments', 'event', 'events', 'news', 'case', 'cases']);
/** "The attack came a week after a strike that killed three", "the raid follows …": what follows is older. */
const CAME = new Set(['came', 'comes', 'come', 'follows']);
/** Words that open a time shift: isTimeShifted() reads on only at these. */
const F_TRIGGER = wordFlag(['last', 'earlier', 'previous', 'prior', 'in', 'since', 'has', 'have', 'previously', 'the', ...SPANS, ...CAME]);
/** A switch must open its sentence (within this many tokens) to count. */
const SWITCH_WINDOW = 5;

export function backgroundSentences(doc: TokenizedText, titleSentences: number): Set<number> {
  const out = new Set<number>();
  let switched = false;
  const flags = wordFlags(doc);
  for (let s = titleSentences; s < doc.sentences.length; s++) {
    const sent = doc.sentences[s];
    // The lead sentence introduces the story: a switch there is not a switch.
    if (!switched && s > titleSentences && opensWithSwitch(doc.norms, sent.firstToken, sent.endToken)) switched = true;
    // The first body sentence is the story itself, whatever time it names ("Last week, X rejected …").
    if (switched || (s > titleSentences && isTimeShifted(doc.norms, flags, sent.firstToken, sent.endToken))) out.add(s);
  }
  return out;
}

function isTimeShifted(n: readonly string[], flags: Int32Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (!(flags[i] & F_TRIGGER)) continue;
    const w = n[i];
    const a = n[i + 1];
    const b = n[i + 2];
    if (w === 'last' && PERIODS.has(a)) return true;
    // "came after", "came a week after", "came two days after", "follows a string of attacks".
    if (CAME.has(w) && (w === 'follows' || a === 'after' || b === 'after' || (SPANS.has(b) && n[i + 3] === 'after'))) return true;
    if (SPANS.has(w) && AFTER_SPAN.has(a)) return true;
    if (w === 'earlier' && (a === 'this' || a === 'last') && PERIODS.has(b)) return true;
    if ((w === 'previous' || w === 'prior' || w === 'earlier') && EVENTS.has(a)) return true;
    // "in 1987", "since 1948", "in October 1973": a year named with "in" or "since" dates the sentence.
    if ((w === 'in' || w === 'since') && a !== undefined && (isYear(a) || (MONTHS.has(a) && b !== undefined && isYear(b)))) return true;
    if ((w === 'has' || w === 'have') && (a === 'repeatedly' || a === 'previously' || (a === 'been' && (b === 'repeatedly' || b === 'previously')))) return true;
    if (w === 'previously') return true;
    if (w === 'the' && (a === 'previous' || a === 'last') && (b === 'day' || b === 'week' || b === 'month' || b === 'year' || b === 'time')) return true;
  }
  return false;
}

/** YEAR's test, after the two checks most words fail: "in" comes before a word on most lines. */
function isYear(w: string): boolean {
  if (w.length !== 4) return false;
  const c = w.charCodeAt(0);
  return (c === 49 || c === 50) && YEAR.test(w);
}

function opensWithSwitch(n: readonly string[], from: number, to: number): boolean {
  const end = Math.min(to, from + SWITCH_WINDOW);
  for (let i = from; i < end; i++) {
    const w = n[i];
    if (w === 'meanwhile' || w === 'separately') return true;
    if (w === 'in') {
      let j = i + 1;
      if (n[j] === 'a' || n[j] === 'an') j++;
      if (SEPARATE.has(n[j]) && SWITCH_EVENTS.has(n[j + 1])) return true;
      if (n[i + 1] === 'other' && n[i + 2] === 'news') return true;
    }
    if (w === 'elsewhere' && n[i + 1] === 'in' && n[i + 2] === 'the' && n[i + 3] === 'country') return true;
    if (w === 'on' && n[i + 1] === 'another' && n[i + 2] === 'front') return true;
  }
  return false;
}
