import 'tsconfig-paths/register';
import { ClassificationEngine } from '@sitrep/classification';
import { readJsonl } from './scripts/eval/jsonl';
const e = ClassificationEngine.create();
interface R { text: string; penta_class: number }
const conf = new Map<string, number>();
const samples = new Map<string, string[]>();
for (const r of readJsonl<R>('/work/shared/data/events/cameo-penta-dev.jsonl')) {
  const out = e.classify({ title: '', body: r.text });
  const g = r.penta_class === 4 ? 'H' : r.penta_class === 3 ? 'M' : 'L';
  const p = out.level >= 3 ? 'H' : out.level === 2 ? 'M' : 'L';
  const k = `${g}->${p}`;
  conf.set(k, (conf.get(k) ?? 0) + 1);
  const list = samples.get(k) ?? [];
  if (list.length < Number(process.argv[2] ?? 6)) list.push(`[${r.penta_class} ${out.eventType}/${out.level}] ${r.text.slice(0, 150)}`);
  samples.set(k, list);
}
console.log([...conf].sort().map(([k, v]) => `${k}:${v}`).join(' '));
for (const [k, l] of samples) if (k[0] !== k[3]) { console.log('==', k); for (const x of l) console.log('  ', x); }
