import { ClassificationEngine } from '@sitrep/classification';
import { f1, ratio, readJsonl, round } from './jsonl';

/** One article of a geo set (TR-News, GeoWebNews, LGL), as ../shared/data/geo/SOURCE.md describes. */
interface GeoRecord {
  id: string;
  title: string | null;
  text: string;
  countries: string[];
  countries_literal?: string[];
  /** `code` (ISO 3166-2) where the file carries it: then codes are compared, not names. */
  admin1?: { country: string; name: string; code?: string }[];
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
  let atp = 0, afp = 0, afn = 0, admin1Labelled = false;
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
      const byCode = r.admin1.some((a) => a.code);
      const goldA = new Set(r.admin1.map((a) => (a.code ? `code:${a.code}` : `${a.country}/${foldAdmin1(a.name)}`)));
      const predA = new Set(out.places.filter((p) => p.admin1 && p.country && p.kind !== 'actor' && p.kind !== 'demonym')
        .map((p) => (byCode && p.admin1Code ? `code:${p.admin1Code}` : `${p.country}/${foldAdmin1(p.admin1 ?? '')}`)));
      for (const a of predA) if (goldA.has(a)) atp++; else afp++;
      for (const a of goldA) if (!predA.has(a)) afn++;
    }
  }
  const p = ratio(tp, tp + fp);
  const rc = ratio(tp, tp + fn);
  const scores: GeoScores = { n: records.length, countryP: round(p), countryR: round(rc), countryF1: round(f1(p, rc)), primaryAcc: round(ratio(primaryHits, primaryN)) };
  if (admin1Labelled) {
    const ap = ratio(atp, atp + afp);
    const ar = ratio(atp, atp + afn);
    scores.admin1P = round(ap);
    scores.admin1R = round(ar);
    scores.admin1F1 = round(f1(ap, ar));
  }
  return scores;
}
