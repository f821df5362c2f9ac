import { ClassificationEngine } from '@sitrep/classification';
import { f1, ratio, readJsonl, round } from './jsonl';

/** Fields of the three event sets (../shared/data/events/SOURCE.md); each file has its own. */
interface EventRecord {
  id: string;
  dataset?: string;
  title: string | null;
  text: string;
  penta_class?: number;
  label_set?: string;
  acled_event_type?: string | null;
  casualty_level?: number;
  human_effects?: string[];
  /** MUC-4: ISO codes of the incidents' countries (INCIDENT: LOCATION entries that name one). */
  countries?: string[];
  /** NEWS-GENERAL: publisher's section and whether the item reports a conflict event (null: skipped). */
  category?: string;
  conflict?: boolean | null;
}

export interface EventScores {
  n: number;
  bandAcc: number;
  bandMacroF1?: number;
  typeAcc?: number;
  deathsP?: number;
  deathsR?: number;
  injuriesP?: number;
  injuriesR?: number;
  /** MUC-4, for information: share of not-an-incident documents (level 0) with deaths predicted. */
  deathsOnNonIncident?: number;
  /**
   * MUC-4: share of the reports whose incidents name a country where the primary country is one
   * of them, read from the text alone (no dateline): 1989–91 wire copy in capitals naming towns,
   * departments and hamlets of Latin America.
   */
  placeAcc?: number;
  /** NEWS-GENERAL: share of `conflict: false` records rated level >= 3 (lower is better). */
  falseAlarm3?: number;
  /** NEWS-GENERAL: share of `conflict: false` records given a conflict event type. */
  conflictTyped?: number;
  /** NEWS-GENERAL: share of `conflict: true` records rated level >= 2 with a conflict event type. */
  eventRecall?: number;
  nFalse?: number;
  nTrue?: number;
}

type Band = 'LOW' | 'MID' | 'HIGH';
const HIGH_TYPES = new Set(['Battles', 'Explosions/Remote violence', 'Violence against civilians', 'Riots']);

function bandOfLevel(level: number): Band {
  return level >= 3 ? 'HIGH' : level === 2 ? 'MID' : 'LOW';
}

/** Which scoring a file gets: by its `dataset` field, else by the labels it carries. */
export function detectFormat(r: EventRecord): 'case2021' | 'cameo' | 'muc4' | 'news' | 'unknown' {
  const d = (r.dataset ?? '').toLowerCase();
  if (d === 'news-general' || r.conflict !== undefined) return 'news';
  if (d.includes('case') || r.acled_event_type !== undefined) return 'case2021';
  if (d.includes('cameo') || r.penta_class !== undefined) return 'cameo';
  if (d.includes('muc') || r.casualty_level !== undefined) return 'muc4';
  return 'unknown';
}

export function evalEvents(file: string, engine: ClassificationEngine): EventScores {
  const records = readJsonl<EventRecord>(file);
  const format = records.length ? detectFormat(records[0]) : 'unknown';
  if (format === 'cameo') return evalCameo(records, engine);
  if (format === 'case2021') return evalCase(records, engine);
  if (format === 'muc4') return evalMuc(records, engine);
  if (format === 'news') return evalNews(records, engine);
  throw new Error(`${file}: unknown event-file format (no dataset, penta_class, acled_event_type, casualty_level or conflict)`);
}

/** CAMEO PentaClass: 0-2 → LOW (level 1), 3 → MID (level 2), 4 → HIGH (level ≥ 3). */
function evalCameo(records: EventRecord[], engine: ClassificationEngine): EventScores {
  const golds: Band[] = [];
  const preds: Band[] = [];
  for (const r of records) {
    const pc = r.penta_class ?? 0;
    golds.push(pc === 4 ? 'HIGH' : pc === 3 ? 'MID' : 'LOW');
    preds.push(bandOfLevel(engine.classify({ title: r.title ?? '', body: r.text }).level));
  }
  return { n: records.length, bandAcc: round(accuracy(golds, preds)), bandMacroF1: round(macroF1(golds, preds, ['LOW', 'MID', 'HIGH'])) };
}

/** CASE 2021 (label_set acled): violent types → HIGH (level ≥ 3), else level ≤ 2; plus type accuracy. */
function evalCase(records: EventRecord[], engine: ClassificationEngine): EventScores {
  let n = 0, bandHits = 0, typeHits = 0;
  const golds: Band[] = [];
  const preds: Band[] = [];
  for (const r of records) {
    if (r.label_set !== 'acled' || !r.acled_event_type) continue;
    n++;
    const out = engine.classify({ title: r.title ?? '', body: r.text });
    const goldHigh = HIGH_TYPES.has(r.acled_event_type);
    if (goldHigh === out.level >= 3) bandHits++;
    if (out.eventType === r.acled_event_type) typeHits++;
    golds.push(goldHigh ? 'HIGH' : 'LOW');
    preds.push(out.level >= 3 ? 'HIGH' : 'LOW');
  }
  return { n, bandAcc: round(ratio(bandHits, n)), bandMacroF1: round(macroF1(golds, preds, ['LOW', 'HIGH'])), typeAcc: round(ratio(typeHits, n)) };
}

