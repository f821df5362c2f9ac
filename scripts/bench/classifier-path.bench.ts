/**
 * `npx ts-node --transpile-only -r tsconfig-paths/register scripts/bench/classifier-path.bench.ts [--articles N] [--json]`
 *
 * The classifier stage's work per message on the realistic stream (lib/news-stream.generator.ts),
 * in one process and without Kafka: JSON.parse + decode of the `articles.raw` envelope, the
 * consumer's `ArticleClassifier.classify` (engine, correlation features, the classified event) and the
 * JSON.stringify the publisher does. Reports CPU µs per article for each phase and the share of
 * articles the engine stopped after the relevance verdict (slim events), with the bytes of a
 * slim and of a full classified event. Run it under `node --cpu-prof` (or
 * `--prof`) to see where the time goes; meant for comparing changes on a shared machine, where
 * CPU time, unlike wall time, does not count the moments other processes had the core.
 */
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { ClassificationEngine } from '@sitrep/classification';
import { ArticleReceivedEvent } from '@sitrep/contracts';
import { decodeEvent } from '@sitrep/messaging';
import { ArticleClassifier } from '../../apps/classifier/src/article.classifier';
import { numberArg, parseArgs } from './lib/bench-args';
import { NewsStreamGenerator, REALISTIC_MIX } from './lib/news-stream.generator';

const args = parseArgs(process.argv.slice(2));
const N = numberArg(args, 'articles', 3000);
const JSON_OUT = args.has('json');

function cpuUs(): number {
  const u = process.cpuUsage();
  return u.user + u.system;
}

function main(): void {
  const gen = new NewsStreamGenerator(42, 'path', REALISTIC_MIX);
  const receivedAt = new Date().toISOString();
  const raw: string[] = [];
  for (let i = 0; i < N; i++) {
    const { article } = gen.next();
    raw.push(JSON.stringify({ eventId: randomUUID(), occurredAt: receivedAt, schemaVersion: 1, correlationId: article.id, article: { ...article, receivedAt } }));
  }
  const sut = new ArticleClassifier(ClassificationEngine.create());
  // Phase by phase over all articles (a clock read per article would cost more than a decode).
  const run = (texts: string[]) => {
    const t0 = cpuUs();
    const received = texts.map((text) => decodeEvent(ArticleReceivedEvent, JSON.parse(text)));
    const t1 = cpuUs();
    const events = received.map((r) => sut.classify(r));
    const t2 = cpuUs();
    const sizes = events.map((e) => JSON.stringify(e).length);
    const t3 = cpuUs();
    let bytes = 0, slimBytes = 0, slim = 0;
    events.forEach((e, i) => {
      bytes += sizes[i];
      if (!e.correlation) { slim++; slimBytes += sizes[i]; }
    });
    const n = texts.length;
    const r = (x: number) => Math.round(x / n);
    return {
      articles: n, decodeUs: r(t1 - t0), classifyUs: r(t2 - t1), encodeUs: r(t3 - t2), totalUs: r(t3 - t0), slimShare: Number((slim / n).toFixed(3)),
      bytesPerEvent: r(bytes), bytesSlim: slim ? Math.round(slimBytes / slim) : 0, bytesFull: slim < n ? Math.round((bytes - slimBytes) / (n - slim)) : 0,
    };
  };
  run(raw.slice(0, Math.min(500, N))); // warm-up: JIT, term caches
  const result = run(raw);
  if (!JSON_OUT) process.stderr.write(`classifier path, ${N} realistic articles: ${JSON.stringify(result)}\n`);
  console.log(JSON.stringify(result));
}

main();
