import 'tsconfig-paths/register';
import { ClassificationEngine } from '@sitrep/classification';
const e = ClassificationEngine.create();
const r = e.classify({ title: process.argv[3] ?? '', body: process.argv[2] });
console.log(r.eventType, r.subEventType, r.level, JSON.stringify(r.casualties), r.weapons, r.targets, r.actors);
console.log(r.signals.map((s) => `${s.kind}:${s.phrase}:${s.weight}`).join(' | '));
