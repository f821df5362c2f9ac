/**
 * `SITREP_DATA_DIR=../shared/data npx ts-node --transpile-only -r tsconfig-paths/register scripts/bench/verdict-equivalence.check.ts`
 *
 * The classifier stage runs the engine with `stopAtNonEvent` (issue 19); eval and training run it
 * without. This checks, on every record of the labelled events files, that the two agree where
 * they must: an event's classification is the same, field for field; an article stopped at the
 * verdict has the same level, type, relevance, reasons, signals, casualties, weapons, targets and
 * language. Prints one JSON line per file; exits 1 on any difference.
 */
import 'reflect-metadata';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ClassificationEngine } from '@sitrep/classification';
import type { Classification } from '@sitrep/contracts';

const dir = join(process.env.SITREP_DATA_DIR ?? join(__dirname, '..', '..', '..', 'shared', 'data'), 'events');
const verdictOf = (c: Classification) =>
  JSON.stringify([c.level, c.eventType, c.subEventType, c.relevance, c.relevanceReasons, c.signals, c.casualties, c.weapons, c.targets, c.language, c.languageSupported]);

const engine = ClassificationEngine.create();
let failed = false;
for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
  let records = 0, stopped = 0, differing = 0;
  for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { title?: string; text: string };
    const input = { title: r.title ?? '', body: r.text };
    const full = engine.classify(input);
    const slim = engine.classify(input, { stopAtNonEvent: true });
    records++;
    if (slim.detail === 'verdict') {
      stopped++;
      if (verdictOf(slim) !== verdictOf(full)) differing++;
    } else if (JSON.stringify(slim) !== JSON.stringify(full)) {
      differing++;
    }
  }
  if (differing) failed = true;
  console.log(JSON.stringify({ file, records, stoppedAtVerdict: stopped, differing }));
}
process.exit(failed ? 1 : 0);
