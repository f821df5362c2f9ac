/**
 * `npx ts-node --transpile-only -r tsconfig-paths/register scripts/eval/geo-errors.ts FILE… [--list CLASS]`
 *
 * Error analysis of the geotagger against toponym-level gold (LGL, TR-News, GeoWebNews): every
 * country-set and admin-1 error of `npm run eval` is put in one class by the mention that caused it
 * (a false positive) or by the gold toponyms it came from (a false negative):
 * - `missed:not-in-gazetteer` / `missed:dropped`: a gold toponym no mention covers, whose name the
 *   gazetteer does not hold / holds but a filter dropped;
 * - `namesake`: found, resolved to a namesake in another country (admin-1: another unit);
 * - `role`: found but read as an actor or demonym (a false negative), or a metonym GWN marks non-literal
 *   read as a place (a false positive);
 * - `spurious`: a town or unit where gold has no toponym (a word read as a place, or a place gold left out);
 * - `admin1:blank`: right town, admin-1 left empty (near-tie); `admin1:code`: same unit by name, no or another code.
 * Admin-1 is compared by ISO 3166-2 code where the gold carries `code` or a GeoNames id that
 * scripts/eval/admin1-codes.ts maps to one (as the outside checks do).
 */
import { backgroundSentences } from '../../libs/classification/src/escalation/background.detector';
import { GazetteerBuilder } from '../../libs/classification/src/gazetteer/gazetteer.builder';
import { GeoMention } from '../../libs/classification/src/geo/geo-mention';
import { Geotagger } from '../../libs/classification/src/geo/geotagger';
import { foldWord } from '../../libs/classification/src/text/fold';
import { tokenize } from '../../libs/classification/src/text/tokenizer';
import { GoldAdmin1, withAdmin1Codes } from './admin1-codes';
import { foldAdmin1 } from './geo.eval';
import { readJsonl } from './jsonl';

interface Toponym { phrase: string; start: number; end: number; country?: string | null; admin1?: string | null; type?: string; lat?: number; lon?: number }
interface Rec {
  id: string; title: string | null; text: string; countries: string[]; countries_literal?: string[];
  admin1?: GoldAdmin1[]; toponyms?: Toponym[];
}

const NON_LITERAL = new Set(['Metonymic', 'Non_Literal_Modifier', 'Demonym', 'Embedded_Non_Lit', 'Homonym', 'Language', 'Non_Lit_Expression', 'Non_Toponym']);
const LITERAL = new Set(['Literal', 'Mixed', 'Coercion', 'Embedded_Literal', 'Literal_Modifier']);

