import { writeFileSync } from 'node:fs';
import { ArticleGenerator } from './lib/article-generator';
import { numberArg, parseArgs } from './lib/bench-args';

/**
 * Writes the bench's article stream as a labelled clustering file (the ECB+ format of
 * ../shared/data/clustering: id, title, url, text, cluster_id = the generated event), so that the
 * correlator's quality on the stream the benchmark runs can be scored with
 * `npm run eval -- --clustering <file>`:
 *
 *   npx ts-node --transpile-only -r tsconfig-paths/register scripts/bench/stream-to-jsonl.ts --articles 3000 --out /tmp/stream.jsonl
 */
const args = parseArgs(process.argv.slice(2));
const n = numberArg(args, 'articles', 3000);
const out = args.get('out') ?? '/tmp/sitrep-bench-stream.jsonl';
const generator = new ArticleGenerator(numberArg(args, 'seed', 7), 'stream');
const rows: string[] = [];
for (let i = 0; i < n; i++) {
  const { article, eventKey } = generator.next();
  // A resend keeps its article id; the row id is unique so that every line is scored.
  rows.push(JSON.stringify({ id: `${article.id}-${i}`, title: article.title, url: article.url, text: article.body, cluster_id: eventKey }));
}
writeFileSync(out, `${rows.join('\n')}\n`);
process.stderr.write(`wrote ${n} articles of ${new Set(rows.map((r) => JSON.parse(r).cluster_id)).size} events to ${out}\n`);
