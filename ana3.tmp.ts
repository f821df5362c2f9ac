import 'tsconfig-paths/register';
import { ClassificationEngine } from '@sitrep/classification';
import { readJsonl } from './scripts/eval/jsonl';
import { foldAdmin1 } from './scripts/eval/geo.eval';
const e = ClassificationEngine.create();
interface R { title: string | null; text: string; admin1?: { country: string; name: string }[] }
const fp = new Map<string, number>(); const fn = new Map<string, number>();
for (const r of readJsonl<R>(process.argv[2])) {
  if (!r.admin1?.length) continue;
  const out = e.classify({ title: r.title ?? '', body: r.text });
  const gold = new Set(r.admin1.map((a) => `${a.country}/${foldAdmin1(a.name)}`));
  for (const p of out.places) {
    if (!p.admin1 || p.kind === 'actor' || p.kind === 'demonym') continue;
    const k = `${p.country}/${foldAdmin1(p.admin1)}`;
    if (!gold.has(k)) { const kk = `${p.name}=>${k}`; fp.set(kk, (fp.get(kk) ?? 0) + 1); }
  }
  const pred = new Set(out.places.filter((p) => p.admin1).map((p) => `${p.country}/${foldAdmin1(p.admin1 ?? '')}`));
  for (const g of gold) if (!pred.has(g)) fn.set(g, (fn.get(g) ?? 0) + 1);
}
console.log('FP', [...fp].sort((a, b) => b[1] - a[1]).slice(0, 50).map(([k, v]) => `${k}:${v}`).join('  '));
console.log('FN', [...fn].sort((a, b) => b[1] - a[1]).slice(0, 40).map(([k, v]) => `${k}:${v}`).join('  '));
