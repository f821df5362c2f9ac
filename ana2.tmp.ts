import 'tsconfig-paths/register';
import { ClassificationEngine } from '@sitrep/classification';
import { readJsonl } from './scripts/eval/jsonl';
const e = ClassificationEngine.create();
interface R { title: string | null; text: string; countries: string[]; toponyms: { phrase: string; country: string; admin1?: string }[] }
let k = 0;
for (const r of readJsonl<R>(process.argv[2])) {
  const out = e.classify({ title: r.title ?? '', body: r.text });
  if (r.countries.includes('US') && !out.countries.includes('US') && k++ < 14) {
    console.log('---', r.title, '| pred', out.countries.join(','), '| places', out.places.map((p) => `${p.name}:${p.country}`).join(' '));
    console.log('   gold', r.toponyms.map((t) => `${t.phrase}:${t.country}/${t.admin1 ?? ''}`).join(' '));
  }
}
