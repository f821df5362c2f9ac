import { TokenizedText } from '../text/tokenizer';
import { approxKm, GeoEnv, Scored } from './geo-env';
import { LOCAL_UNIT_WORDS } from './name-context.data';

/** Kinds of place a name "in" a province or country must lie inside. */
const LOCAL_KINDS = new Set(['city', 'admin2', 'site']);
/**
 * Words after a district's name that make it one ("Chiúre district", "Duk county", "Nduga regency",
 * and where provinces are second-level units, "La Convención province").
 */
const DISTRICT_WORDS: ReadonlySet<string> = new Set([...LOCAL_UNIT_WORDS, 'county', 'prefecture', 'regency', 'zone', 'division', 'canton', 'department', 'province',
  'sub', 'subcounty', 'subdivision', 'subprefecture', 'agency']);
const WITHIN = /^(?:[\s-]+(?:(?:al|el|ad|ar|as|ash|an|ibn)-?)?[A-Z][\w'’-]*){0,2}\s+in\s+$/u;
/**
 * Between a local name and a province named as one: a local unit word (LOCAL_UNIT_WORDS, or "area")
 * and a comma, or a comma and "in (the)": "Kani township, Sagaing Region", "in Léré, in the
 * Tombouctou region".
 */
const UNIT_AFTER = new RegExp(`^(?:\\s+(?:${[...LOCAL_UNIT_WORDS, 'area'].join('|')}))?\\s*,\\s*(?:in\\s+(?:the\\s+)?)?$`);
/** Between a village and its district: its unit word and a comma ("Akom village, Wapenamanda district"). */
const UNIT_COMMA = new RegExp(`^\\s+(?:${[...LOCAL_UNIT_WORDS].join('|')})\\s*,\\s*$`);
/** Or "in", after a comma or not ("Mushu in Bokkos LGA", "Tessit, in Ansongo cercle"). */
const COMMA_IN = /^(?:\s+(?:village|town))?\s*,?\s+in\s+(?:the\s+)?$/;

/** Copies the scored names so a phase can adjust candidates and scores without touching its input. */
function copy(scored: readonly Scored[]): Scored[] {
  return scored.map((s) => ({ ...s, scores: [...s.scores] }));
}

/**
 * "Toronto, Ontario, Canada": returns the names with comma qualifiers applied (see narrowByComma),
 * after "Springfield City", "Town of Groton" join the bare names they repeat (see mergeVariants),
 * and "<A> near <B>" read as two places near each other (see narrowByNear).
 */
export function qualifyByComma(env: GeoEnv, doc: TokenizedText, scored: readonly Scored[]): Scored[] {
  const out = copy(scored);
  mergeVariants(env, out);
  narrowByComma(env, doc, out);
  narrowByNear(env, doc, out);
  return out;
}

/** Returns the names with each candidate's spatial fit added to its score (see addFit). */
export function addSpatialFit(env: GeoEnv, scored: readonly Scored[]): Scored[] {
  const out = copy(scored);
  addFit(env, out);
  return out;
}

const VARIANT_SUFFIX = / (?:city|town|township|twp|village)$/;
const VARIANT_PREFIX = /^(?:city|town|township|village) of /;

/**
 * "Springfield City", "Hanover Town", "Town of Groton": a town's name with its municipal word is
 * the town the article also names bare, not the namesake whose GeoNames alternates hold that form
 * (Springfield, Massachusetts, for "Springfield City" in an Ohio paper). Such a variant takes the
 * bare name's key and candidates, so it neither votes for its own namesake nor resolves apart.
 * Only where every reading of the variant is a town called by the bare name itself: "Kansas City",
 * "Oklahoma City", "Jersey City" are other places.
 */
function mergeVariants(env: GeoEnv, scored: Scored[]): void {
  let first: Map<string, Scored> | null = null;
  for (const s of scored) {
    const key = s.nameKey;
    const base = VARIANT_SUFFIX.test(key) ? key.replace(VARIANT_SUFFIX, '') : VARIANT_PREFIX.test(key) ? key.replace(VARIANT_PREFIX, '') : null;
    if (!base) continue;
    if (!first) {
      first = new Map();
      for (const t of scored) if (!first.has(t.nameKey)) first.set(t.nameKey, t);
    }
    const b = first.get(base);
    if (!b || b.role !== 'literal') continue;
    const bare = new Set(b.mention.candidates);
    if (!s.mention.candidates.every((id) => bare.has(id) && env.cache.foldedName(id) === base)) continue;
    s.mention = { ...s.mention, candidates: b.mention.candidates };
    s.scores = [...b.scores];
    s.nameKey = base;
  }
}

/**
 * "Toronto, Ontario, Canada", "Paris, Texas", "Athens, Ga.": a name followed by a comma and a
 * larger unit lies in that unit. Read right to left so the chain narrows step by step; a
 * qualifier that fits none of the name's candidates changes nothing.
 */
function narrowByComma(env: GeoEnv, doc: TokenizedText, scored: Scored[]): void {
  // Names a qualifier narrowed, with the candidates it kept: the article's other, bare mentions of
  // the same name mean the same place ("Springfield, Ohio — … Springfield residents").
  const qualified = new Map<string, Set<number>>();
  for (let k = scored.length - 2; k >= 0; k--) {
    const a = scored[k];
    const b = scored[k + 1];
    // Near enough for a comma (next token) or "in" after at most two more name words (WITHIN).
    if (b.mention.first > a.mention.last + 5) continue;
    const between = doc.text.slice(doc.tokens[a.mention.last].end, doc.tokens[b.mention.first].start);
    const comma = /^\.?,\s*$/.test(between) && b.mention.first === a.mention.last + 1;
    // "near Qurna in Basra province", "near Shatt al-Arab in Basra": a local name (the rest of it
    // capitalised or after an Arabic article) "in" a province or country lies there too.
    const within = !comma && WITHIN.test(between);
    const unitAfter = !comma && !within && UNIT_AFTER.test(between) && namedAsProvince(env, b);
    // "Tala, Chibok LGA", "El Limon, Venecia municipality", "Akom village, Wapenamanda district",
    // "Mushu in Bokkos LGA": a village, then its district named after its seat, or the district
    // itself ("Bagan, Kurram district"); the village lies in the province of a seat or district of
    // that name (not of a namesake village: "Batibo, Momo division" is no Momo in Italy).
    const district = (comma || UNIT_COMMA.test(between) || COMMA_IN.test(between)) && namedAsDistrict(doc, b);
    if (!comma && !within && !unitAfter && !district) continue;
    const units = new Set<number>();
    const countries = new Set<string>();
    for (const id of b.mention.candidates) {
      const q = env.gazetteer.place(id);
      if ((q.kind === 'admin1' || (district && (q.seat || q.kind === 'admin2'))) && q.admin1Id !== undefined) units.add(q.admin1Id);
      else if (q.kind === 'country' && q.country) countries.add(q.country);
    }
    if (units.size === 0 && countries.size === 0) continue;
    const keep: number[] = [];
    for (let i = 0; i < a.mention.candidates.length; i++) {
      const p = env.gazetteer.place(a.mention.candidates[i]);
      if (p.kind === 'country' || p.kind === 'demonym' || p.kind === 'region') continue;
      // A state lies in a country ("Ontario, Canada"); a town lies in either.
      if ((p.kind !== 'admin1' && p.admin1Id !== undefined && units.has(p.admin1Id)) || (p.country !== null && countries.has(p.country))) keep.push(i);
    }
    if (keep.length === 0) {
      // A town or site "in" that unit, or followed by a province named as one ("Sagaing Region"),
      // with no namesake there is a place the gazetteer lacks: its namesakes abroad are not what
      // the text means.
      // (Before a district, not even a province of the name abroad: "Paro, Nduga regency" is a
      // Papuan village, not Bhutan's Paro.)
      const placed = within || unitAfter || district || (comma && namedAsProvince(env, b));
      if (placed && (district || a.mention.candidates.every((id) => LOCAL_KINDS.has(env.gazetteer.place(id).kind)))) a.scores = a.scores.map(() => -Infinity);
      continue;
    }
    if (keep.length < a.mention.candidates.length) {
      a.mention = { ...a.mention, candidates: keep.map((i) => a.mention.candidates[i]) };
      a.scores = keep.map((i) => a.scores[i]);
      if (!qualified.has(a.nameKey)) qualified.set(a.nameKey, new Set(a.mention.candidates));
    }
    // The qualifier is the unit that holds the town: "Atlanta, Georgia" is the state, not the country.
    const held = new Set<number>();
    const heldCountries = new Set<string>();
    for (const id of a.mention.candidates) {
      const p = env.gazetteer.place(id);
      if (p.admin1Id !== undefined) held.add(p.admin1Id);
      if (p.country) heldCountries.add(p.country);
    }
    const keepB: number[] = [];
    for (let i = 0; i < b.mention.candidates.length; i++) {
      const q = env.gazetteer.place(b.mention.candidates[i]);
      if (((q.kind === 'admin1' || district) && q.admin1Id !== undefined && held.has(q.admin1Id)) || (q.kind === 'country' && q.country && heldCountries.has(q.country))) keepB.push(i);
    }
    if (keepB.length === 0 || keepB.length === b.mention.candidates.length) continue;
    b.mention = { ...b.mention, candidates: keepB.map((i) => b.mention.candidates[i]) };
    b.scores = keepB.map((i) => b.scores[i]);
  }
  if (qualified.size > 0) followQualifier(scored, qualified);
}

/** Between a local name and the town it lies near: "al-Rawda, near Bir al-Abd", "a camp near Mandera town". */
const NEAR = /^\s*,?\s+(?:just\s+|close\s+to\s+|outside\s+)?near\s+(?:the\s+)?(?:(?:town|village|city)\s+of\s+)?$/;
/** narrowByNear(): a place "near" a town lies within this distance of it. */
const NEAR_KM = 100;

/**
 * "<A> near <B>", "<A>, near <B>": A lies near B. Where some reading of A lies within NEAR_KM of a
 * reading of B, only such readings of each are kept; where none does and A reads only as towns and
 * districts, A is a place the gazetteer lacks, and its namesakes far away are not what the text means.
 */
function narrowByNear(env: GeoEnv, doc: TokenizedText, scored: Scored[]): void {
  for (let k = 0; k + 1 < scored.length; k++) {
    const a = scored[k];
    const b = scored[k + 1];
    if (b.mention.first > a.mention.last + 6 || a.role !== 'literal' || b.role !== 'literal') continue;
    if (!NEAR.test(doc.text.slice(doc.tokens[a.mention.last].end, doc.tokens[b.mention.first].start))) continue;
    const located = (id: number): boolean => { const p = env.gazetteer.place(id); return LOCAL_KINDS.has(p.kind) && p.lat !== null && p.lon !== null; };
    const bIds = b.mention.candidates.filter(located);
    if (bIds.length === 0) continue;
    const near = (x: number, y: number): boolean => {
      const p = env.gazetteer.place(x);
      const q = env.gazetteer.place(y);
      return approxKm(p.lat as number, p.lon as number, q.lat as number, q.lon as number) < NEAR_KM;
    };
    const keepA: number[] = [];
    const nearB = new Set<number>();
    for (let i = 0; i < a.mention.candidates.length; i++) {
      const id = a.mention.candidates[i];
      if (!located(id)) continue;
      const close = bIds.filter((y) => near(id, y));
      if (close.length > 0) { keepA.push(i); for (const y of close) nearB.add(y); }
    }
    if (keepA.length === 0) {
      if (a.mention.candidates.every((id) => LOCAL_KINDS.has(env.gazetteer.place(id).kind))) a.scores = a.scores.map(() => -Infinity);
      continue;
    }
    a.mention = { ...a.mention, candidates: keepA.map((i) => a.mention.candidates[i]) };
    a.scores = keepA.map((i) => a.scores[i]);
    const keepB: number[] = [];
    for (let i = 0; i < b.mention.candidates.length; i++) if (nearB.has(b.mention.candidates[i])) keepB.push(i);
    b.mention = { ...b.mention, candidates: keepB.map((i) => b.mention.candidates[i]) };
    b.scores = keepB.map((i) => b.scores[i]);
  }
}

/** A province named as one: with its admin-1 word, or by a name only a province bears ("Sagaing Region"). */
function namedAsProvince(env: GeoEnv, s: Scored): boolean {
  return s.admin1Named || s.mention.candidates.every((id) => env.gazetteer.place(id).kind === 'admin1');
}

/**
 * A district named as one: its name, then a lower-case local unit word or "LGA" ("Bokkos LGA",
 * "Djugu territory", "Kanbalu township"). In "Tala, Chibok LGA" the first name is a village in it.
 */
function namedAsDistrict(doc: TokenizedText, s: Scored): boolean {
  const t = doc.tokens[s.mention.last + 1];
  if (!t || t.sentence !== doc.tokens[s.mention.last].sentence || !DISTRICT_WORDS.has(t.norm)) return false;
  const word = doc.text.slice(t.start, t.end);
  return word === word.toLowerCase() || word === 'LGA';
}

/** Narrows the bare mentions of each qualified name to the candidates its qualifier kept (where any survive). */
function followQualifier(scored: Scored[], qualified: ReadonlyMap<string, ReadonlySet<number>>): void {
  for (const s of scored) {
    const kept = qualified.get(s.nameKey);
    if (!kept) continue;
    const ids = s.mention.candidates;
    const keep: number[] = [];
    for (let i = 0; i < ids.length; i++) if (kept.has(ids[i])) keep.push(i);
    if (keep.length === 0 || keep.length === ids.length) continue;
    s.mention = { ...s.mention, candidates: keep.map((i) => ids[i]) };
    s.scores = keep.map((i) => s.scores[i]);
  }
}

/**
 * How well each candidate fits the article's other names, from every candidate rather than the
 * picks, added once to its prior (it does not change between rounds):
 * - admin-1 fit: each other name with a candidate in the same admin-1 adds 1/k, k being the
 *   number of admin-1 units its candidates span. A local paper's "Montgomery", "Watertown",
 *   "Delano", "Scott County" each have namesakes in many states but together fit one; rare names
 *   count most, names found everywhere hardly at all;
 * - nearness: each other name with a town or county candidate within about 50–100 km (the same or
 *   a neighbouring half-degree cell) adds 1/k by its number of candidates: "Paris" next to
 *   "Henry County" is the Paris that is Henry County's seat. National capitals take no part: news
 *   names them from anywhere;
 * A grid and numeric admin-1 ids keep this to a few Map lookups per candidate.
 */
function addFit(env: GeoEnv, scored: Scored[]): void {
  const unitWeight = new Map<string, number>();
  const unitTotal = new Map<number, number>();
  const points: number[][] = [];
  const units: number[] = [];
  for (const s of scored) {
    if (s.role !== 'literal' || unitWeight.has(s.nameKey)) continue;
    units.length = 0;
    const pts: number[] = [];
    for (const id of s.mention.candidates) {
      const p = env.gazetteer.place(id);
      if (p.admin1Id !== undefined && p.kind !== 'country' && p.kind !== 'demonym' && !units.includes(p.admin1Id)) units.push(p.admin1Id);
      if ((p.kind === 'city' || p.kind === 'admin2' || p.kind === 'site') && !p.capital && p.lat !== null && p.lon !== null) pts.push(id);
    }
    const w = units.length > 0 ? 1 / units.length : 0;
    unitWeight.set(s.nameKey, w);
    for (const u of units) unitTotal.set(u, (unitTotal.get(u) ?? 0) + w);
    if (pts.length > 0) points.push(pts);
  }
  if (unitWeight.size < 2) return;
  const near = nearness(env, points);
  // Repeated names share their bonuses (same name, same candidates: told by their number and the
  // first one), found by comparing those rather than through a memo key string per mention.
  const done = new Map<string, { ids: readonly number[]; bonuses: number[] }[]>();
  for (const s of scored) {
    const ids = s.mention.candidates;
    const same = done.get(s.nameKey);
    let bonuses = same?.find((d) => d.ids.length === ids.length && d.ids[0] === ids[0])?.bonuses;
    if (!bonuses) {
      bonuses = new Array<number>(ids.length);
      const own = unitWeight.get(s.nameKey) ?? 0;
      for (let k = 0; k < ids.length; k++) {
        const p = env.gazetteer.place(ids[k]);
        let bonus = 0;
        if (p.admin1Id !== undefined && p.kind !== 'admin1') {
          const c = (unitTotal.get(p.admin1Id) ?? 0) - own;
          if (c > 1e-9) bonus += Math.min(env.w.coverageCap, env.w.coverageWeight * c);
        }
        const n = near?.get(ids[k]);
        if (n !== undefined) bonus += Math.min(env.w.proximityCap, env.w.proximityWeight * n);
        bonuses[k] = bonus;
      }
      if (same) same.push({ ids, bonuses });
      else done.set(s.nameKey, [{ ids, bonuses }]);
    }
    for (let k = 0; k < ids.length; k++) s.scores[k] += bonuses[k];
  }
}

/** For each candidate point, the sum of 1/k over the other names with a candidate in its or a neighbouring grid cell. */
function nearness(env: GeoEnv, names: number[][]): Map<number, number> | null {
  if (names.length < 2) return null;
  const grid = new Map<number, number[]>();
  const cells: number[][] = [];
  for (let n = 0; n < names.length; n++) {
    const cs: number[] = [];
    for (const id of names[n]) {
      const c = cell(env, id);
      cs.push(c);
      const list = grid.get(c);
      if (list) { if (list[list.length - 1] !== n) list.push(n); } else grid.set(c, [n]);
    }
    cells.push(cs);
  }
  const near = new Map<number, number>();
  const seen = new Int32Array(names.length).fill(-1);
  let stamp = 0;
  for (let n = 0; n < names.length; n++) {
    // A name with one candidate has nothing to choose.
    if (names[n].length < 2) continue;
    for (let j = 0; j < names[n].length; j++) {
      const id = names[n][j];
      const c = cells[n][j];
      stamp++;
      let sum = 0;
      for (const dc of NEIGHBOUR_CELLS) {
        const list = grid.get(c + dc);
        if (!list) continue;
        for (const other of list) {
          if (other === n || seen[other] === stamp) continue;
          seen[other] = stamp;
          sum += 1 / names[other].length;
        }
      }
      if (sum > 0) near.set(id, sum);
    }
  }
  return near;
}

/** Half-degree grid cell of a place with coordinates. */
function cell(env: GeoEnv, id: number): number {
  const p = env.gazetteer.place(id);
  return Math.floor((p.lat as number) * 2 + 180) * 1000 + Math.floor((p.lon as number) * 2 + 360);
}

/** Offsets of a grid cell and its eight neighbours in cell()'s numbering. */
const NEIGHBOUR_CELLS = [-1001, -1000, -999, -1, 0, 1, 999, 1000, 1001];
