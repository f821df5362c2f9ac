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
  '\\bin (?:a |an )?(?:separate|unrelated|similar|earlier) (?:incident|attack|development|event)\\b',
  '\\bmeanwhile\\b',
].join('|'), 'i');

export function backgroundSentences(doc: TokenizedText, titleSentences: number): Set<number> {
  const out = new Set<number>();
  for (let s = titleSentences; s < doc.sentences.length; s++) {
    const sent = doc.sentences[s];
    if (BACKGROUND_RE.test(doc.text.slice(sent.start, sent.end))) out.add(s);
  }
  return out;
}
