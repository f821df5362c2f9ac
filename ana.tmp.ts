import 'tsconfig-paths/register';
import { ClassificationEngine } from '@sitrep/classification';
import { readJsonl } from './scripts/eval/jsonl';
const file = process.argv[2];
const e = ClassificationEngine.create();
const fpByName = new Map<string, number>();
const fnByC = new Map<string, number>();
interface R { title: string | null; text: string; countries: string[]; countries_literal?: string[] }
for (const r of readJsonl<R>(file)) {
  const gold = new Set(r.countries_literal ?? r.countries);
  const out = e.classify({ title: r.title ?? '', body: r.text });
  for (const p of out.places) {
    if (p.country && !gold.has(p.country) && p.kind !== 'actor' && p.kind !== 'demonym') {
      const k = `${p.name}->${p.country}/${p.kind}`;
      fpByName.set(k, (fpByName.get(k) ?? 0) + 1);
    }
  }
  for (const c of gold) if (!out.countries.includes(c)) fnByC.set(c, (fnByC.get(c) ?? 0) + 1);
}
console.log([...fpByName].sort((a, b) => b[1] - a[1]).slice(0, 70).map(([k, v]) => `${k}:${v}`).join('  '));
console.log('FN', [...fnByC].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, v]) => `${k}:${v}`).join('  '));
