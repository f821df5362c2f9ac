import { EventType } from '@sitrep/contracts';
import { TokenizedText } from '../text/tokenizer';
import { stem } from './word-stem';
import { deliberationInTitle, EventFrame, eventFrame, otherDomainInTitle, threatFrames } from './event-frame';

/**
 * The relevance model's input: hashed word unigrams and bigrams of the title and lead, plus named
 * cue and event-frame features from the escalation scorer. The named features generalize across
 * writing styles (the dev conflict texts are 1990 wires and one-sentence snippets); the words
 * learn what ordinary news looks like (sport, shopping, culture). Sparse: indices and values.
 */
export interface RelevanceFeatures {
  index: number[];
  value: number[];
  /** What each feature is, for the reasons an analyst sees (same order as `index`). */
  name: string[];
}

/** What the relevance phase reads from the escalation scorer. */
export interface RelevanceEvidence {
  typeScores: Partial<Record<EventType, number>>;
  cueLevel: number;
  violentSentences: readonly number[];
  verbalSentences: readonly number[];
  killed: number;
  injured: number;
  perpetratorsKilled: number;
}

export const HASH_BITS = 16;
const HASH_SIZE = 1 << HASH_BITS;
/** Body sentences after the title read for words: enough for the lead of an RSS summary or a wire. */
const LEAD_SENTENCES = 2;
/** A long lead sentence says what it is about in its first words; later ones add little and cost time. */
const MAX_TOKENS = 80;

/**
 * Function words and bare numbers are left out of the word features: trained with them, the model
 * weighed "to", "a" and "#" most (measured: top reasons on CASE snippets), i.e. it learned which
 * corpus a text came from (one-sentence snippets, 1990 wires, HuffPost summaries), not whether it
 * reports an event. Content words and the named features carry over to other writing styles.
 */
const FUNCTION_WORDS = new Set(['a', 'an', 'the', 'to', 'of', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'and', 'or', 'but', 'as', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'it', 'its', 'this', 'that', 'these', 'those', 'he', 'she', 'his', 'her', 'they', 'their', 'them', 'we', 'our', 'you', 'your', 'i', 'my', 'me', 'who', 'which', 'what', 'there', 'here', 'than', 'then', 'so', 'do', 'does', 'did', 'about', 'into', 'over', 'after', 'before', 'up', 'out', 'also', 'not', 'no', 's', 't', 'said', 'says', 'according']);

/** Named features, after the hash space; their order is the weights file's. */
export const NAMED_FEATURES = [
  'bias', 'headline only',
  'violent type votes', 'battle votes', 'explosion votes', 'civilian-violence votes', 'riot votes', 'protest votes', 'strategic votes',
  'level cue 3+', 'level cue 4+', 'level cue 2',
  'killed', 'injured', 'attackers killed',
  'violent sentence', 'event frame: actor', 'event frame: victim', 'event frame: actor and victim',
  'modal or hypothetical frame', 'statement frame', 'sport, market or culture frame',
  'threat by a state or armed actor', 'title weighs or debates', 'title on sport, market or culture',
  'accident or disaster frame',
] as const;
export type NamedFeature = (typeof NAMED_FEATURES)[number];
export const FEATURE_COUNT = HASH_SIZE + NAMED_FEATURES.length;
const NAMED_INDEX = new Map<string, number>(NAMED_FEATURES.map((n, i) => [n, HASH_SIZE + i]));

