import 'tsconfig-paths/register';
import { ClassificationEngine } from '@sitrep/classification';
import { readJsonl } from './scripts/eval/jsonl';
const e = ClassificationEngine.create();
interface R { text: string; casualty_level: number }
const COMB = /soldier|guerrilla|subversive|terrorist|rebel|troop|guard|member|kidnapper|militant|insurgent|extremist|combatant|officer|policem|police|agent|army|traffickers/;
let fpC = 0, fpO = 0, tpC = 0, tpO = 0;
for (const r of readJsonl<R>('/work/shared/data/events/muc4-dev.jsonl')) {
  const out = e.classify({ title: '', body: r.text });
  if (out.casualties.killed === 0) continue;
  const phrases = out.signals.filter((s) => s.kind === 'casualty').map((s) => s.phrase).join(' ');
  const comb = COMB.test(phrases) ? 1 : 0;
  if (r.casualty_level === 3) { if (comb) tpC++; else tpO++; } else if (comb) fpC++; else fpO++;
}
console.log({ fpC, fpO, tpC, tpO });
