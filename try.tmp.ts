import { ClassificationEngine } from '@sitrep/classification';
import { AIN_AL_ASAD } from './libs/classification/src/test-fixtures/ain-al-asad.fixture';
const t = Date.now();
const e = ClassificationEngine.create();
console.log('create', Date.now() - t, 'ms heap', Math.round(process.memoryUsage().heapUsed / 1e6));
const r = e.classify(AIN_AL_ASAD);
console.log(JSON.stringify({ ...r, signals: r.signals.length }, null, 1));
console.log(r.signals.map((s) => `${s.kind}:${s.phrase}:${s.weight}`).join(' | '));
