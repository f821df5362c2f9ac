import { ClassificationEngine } from '@sitrep/classification';
import { GoldAdmin1, withAdmin1Codes } from './admin1-codes';
import { f1, ratio, readJsonl, round } from './jsonl';

/** One article of a geo set (TR-News, GeoWebNews, LGL), as ../shared/data/geo/SOURCE.md describes. */
interface GeoRecord {
  id: string;
  title: string | null;
  text: string;
  countries: string[];
  countries_literal?: string[];
  /** `code` (ISO 3166-2) where the file carries it: then codes are compared, not names. */
  admin1?: GoldAdmin1[];
}

export interface GeoScores {
  n: number;
  countryP: number;
  countryR: number;
  countryF1: number;
  primaryAcc: number;
  admin1P?: number;
  admin1R?: number;
  admin1F1?: number;
  /**
   * Admin-1 F1 by ISO 3166-2 code, the gold codes mapped from GeoNames ids where the file carries
   * none (scripts/eval/admin1-codes.ts): the number the outside checks compare. A gold unit the map
   * has no code for is compared by name.
   */
  admin1CodeF1?: number;
  /**
   * Share of the admin-1-labelled articles whose `primary.admin1Code` is the code of gold's first
   * unit (the province an alert rule on the primary point matches), where that unit has a code. It
   * sees what the places do not: a report that names no place the gazetteer holds may still get a
   * primary province from its armed groups (geotagger.ts, groupProvince).
   */
  primaryAdmin1Acc?: number;
}

/** A predicted admin-1 unit: its country, name and (if the gazetteer knows it) ISO 3166-2 code. */
export interface PredictedAdmin1 { country: string | null; admin1: string | null; admin1Code?: string | null }

/** Admin-1 keys of one article, compared by code where any gold unit carries one, by folded name otherwise. */
export function admin1Keys(gold: GoldAdmin1[], pred: PredictedAdmin1[]): { gold: Set<string>; pred: Set<string> } {
  const byCode = gold.some((a) => a.code);
  return {
    gold: new Set(gold.map((a) => (a.code ? `code:${a.code}` : `${a.country}/${foldAdmin1(a.name)}`))),
    pred: new Set(pred.map((p) => (byCode && p.admin1Code ? `code:${p.admin1Code}` : `${p.country}/${foldAdmin1(p.admin1 ?? '')}`))),
  };
}

class Counts {
  tp = 0; fp = 0; fn = 0;
  add(k: { gold: Set<string>; pred: Set<string> }): void {
    for (const a of k.pred) if (k.gold.has(a)) this.tp++; else this.fp++;
    for (const a of k.gold) if (!k.pred.has(a)) this.fn++;
  }
  prf(): [number, number, number] {
    const p = ratio(this.tp, this.tp + this.fp);
    const r = ratio(this.tp, this.tp + this.fn);
    return [round(p), round(r), round(f1(p, r))];
  }
}

/**
 * Generic admin-1 words, in English and in the local-language forms GeoNames-style names carry
 * ("Muhafazat" governorate, "Ostan-e" province, "Kray" territory, "Shi"/"Sheng" city/province).
 */
const ADMIN_WORDS = /\b(governorate|province|state|region|oblast'?|department|county|prefecture|municipality|territory|district|parish|of|and|muhafazat|mohafazat|ostan(?:-e)?|wilayat|velayat|kray|krai|sheng|shi|zizhiqu|horad|misto|respublika|avtonomiuri)(?![\w'-])/g;

/** Folds an admin-1 name the way the data README says: case, accents and generic words. */
export function foldAdmin1(name: string): string {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(ADMIN_WORDS, ' ').replace(/[^a-z0-9]+/g, ' ').trim();
}

/**
 * Country-set micro P/R/F1, primary-country accuracy and (where labelled) admin-1 micro F1.
 * GeoWebNews is scored on `countries_literal` (places where things happen), the others on `countries`.
 */
export function evalGeo(file: string, engine: ClassificationEngine): GeoScores {
  const records = readJsonl<GeoRecord>(file);
  let tp = 0, fp = 0, fn = 0, primaryHits = 0, primaryN = 0;
  const byName = new Counts();
  const byCode = new Counts();
  let admin1Labelled = false;
  let primaryAdmin1Hits = 0, primaryAdmin1N = 0;
  for (const r of records) {
    const gold = new Set(r.countries_literal ?? r.countries);
    const out = engine.classify({ title: r.title ?? '', body: r.text });
    const pred = new Set(out.countries);
    for (const c of pred) if (gold.has(c)) tp++; else fp++;
    for (const c of gold) if (!pred.has(c)) fn++;
    const goldFirst = (r.countries_literal ?? r.countries)[0];
    if (goldFirst) {
      primaryN++;
      if (out.primary.country === goldFirst) primaryHits++;
    }
    if (r.admin1 && r.admin1.length > 0) {
      admin1Labelled = true;
      // Where gold carries ISO 3166-2 codes, a predicted code is compared with them: names differ by
      // transliteration ("Dahuk"/"Duhok") where codes do not. Names are compared otherwise.
      const predA = out.places.filter((p) => p.admin1 && p.country && p.kind !== 'actor' && p.kind !== 'demonym');
      byName.add(admin1Keys(r.admin1, predA));
      const coded = withAdmin1Codes(r.admin1);
      byCode.add(admin1Keys(coded, predA));
      if (coded[0]?.code) {
        primaryAdmin1N++;
        if (out.primary.admin1Code === coded[0].code) primaryAdmin1Hits++;
      }
    }
  }
  const p = ratio(tp, tp + fp);
  const rc = ratio(tp, tp + fn);
  const scores: GeoScores = { n: records.length, countryP: round(p), countryR: round(rc), countryF1: round(f1(p, rc)), primaryAcc: round(ratio(primaryHits, primaryN)) };
  if (admin1Labelled) {
    [scores.admin1P, scores.admin1R, scores.admin1F1] = byName.prf();
    scores.admin1CodeF1 = byCode.prf()[2];
    if (primaryAdmin1N > 0) scores.primaryAdmin1Acc = round(ratio(primaryAdmin1Hits, primaryAdmin1N));
  }
  return scores;
}
