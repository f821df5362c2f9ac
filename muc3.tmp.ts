import 'tsconfig-paths/register';
import { ClassificationEngine } from '@sitrep/classification';
import { readJsonl } from './scripts/eval/jsonl';
const e = ClassificationEngine.create();
interface R { text: string; casualty_level: number }
let n = 0;
for (const r of readJsonl<R>('/work/shared/data/events/muc4-dev.jsonl')) {
  const out = e.classify({ title: '', body: r.text });
  if (out.casualties.killed === 0 || r.casualty_level === 3) continue;
  const s = out.signals.filter((x) => x.kind === 'casualty');
  if (n++ > 40) break;
  const full = `\n${r.text}`;
  const first = s.find((x) => /kill|dead|death|died|murder|assass|massac|execut|slain|perish/.test(x.phrase));
  if (!first) continue;
  console.log(r.casualty_level, `[${first.span[0]}/${full.length}]`, JSON.stringify(full.slice(Math.max(0, first.span[0] - 120), first.span[1] + 30).replace(/\s+/g, ' ')));
}
