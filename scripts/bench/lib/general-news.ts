import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** A general-news text of ../shared/data/events/news-general-dev.jsonl that reports no conflict event. */
export interface NewsText {
  source: string;
  category: string;
  title: string;
  text: string;
}

const FILE = join('events', 'news-general-dev.jsonl');

/** ../shared/data beside the repository, or $SITREP_DATA_DIR (as `npm run eval` finds it). */
export function generalNewsFile(dataDir = process.env.SITREP_DATA_DIR): string {
  const dir = dataDir ? resolve(dataDir) : resolve(__dirname, '..', '..', '..', '..', 'shared', 'data');
  return join(dir, FILE);
}

export interface GeneralNews {
  /** The texts labelled `conflict: false` (sport, business, culture, politics …). */
  texts: NewsText[];
  /** Every sentence of those texts: what full-length bodies are made of. */
  sentences: string[];
}

/** Splits after . ! ? followed by a space and a capital or a quote. */
const SENTENCE_END = /(?<=[.!?])\s+(?=["'A-Z])/;

export function loadGeneralNews(file = generalNewsFile()): GeneralNews {
  if (!existsSync(file)) throw new Error(`general-news texts not found at ${file}: set SITREP_DATA_DIR to the shared data folder, or run with --workload stress`);
  const texts: NewsText[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as NewsText & { conflict: boolean | null };
    if (row.conflict !== false || !row.text || !row.title) continue;
    texts.push({ source: row.source, category: row.category.toLowerCase(), title: row.title, text: row.text });
  }
  const sentences = texts.flatMap((t) => t.text.split(SENTENCE_END)).filter((s) => s.length >= 40);
  return { texts, sentences };
}
