import 'tsconfig-paths/register';
import { ClassificationEngine } from '@sitrep/classification';
import { readJsonl } from './scripts/eval/jsonl';
const e = ClassificationEngine.create();
interface R { text: string; casualty_level: number; incident_types: string[]; relevant: boolean }
const mode = process.argv[2];
let n = 0;
for (const r of readJsonl<R>('/work/shared/data/events/muc4-dev.jsonl')) {
  const out = e.classify({ title: '', body: r.text });
  const pd = out.casualties.killed > 0;
  if (mode === 'fp' && pd && r.casualty_level !== 3 && n++ < 15) {
    console.log(`--- gold ${r.casualty_level} ${r.incident_types} killed=${out.casualties.killed}`, out.signals.filter((s) => s.kind === 'casualty' || s.kind === 'context').map((s) => s.phrase).join(' | '));
    console.log(r.text.slice(0, 400).replace(/\n/g, ' '));
  }
  if (mode === 'fn' && !pd && r.casualty_level === 3 && n++ < 12) {
    const m = r.text.match(/[^.]*\b(KILL|DEAD|DIED|MURDER|ASSASSINAT|DEATH|MASSACR|BODIES|BODY)[^.]*\./g) ?? [];
    console.log(`--- killed=${out.casualties.killed}`, m.slice(0, 3).map((x) => x.replace(/\s+/g, ' ').trim()).join(' || '));
  }
}
