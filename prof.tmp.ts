import 'tsconfig-paths/register';
import { ClassificationEngine } from '@sitrep/classification';
const e = ClassificationEngine.create();
const text = require('fs').readFileSync('/work/shared/data/geo/gwn-dev.jsonl', 'utf8').split('\n').filter(Boolean).slice(0, 60).map((l: string) => JSON.parse(l)) as { title: string; text: string }[];
const arts = text.map((r) => ({ title: r.title ?? '', body: r.text.slice(0, 4000) }));
const t = Date.now(); let n = 0;
while (Date.now() - t < 15000) { for (const a of arts) e.classify(a); n += arts.length; }
console.log('per sec', n / ((Date.now() - t) / 1000));
