import 'tsconfig-paths/register';
import { ClassificationEngine } from '@sitrep/classification';
import { readJsonl } from './scripts/eval/jsonl';
import { foldAdmin1 } from './scripts/eval/geo.eval';
const e = ClassificationEngine.create();
const want = process.argv[3];
interface R { title: string | null; text: string; admin1?: { country: string; name: string }[]; toponyms: { phrase: string; country: string; admin1?: string }[] }
let k = 0;
for (const r of readJsonl<R>(process.argv[2])) {
  if (!r.admin1?.length) continue;
  const out = e.classify({ title: r.title ?? '', body: r.text });
  const pred = new Set(out.places.filter((p) => p.admin1).map((p) => `${p.country}/${foldAdmin1(p.admin1 ?? '')}`));
  if (r.admin1.some((a) => `${a.country}/${foldAdmin1(a.name)}` === want) && !pred.has(want) && k++ < 6) {
    console.log('---', r.title);
    console.log('  pred', out.places.map((q) => `${q.name}:${q.country}/${q.admin1}/${q.kind}`).join(' '));
    console.log('  gold', r.toponyms.filter((t) => t.admin1).map((t) => `${t.phrase}:${t.country}/${t.admin1}`).join(' '));
  }
}
