import 'tsconfig-paths/register';
import { tokenize } from './libs/classification/src/text/tokenizer';
import { backgroundSentences } from './libs/classification/src/escalation/background.detector';
import { GazetteerBuilder } from './libs/classification/src/gazetteer/gazetteer.builder';
import { Geotagger } from './libs/classification/src/geo/geotagger';
import { EscalationScorer } from './libs/classification/src/escalation/escalation.scorer';
import { ActorExtractor } from './libs/classification/src/escalation/actor.extractor';
import { LanguageDetector } from './libs/classification/src/language/language.detector';
import { readFileSync } from 'fs';
const g = GazetteerBuilder.shared();
const geo = new Geotagger(g); const sc = new EscalationScorer(); const act = new ActorExtractor(); const lang = new LanguageDetector();
const arts = readFileSync('/work/shared/data/geo/lgl-dev.jsonl', 'utf8').split('\n').filter(Boolean).slice(0, 200).map((l) => JSON.parse(l) as { title: string; text: string }).map((r) => `${r.title}\n${r.text}`);
const T: Record<string, number> = {};
const time = <R>(k: string, f: () => R): R => { const t = process.hrtime.bigint(); const r = f(); T[k] = (T[k] ?? 0) + Number(process.hrtime.bigint() - t) / 1e6; return r; };
for (let rep = 0; rep < 8; rep++) for (const text of arts) {
  const doc = time('tokenize', () => tokenize(text, 10));
  const bg = time('background', () => backgroundSentences(doc, 1));
  time('lang', () => lang.detect(doc));
  const gr = time('geo', () => geo.tag(doc, { titleSentences: 1, background: bg }));
  time('score', () => sc.score({ doc, titleSentences: 1, background: bg }));
  time('actors', () => act.extract(doc, gr.mentions, bg));
}
const n = 8 * arts.length;
console.log(Object.entries(T).map(([k, v]) => `${k}: ${(v / n * 1000).toFixed(0)}us`).join('  '), 'avg KB', (arts.reduce((s, a) => s + a.length, 0) / arts.length / 1024).toFixed(1));
