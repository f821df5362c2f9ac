import 'tsconfig-paths/register';
import { ClassificationEngine } from '@sitrep/classification';
import { readJsonl } from './scripts/eval/jsonl';
const e = ClassificationEngine.create();
interface R { text: string; label_set: string; acled_event_type: string; event_type: string }
const HIGH = new Set(['Battles', 'Explosions/Remote violence', 'Violence against civilians', 'Riots']);
for (const r of readJsonl<R>('/work/shared/data/events/case2021t2-dev.jsonl')) {
  if (r.label_set !== 'acled') continue;
  const out = e.classify({ title: '', body: r.text });
  if (HIGH.has(r.acled_event_type) !== out.level >= 3) console.log(`[${r.event_type} -> ${out.eventType}/${out.subEventType}/${out.level}] ${r.text.slice(0, 150).replace(/\s+/g, ' ')}`);
}