/**
 * MUC-4, revised protocol (../shared/data/README.md, 2026-12-06): deaths reported = casualty_level
 * 3, injuries reported = an INJURY effect, both scored over the incident documents only
 * (casualty_level >= 1). Level 0 marks texts outside MUC's task (e.g. soldiers killed in an
 * ambush), so deaths found there are printed as `deathsOnNonIncident`, for information only.
 * bandAcc here is the share of death articles rated level >= 4.
 */
function evalMuc(records: EventRecord[], engine: ClassificationEngine): EventScores {
  let dtp = 0, dfp = 0, dfn = 0, itp = 0, ifp = 0, ifn = 0, deathN = 0, deathHigh = 0, nonN = 0, nonDeaths = 0, placeN = 0, placeHits = 0;
  for (const r of records) {
    const out = engine.classify({ title: r.title ?? '', body: r.text });
    if (r.countries && r.countries.length > 0) {
      placeN++;
      if (out.primary.country && r.countries.includes(out.primary.country)) placeHits++;
    }
    const predDeath = out.casualties.killed > 0;
    const predInjury = out.casualties.injured > 0;
    if ((r.casualty_level ?? 0) < 1) {
      nonN++;
      if (predDeath) nonDeaths++;
      continue;
    }
    const goldDeath = r.casualty_level === 3;
    const goldInjury = (r.human_effects ?? []).includes('INJURY');
    if (predDeath && goldDeath) dtp++; else if (predDeath) dfp++; else if (goldDeath) dfn++;
    if (predInjury && goldInjury) itp++; else if (predInjury) ifp++; else if (goldInjury) ifn++;
    if (goldDeath) { deathN++; if (out.level >= 4) deathHigh++; }
  }
  return {
    n: records.length, bandAcc: round(ratio(deathHigh, deathN)),
    deathsP: round(ratio(dtp, dtp + dfp)), deathsR: round(ratio(dtp, dtp + dfn)),
    injuriesP: round(ratio(itp, itp + ifp)), injuriesR: round(ratio(itp, itp + ifn)),
    deathsOnNonIncident: round(ratio(nonDeaths, nonN)),
    ...(placeN > 0 ? { placeAcc: round(ratio(placeHits, placeN)) } : {}),
  };
}

/**
 * NEWS-GENERAL: is it an event at all? `conflict: false` items must stay below level 3 and
 * untyped; `conflict: true` items must come out as a typed event at level >= 2; null is skipped.
 * bandAcc here is the share of scored records on the right side (quiet or reported).
 */
function evalNews(records: EventRecord[], engine: ClassificationEngine): EventScores {
  let nFalse = 0, alarms = 0, typed = 0, nTrue = 0, caught = 0;
  for (const r of records) {
    if (r.conflict !== true && r.conflict !== false) continue;
    const out = engine.classify({ title: r.title ?? '', body: r.text });
    const isTyped = out.eventType !== 'Not a conflict event';
    if (r.conflict) {
      nTrue++;
      if (isTyped && out.level >= 2) caught++;
    } else {
      nFalse++;
      if (out.level >= 3) alarms++;
      if (isTyped) typed++;
    }
  }
  const scores: EventScores = {
    n: nFalse + nTrue, bandAcc: round(ratio(nFalse - alarms + caught, nFalse + nTrue)),
    falseAlarm3: round(ratio(alarms, nFalse)), conflictTyped: round(ratio(typed, nFalse)), nFalse,
  };
  if (nTrue > 0) { scores.eventRecall = round(ratio(caught, nTrue)); scores.nTrue = nTrue; }
  return scores;
}

function accuracy<T>(gold: T[], pred: T[]): number {
  let hits = 0;
  for (let i = 0; i < gold.length; i++) if (gold[i] === pred[i]) hits++;
  return ratio(hits, gold.length);
}

function macroF1<T>(gold: T[], pred: T[], classes: T[]): number {
  let sum = 0;
  for (const c of classes) {
    let tp = 0, fp = 0, fn = 0;
    for (let i = 0; i < gold.length; i++) {
      if (pred[i] === c && gold[i] === c) tp++;
      else if (pred[i] === c) fp++;
      else if (gold[i] === c) fn++;
    }
    sum += f1(ratio(tp, tp + fp), ratio(tp, tp + fn));
  }
  return sum / classes.length;
}
