import 'tsconfig-paths/register';
import { ClassificationEngine } from '@sitrep/classification';
import { readJsonl } from './scripts/eval/jsonl';
const [file, needle, max] = process.argv.slice(2);
const e = ClassificationEngine.create();
interface R { title: string | null; text: string; countries: string[]; countries_literal?: string[]; toponyms: { phrase: string; country: string; admin1?: string }[] }
let k = 0;
for (const r of readJsonl<R>(file)) {
  const out = e.classify({ title: r.title ?? '', body: r.text });
  const hits = out.places.filter((p) => p.name === needle);
  if (hits.length === 0 || k++ >= Number(max ?? 3)) continue;
  const full = `${r.title ?? ''}\n${r.text}`;
  const p = hits[0];
  console.log('---', r.title, '| gold', (r.countries_literal ?? r.countries).join(','), '| pred', out.countries.join(','), out.primary.country);
  console.log('   ctx:', JSON.stringify(full.slice(Math.max(0, p.span[0] - 80), p.span[1] + 60)));
  console.log('   hit:', JSON.stringify(p));
  console.log('   places', out.places.map((q) => `${q.name}:${q.country}/${q.admin1}/${q.kind}`).join(' '));
  console.log('   gold', r.toponyms.map((t) => `${t.phrase}:${t.country}/${t.admin1 ?? ''}`).join(' '));
}
