import { GazetteerBuilder } from './libs/classification/src/gazetteer/gazetteer.builder';
const g = GazetteerBuilder.shared();
for (const k of process.argv.slice(2)) console.log(k, (g.lookup(k) ?? []).slice(0, 12).map((i) => { const p = g.place(i); return `${p.kind}:${p.name}/${p.country}/${p.admin1}/${p.population}`; }).join(' ; '));
