import { TokenizedText } from '../text/tokenizer';

/**
 * Sentences about other, earlier events ("a week earlier, a strike killed three", "last year …").
 * Their places, casualties and level cues are context, not the event the article reports.
 */
const BACKGROUND_RE = new RegExp([
  '\\blast (?:week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter)\\b',
  '\\b(?:a|one|two|three|four|five|six|several|few|many|\\d+) (?:days?|weeks?|months?|years?|decades?) (?:earlier|ago|before|prior)\\b',
  '\\bearlier (?:this|last) (?:week|month|year)\\b',
  '\\b(?:previous|prior|earlier) (?:attack|strike|attacks|strikes|incident|incidents|raid|bombing|clashes)\\b',
  '\\bin (?:19|20)\\d\\d\\b',
  '\\bsince (?:19|20)\\d\\d\\b',
  '\\b(?:has|have) (?:been )?(?:repeatedly|previously)\\b',
  '\\bpreviously\\b',
  '\\bthe (?:previous|last) (?:day|week|month|year|time)\\b',
].join('|'), 'i');

/** A switch to another story: this sentence and every later one are about something else. */
const TOPIC_SWITCH_RE = /\b(?:meanwhile|in (?:a |an )?(?:separate|unrelated|similar|other|another) (?:incident|attack|development|event|news|case)s?|in other news|separately|elsewhere in the country|on another front)\b/i;

export function backgroundSentences(doc: TokenizedText, titleSentences: number): Set<number> {
  const out = new Set<number>();
  let switched = false;
  for (let s = titleSentences; s < doc.sentences.length; s++) {
    const sent = doc.sentences[s];
    const text = doc.text.slice(sent.start, sent.end);
    // The lead sentence introduces the story: a switch there is not a switch.
    const sw = TOPIC_SWITCH_RE.exec(text);
    if (!switched && s > titleSentences && sw && sw.index < 30) switched = true;
    // The first body sentence is the story itself, whatever time it names ("Last week, X rejected …").
    if (switched || (s > titleSentences && BACKGROUND_RE.test(text))) out.add(s);
  }
  return out;
}