export function relevanceFeatures(doc: TokenizedText, titleSentences: number, ev: RelevanceEvidence): RelevanceFeatures {
  const out: RelevanceFeatures = { index: [], value: [], name: [] };
  const add = (name: NamedFeature, value: number): void => {
    if (value === 0) return;
    out.index.push(NAMED_INDEX.get(name) as number);
    out.value.push(value);
    out.name.push(name);
  };
  addWords(doc, titleSentences, out);
  const t = ev.typeScores;
  const violent = (t.Battles ?? 0) + (t['Explosions/Remote violence'] ?? 0) + (t['Violence against civilians'] ?? 0) + (t.Riots ?? 0);
  // log1p: vote totals grow with article length (a 30-sentence wire against a headline).
  add('bias', 1);
  add('headline only', doc.sentences.length <= titleSentences ? 1 : 0);
  // No "all caps" feature: it would learn that 1990 MUC wires are events (it took weight +1.4 when tried).
  add('violent type votes', Math.log1p(violent));
  add('battle votes', Math.log1p(t.Battles ?? 0));
  add('explosion votes', Math.log1p(t['Explosions/Remote violence'] ?? 0));
  add('civilian-violence votes', Math.log1p(t['Violence against civilians'] ?? 0));
  add('riot votes', Math.log1p(t.Riots ?? 0));
  add('protest votes', Math.log1p(t.Protests ?? 0));
  add('strategic votes', Math.log1p(t['Strategic developments'] ?? 0));
  add('level cue 3+', ev.cueLevel >= 3 ? 1 : 0);
  add('level cue 4+', ev.cueLevel >= 4 ? 1 : 0);
  add('level cue 2', ev.cueLevel === 2 ? 1 : 0);
  add('killed', ev.killed > 0 ? 1 : 0);
  add('injured', ev.injured > 0 ? 1 : 0);
  add('attackers killed', ev.perpetratorsKilled > 0 ? 1 : 0);
  add('threat by a state or armed actor', Math.min(1, threatFrames(doc, titleSentences + LEAD_SENTENCES)));
  add('title weighs or debates', deliberationInTitle(doc, titleSentences) ? 1 : 0);
  add('title on sport, market or culture', otherDomainInTitle(doc, titleSentences) ? 1 : 0);
  addFrame(eventFrame(doc, ev.violentSentences, ev.verbalSentences), add);
  return out;
}

function addFrame(f: EventFrame, add: (name: NamedFeature, value: number) => void): void {
  if (f.violent === 0) return;
  const share = (n: number): number => n / f.violent;
  add('violent sentence', 1);
  add('event frame: actor', share(f.withActor));
  add('event frame: victim', share(f.withVictim));
  add('event frame: actor and victim', f.withActor > 0 && f.withVictim > 0 ? 1 : 0);
  add('modal or hypothetical frame', share(f.modal));
  add('statement frame', share(f.statement));
  add('sport, market or culture frame', share(f.otherDomain));
  add('accident or disaster frame', share(f.disaster));
}

function addWords(doc: TokenizedText, titleSentences: number, out: RelevanceFeatures): void {
  const lastSentence = titleSentences + LEAD_SENTENCES;
  let prev = '';
  let prevStem = '';
  let count = 0;
  for (let i = 0; i < doc.tokens.length && count < MAX_TOKENS; i++) {
    const tok = doc.tokens[i];
    if (tok.sentence >= lastSentence) break;
    const w = doc.norms[i];
    const c0 = w.charCodeAt(0);
    if ((c0 >= 48 && c0 <= 57) || FUNCTION_WORDS.has(w)) { prev = ''; prevStem = ''; continue; }
    count++;
    // Weighed by stem (word-stem.ts), named as written (the reasons an analyst reads).
    const st = stem(w);
    out.index.push(hash(st));
    out.value.push(1);
    out.name.push(w);
    if (prev) {
      out.index.push(hash(`${prevStem} ${st}`));
      out.value.push(1);
      out.name.push(`${prev} ${w}`);
    }
    const next = i + 1 < doc.tokens.length && doc.tokens[i + 1].sentence === tok.sentence;
    prev = next ? w : '';
    prevStem = next ? st : '';
  }
}

/** FNV-1a over UTF-16 code units, folded into the hash space: stable across runs and platforms. */
export function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & (HASH_SIZE - 1);
}
