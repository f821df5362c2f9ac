import 'tsconfig-paths/register';
import { ClassificationEngine } from '@sitrep/classification';
import { readJsonl } from './scripts/eval/jsonl';
import { foldAdmin1 } from './scripts/eval/geo.eval';
const e = ClassificationEngine.create();
interface R { title: string | null; text: string; admin1?: { country: string; name: string }[]; countries: string[]; countries_literal?: string[] }
const recs = readJsonl<R>(process.argv[2]).map((r) => ({ r, out: e.classify({ title: r.title ?? '', body: r.text }) }));
for (const th of [0, 0.5, 0.6, 0.7, 0.8, 0.9]) {
  let tp = 0, fp = 0, fn = 0, ctp = 0, cfp = 0, cfn = 0;
  for (const { r, out } of recs) {
    const gold = new Set((r.admin1 ?? []).map((a) => `${a.country}/${foldAdmin1(a.name)}`));
    const pred = new Set(out.places.filter((p) => p.admin1 && p.confidence >= th && p.kind !== 'actor' && p.kind !== 'demonym').map((p) => `${p.country}/${foldAdmin1(p.admin1 ?? '')}`));
    if (r.admin1?.length) { for (const a of pred) if (gold.has(a)) tp++; else fp++; for (const a of gold) if (!pred.has(a)) fn++; }
    const cg = new Set(r.countries_literal ?? r.countries);
    const cp = new Set(out.places.filter((p) => p.country && p.confidence >= th && p.kind !== 'actor' && p.kind !== 'demonym').map((p) => p.country));
    for (const a of cp) if (cg.has(a as string)) ctp++; else cfp++; for (const a of cg) if (!cp.has(a)) cfn++;
  }
  const P = tp / (tp + fp), R = tp / (tp + fn), cP = ctp / (ctp + cfp), cR = ctp / (ctp + cfn);
  console.log(th, 'admin1', P.toFixed(3), R.toFixed(3), (2 * P * R / (P + R)).toFixed(3), 'country', cP.toFixed(3), cR.toFixed(3), (2 * cP * cR / (cP + cR)).toFixed(3));
}
