import { Token, TokenizedText } from '../text/tokenizer';
import { GeoEnv } from './geo-env';

/**
 * Articles that begin a place name when a name follows them ("EL SALVADOR", "LA PAZ", "LOS ANGELES",
 * "AL ANBAR"). Elsewhere they stay lower case, as inside "San Luis de la Reina".
 */
const NAME_ARTICLES = new Set(['el', 'la', 'las', 'los', 'le', 'les', 'al']);
/** Links inside Spanish and Portuguese names ("SAN LUIS DE LA REINA", "MOCIMBOA DA PRAIA"): lower case, not acronyms. */
const NAME_LINKS = new Set(['de', 'da', 'do', 'del', 'dos', 'das']);

/**
 * Wire copy in capitals ("A CAR BOMB EXPLODED IN BOGOTA, KILLING THREE POLICEMEN") carries no
 * capitalisation, so every word would be a name to look up: "POLICE" a town in Poland, "MINISTER"
 * one in Ohio. This gives the geotagger the text as an editor would case it, from the English word
 * lists alone (SCOWL to level 35: a longer list, to level 50, lowered names such as "Cabanas" and
 * "San" and placed 5 more of the 543 MUC-4 reports in the wrong country):
 * - a common English word or a function word is lower case ("police", "came", "the"), but at a
 *   sentence start, or where it alone names a country ("CHINA", "TURKEY", "GUINEA");
 * - any other word is a name ("Bogota", "Soyapango", "Pulido"; a rarer English word too, which
 *   matters only where a place bears it);
 * - a short word of no English ("FMLN", "U.S.", "ELN") stays in capitals: an acronym or a code;
 * - "EL", "LA", "AL" and the word after them are a name ("El Salvador", "La Paz", "La Union").
 * Offsets, folded forms and sentences stay those of the text as written; only the letters' case and
 * the tokens' `cap` change, and the result is no longer all capitals: the later phases need no
 * mode of their own for it.
 */
export function truecase(env: GeoEnv, doc: TokenizedText): TokenizedText {
  if (!doc.allCaps) return doc;
  const { text, tokens } = doc;
  const form = tokens.map((_, i) => caseOf(env, doc, i));
  for (let i = 0; i + 1 < tokens.length; i++) {
    const next = tokens[i + 1];
    // "LA UNION", "EL ALTO": the article and the word after it, whatever that word means in English.
    if (NAME_ARTICLES.has(tokens[i].norm) && next.sentence === tokens[i].sentence && !env.stop.has(next.norm) && form[i + 1] !== 'acronym') {
      form[i] = 'capital';
      form[i + 1] = 'capital';
    }
  }
  // Letter by letter, so a letter whose lower case is longer ("İ") cannot shift the offsets.
  const chars = text.split('').map((c) => { const l = c.toLowerCase(); return l.length === 1 ? l : c; });
  const out: Token[] = new Array<Token>(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const sentenceStart = i === doc.sentences[t.sentence].firstToken;
    if (form[i] === 'acronym') for (let k = t.start; k < t.end; k++) chars[k] = text.charAt(k);
    else if (form[i] === 'capital' || sentenceStart) {
      const up = text.charAt(t.start).toUpperCase();
      if (up.length === 1) chars[t.start] = up;
    }
    out[i] = { ...t, cap: form[i] !== 'lower' || sentenceStart };
  }
  return { ...doc, text: chars.join(''), tokens: out, allCaps: false };
}

type Form = 'lower' | 'capital' | 'acronym';

function caseOf(env: GeoEnv, doc: TokenizedText, i: number): Form {
  const { text, tokens } = doc;
  const t = tokens[i];
  const w = t.norm;
  if (/^\d/.test(w) || NAME_ARTICLES.has(w) || NAME_LINKS.has(w)) return 'lower';
  // "U.S.", "U.N.": letters joined by full stops.
  if (t.end - t.start === 1 && (/^\.\p{L}/u.test(text.slice(t.end, t.end + 2)) || /\p{L}\.$/u.test(text.slice(Math.max(0, t.start - 2), t.start)))) return 'acronym';
  if (env.stop.has(w) || env.common.has(w)) {
    if (!namesCountryAlone(env, w)) return 'lower';
    if (t.end - t.start > 2) return 'capital';
    // "US": the pronoun ("LET US", "TAUGHT US") but where it opens a sentence, follows "THE" or
    // joins a word ("US-LED"): then the country's code.
    const prev = tokens[i - 1];
    const opens = !prev || prev.sentence !== t.sentence || prev.norm === 'the' || tokens[i + 1]?.hyphenBefore === true;
    return opens ? 'acronym' : 'lower';
  }
  // "FMLN", "ELN", "UN": one or two letters, or a short word without a vowel, written as an acronym.
  const letters = t.end - t.start;
  if (letters <= 2 || (letters <= 5 && !/[aeiouy]/.test(w))) return 'acronym';
  return 'capital';
}

/** "CHINA", "TURKEY", "CHAD": a country whose name is also an English word. */
function namesCountryAlone(env: GeoEnv, norm: string): boolean {
  const ids = env.gazetteer.lookup(norm);
  return !!ids && ids.some((id) => env.gazetteer.place(id).kind === 'country');
}
