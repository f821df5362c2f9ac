import 'tsconfig-paths/register';
import { ClassificationEngine } from '@sitrep/classification';
import { readJsonl } from './scripts/eval/jsonl';
const e = ClassificationEngine.create();
interface R { text: string; label_set: string; acled_event_type: string; event_type: string }
const conf = new Map<string, number>();
const samples: string[] = [];
for (const r of readJsonl<R>('/work/shared/data/events/case2021t2-dev.jsonl')) {
  if (r.label_set !== 'acled') continue;
  const out = e.classify({ title: '', body: r.text });
  const k = `${r.acled_event_type.slice(0, 12)}->${out.eventType.slice(0, 12)}`;
  conf.set(k, (conf.get(k) ?? 0) + 1);
  if (r.acled_event_type !== out.eventType && samples.length < Number(process.argv[2] ?? 30)) samples.push(`[${r.event_type} -> ${out.eventType}/${out.subEventType}/${out.level}] ${r.text.slice(0, 160).replace(/\s+/g, ' ')}`);
}
console.log([...conf].sort().map(([k, v]) => `${k}:${v}`).join('\n'));
for (const s of samples) console.log(s);