function main(): void {
  const argv = process.argv.slice(2);
  const listAt = argv.indexOf('--list');
  const list = listAt >= 0 ? argv[listAt + 1] : null;
  const files = argv.filter((a, i) => !a.startsWith('--') && (listAt < 0 || i !== listAt + 1));
  const gaz = GazetteerBuilder.shared();
  const tagger = new Geotagger(gaz);
  for (const file of files) {
    const counts = new Map<string, number>();
    const add = (k: string, detail: string): void => {
      counts.set(k, (counts.get(k) ?? 0) + 1);
      if (list && k.startsWith(list)) console.log(`  ${k}\t${detail}`);
    };
    for (const raw of readJsonl<Rec>(file)) {
      const r: Rec = raw.admin1 ? { ...raw, admin1: withAdmin1Codes(raw.admin1) } : raw;
      const title = (r.title ?? '').trim();
      const text = `${title}\n${r.text}`;
      const off = title.length + 1;
      const doc = tokenize(text, off);
      let titleSentences = 0;
      if (title) while (titleSentences < doc.sentences.length && doc.sentences[titleSentences].start < title.length) titleSentences++;
      const geo = tagger.tag(doc, { titleSentences, background: backgroundSentences(doc, titleSentences) });
      const gwn = r.countries_literal !== undefined;
      const gold = new Set(r.countries_literal ?? r.countries);
      const pred = new Set(geo.countries);
      const topos = (r.toponyms ?? []).map((t) => ({ ...t, s: t.start + off, e: t.end + off }));
      const over = (m: GeoMention) => topos.filter((t) => t.s < m.span[1] && t.e > m.span[0]);
      const lit = (m: GeoMention) => m.role === 'literal';
      const tag = `${r.id}`;
      // Country false positives.
      for (const c of pred) {
        if (gold.has(c)) continue;
        const ms = geo.mentions.filter((m) => lit(m) && m.place.country === c);
        const m = ms[0];
        if (!m) { add('country-fp:primary-actor', `${tag} ${c}`); continue; }
        const ts = ms.flatMap(over);
        let cls: string;
        if (ts.some((t) => t.type && NON_LITERAL.has(t.type) && t.country === c)) cls = 'role(metonym as place)';
        else if (ts.some((t) => t.country && t.country !== c)) cls = 'namesake';
        else if (ts.some((t) => t.type && NON_LITERAL.has(t.type))) cls = 'spurious(non-toponym)';
        else if (ts.length === 0) cls = m.place.kind === 'city' || m.place.kind === 'admin2' ? 'spurious(town)' : 'spurious(country/unit not in gold)';
        else cls = 'other';
        add(`country-fp:${cls}`, `${tag} ${c} ${ms.map((x) => `${x.name}→${x.place.name},${x.place.admin1}/${x.place.kind}`).join('; ')} | gold:${ts.map((t) => `${t.phrase}/${t.type ?? ''}/${t.country}`).join(',')}`);
      }
      // Country false negatives.
      for (const c of gold) {
        if (pred.has(c)) continue;
        const ts = topos.filter((t) => t.country === c && (!gwn || (t.type !== undefined && LITERAL.has(t.type))));
        const ms = ts.map((t) => ({ t, m: geo.mentions.filter((m) => t.s < m.span[1] && t.e > m.span[0]) }));
        let cls: string;
        if (ms.some((x) => x.m.some((m) => m.role !== 'literal' && m.place.country === c))) cls = 'role(place as actor/demonym)';
        else if (ms.some((x) => x.m.some((m) => m.place.country !== c))) cls = 'namesake';
        else if (ms.length === 0) cls = 'no-toponym';
        else cls = ms.some((x) => gaz.lookup(foldWord(x.t.phrase)) || gaz.lookup(x.t.phrase.toLowerCase())) ? 'missed:dropped' : 'missed:not-in-gazetteer';
        add(`country-fn:${cls}`, `${tag} ${c} ${ms.map((x) => `${x.t.phrase}${x.m.map((m) => `→${m.place.name},${m.place.country}/${m.role}`).join('')}`).join('; ')}`);
      }
      // Admin-1, by code where gold has codes.
      if (!r.admin1 || r.admin1.length === 0) continue;
      const byCode = r.admin1.some((a) => a.code);
      const key = (country: string | null, name: string | null, code: string | null | undefined) => (byCode && code ? `code:${code}` : `${country}/${foldAdmin1(name ?? '')}`);
      const goldA = new Map(r.admin1.map((a) => [a.code ? `code:${a.code}` : `${a.country}/${foldAdmin1(a.name)}`, a]));
      const placed = geo.mentions.filter((m) => m.place.admin1 && m.place.country && m.role === 'literal' && m.place.kind !== 'country' && m.place.kind !== 'demonym');
      const predA = new Map<string, GeoMention[]>();
      for (const m of placed) { const k = key(m.place.country, m.place.admin1, m.place.admin1Code); predA.set(k, [...(predA.get(k) ?? []), m]); }
      const goldNames = new Set(r.admin1.map((a) => `${a.country}/${foldAdmin1(a.name)}`));
      for (const [k, ms] of predA) {
        if (goldA.has(k)) continue;
        const ts = ms.flatMap(over);
        let cls: string;
        if (ms.some((m) => goldNames.has(`${m.place.country}/${foldAdmin1(m.place.admin1 ?? '')}`))) cls = 'admin1:code';
        else if (ts.some((t) => t.country && t.country !== ms[0].place.country)) cls = 'namesake(country)';
        else if (ts.some((t) => t.country)) cls = 'namesake(admin1)';
        else cls = ms[0].place.kind === 'city' || ms[0].place.kind === 'admin2' ? 'spurious(town)' : 'spurious(unit)';
        add(`admin1-fp:${cls}`, `${tag} ${k} ${ms.map((m) => `${m.name}→${m.place.name},${m.place.admin1}/${m.place.kind}`).join('; ')} | gold:${ts.map((t) => `${t.phrase}/${t.admin1}`).join(',')}`);
      }
      for (const [k, a] of goldA) {
        if (predA.has(k)) continue;
        const ts = topos.filter((t) => t.country === a.country && t.admin1 && foldAdmin1(t.admin1) === foldAdmin1(a.name));
        const ms = ts.map((t) => ({ t, m: geo.mentions.filter((m) => t.s < m.span[1] && t.e > m.span[0]) }));
        let cls: string;
        if (ms.some((x) => x.m.some((m) => m.place.country === a.country && foldAdmin1(m.place.admin1 ?? '') === foldAdmin1(a.name)))) cls = 'admin1:code';
        else if (ms.some((x) => x.m.some((m) => m.place.country === a.country && !m.place.admin1 && m.place.kind !== 'country'))) cls = 'admin1:blank';
        else if (ms.some((x) => x.m.some((m) => m.place.country === a.country && m.place.kind === 'country'))) cls = 'country-only';
        else if (ms.some((x) => x.m.some((m) => m.role !== 'literal'))) cls = 'role';
        else if (ms.some((x) => x.m.some((m) => m.place.country !== a.country))) cls = 'namesake(country)';
        else if (ms.some((x) => x.m.length > 0)) cls = 'namesake(admin1)';
        else if (ms.length === 0) cls = 'no-toponym';
        else cls = ms.some((x) => gaz.lookup(foldWord(x.t.phrase)) || gaz.lookup(x.t.phrase.toLowerCase())) ? 'missed:dropped' : 'missed:not-in-gazetteer';
        add(`admin1-fn:${cls}`, `${tag} ${k} ${ms.map((x) => `${x.t.phrase}${x.m.map((m) => `→${m.place.name},${m.place.admin1}/${m.place.kind}/${m.role}`).join('')}`).join('; ')}`);
      }
    }
    console.log(file);
    for (const [k, v] of [...counts.entries()].sort()) console.log(`  ${k.padEnd(48)} ${v}`);
  }
}

main();
