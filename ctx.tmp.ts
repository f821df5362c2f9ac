import 'tsconfig-paths/register';
import { ClassificationEngine } from '@sitrep/classification';
import { readJsonl } from './scripts/eval/jsonl';
const e = ClassificationEngine.create();
interface R { title: string | null; text: string; countries: string[]; countries_literal?: string[] }
let n = 0;
for (const r of readJsonl<R>(process.argv[2])) {
  const gold = new Set(r.countries_literal ?? r.countries);
  const out = e.classify({ title: r.title ?? '', body: r.text });
  const full = `${r.title ?? ''}\n${r.text}`;
  for (const p of out.places) {
    if (p.kind === 'country' && p.country && !gold.has(p.country) && n++ < Number(process.argv[3] ?? 40)) {
      console.log(`${p.country}: ${JSON.stringify(full.slice(Math.max(0, p.span[0] - 50), p.span[1] + 40))}`);
    }
  }
}
