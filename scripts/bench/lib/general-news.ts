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

/** The texts labelled `conflict: false` (sport, business, culture, politics …), grouped by category. */
export function loadGeneralNews(file = generalNewsFile()): Map<string, NewsText[]> {
  if (!existsSync(file)) throw new Error(`general-news texts not found at ${file}: set SITREP_DATA_DIR to the shared data folder, or run with --workload stress`);
  const byCategory = new Map<string, NewsText[]>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as NewsText & { conflict: boolean | null };
    if (row.conflict !== false || !row.text || !row.title) continue;
    const category = row.category.toLowerCase();
    byCategory.set(category, [...(byCategory.get(category) ?? []), { source: row.source, category, title: row.title, text: row.text }]);
  }
  return byCategory;
}
