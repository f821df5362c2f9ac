import { TokenizedText } from './tokenizer';

/**
 * A result "9-7", "3–1" or "2 - 0": sport headlines give the score where a conflict report gives a
 * toll ("9 killed"), and a headline range of casualties is written "10 to 15", not "10-15".
 */
const SCORELINE_RE = /(?<![\d.,:/-])\d{1,3} ?[-–] ?\d{1,3}(?![\d/-]|[.,:]\d)/;

/** Sentence numbers of the title (the first sentence when there is none) that give a sport result. */
export function scorelineTitleSentences(doc: TokenizedText, titleSentences: number): Set<number> {
  const out = new Set<number>();
  const last = Math.max(1, titleSentences);
  for (let s = 0; s < doc.sentences.length && s < last; s++) {
    const sent = doc.sentences[s];
    if (SCORELINE_RE.test(doc.text.slice(sent.start, sent.end))) out.add(s);
  }
  return out;
}
