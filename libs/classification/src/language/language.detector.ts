import { TokenizedText } from '../text/tokenizer';
import { allStopwords } from '../text/word-lists';

export interface LanguageGuess {
  language: string;
  /** The engine reads English; other languages get place names only. */
  supported: boolean;
}

/** Languages told apart by stop words (Latin script); others are recognised by their script. */
const CANDIDATES = ['en', 'es', 'fr', 'de', 'it', 'pt', 'nl', 'tr', 'id', 'sv', 'pl', 'ro', 'sw', 'tl', 'vi'];
const SCRIPTS: [RegExp, string][] = [
  [/[\u0600-\u06ff]/g, 'ar'], [/[\u0400-\u04ff]/g, 'ru'], [/[\u4e00-\u9fff]/g, 'zh'], [/[\u3040-\u30ff]/g, 'ja'],
  [/[\uac00-\ud7af]/g, 'ko'], [/[\u0590-\u05ff]/g, 'he'], [/[\u0370-\u03ff]/g, 'el'], [/[\u0900-\u097f]/g, 'hi'],
  [/[\u0e00-\u0e7f]/g, 'th'], [/[\u0980-\u09ff]/g, 'bn'], [/[\u0b80-\u0bff]/g, 'ta'],
];
const SAMPLE_TOKENS = 60;

/**
 * Cheap language guess: share of non-Latin script first, then which language's stop words
 * (stopwords-iso, only words unique to one language) cover most of the first tokens.
 */
export class LanguageDetector {
  private readonly owner = new Map<string, string>();

  constructor() {
    const all = allStopwords();
    const counts = new Map<string, number>();
    for (const lang of CANDIDATES) for (const w of all[lang] ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
    for (const lang of CANDIDATES) {
      for (const w of all[lang] ?? []) if (counts.get(w) === 1 && w.length > 1) this.owner.set(w, lang);
    }
  }

  detect(doc: TokenizedText, declared?: string): LanguageGuess {
    const sample = doc.text.length > 500 ? doc.text.slice(0, 500) : doc.text;
    let letters = 0;
    let nonLatin = 0;
    for (let i = 0; i < sample.length; i++) {
      const c = sample.charCodeAt(i);
      if (c > 64) letters++;
      if (c >= 0x370) nonLatin++;
    }
    // Only text mostly outside Latin script needs the per-script counts.
    if (letters > 0 && nonLatin / letters > 0.3) {
      for (const [re, lang] of SCRIPTS) {
        const n = sample.match(re)?.length ?? 0;
        if (n / letters > 0.3) return { language: lang, supported: false };
      }
    }
    const votes = new Map<string, number>();
    const n = Math.min(doc.tokens.length, SAMPLE_TOKENS);
    for (let i = 0; i < n; i++) {
      const lang = this.owner.get(doc.tokens[i].norm);
      if (lang) votes.set(lang, (votes.get(lang) ?? 0) + 1);
    }
    let best = declared && /^[a-z]{2}$/i.test(declared) ? declared.toLowerCase() : 'en';
    let bestVotes = 0;
    for (const [lang, v] of votes) if (v > bestVotes) { bestVotes = v; best = lang; }
    const en = votes.get('en') ?? 0;
    // A few foreign function words in English text (names, quotes, "war") must not flip it.
    if (best !== 'en' && (bestVotes < 2 || en >= bestVotes * 0.5)) best = 'en';
    return { language: best, supported: best === 'en' };
  }
}
