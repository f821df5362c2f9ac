import { Gazetteer } from '../gazetteer/gazetteer';
import { Place } from '../gazetteer/place';
import { foldWord } from '../text/fold';
import { TokenizedText } from '../text/tokenizer';
import { commonEnglishWords, englishFirstNames, englishStopwords } from '../text/word-lists';
import { GeoMention, GeoResult, MentionRole } from './geo-mention';
import { DEFAULT_GEO_WEIGHTS, GeoWeights } from './geo-weights';
import { findMentions, RawMention } from './mention-finder';
import {
  SPEECH_VERBS, FORCE_NOUNS, STREET_WORDS, PLACE_PREFIXES, PLACE_SUFFIXES, PERSON_TITLES, NOT_PLACES, PREPOSITIONS, DETERMINERS, LOCATIVE, COUNTY_WORDS, GENERIC_REGION_WORDS, INSTITUTIONS, ORG_HEADS,
} from './name-context.data';


export interface GeoContext {
  /** Sentences that belong to the title. */
  titleSentences: number;
  /** Sentences about other, earlier events ("a week earlier, …"). */
  background: ReadonlySet<number>;
}

/** strayTown(): towns this big are named outside their region too; the other admin-1 needs this many names. */
const STRAY_TOWN_MAX_POPULATION = 100_000;
const STRAY_TOWN_MIN_OTHER = 2;
/** speakerSurnames(): verbs after a bare surname ("Trump said") and titles before one ("Mr Trump"). */
const SURNAME_VERBS = new Set(['said', 'says', 'told', 'added', 'stated', 'wrote', 'tweeted', 'argued', 'insisted']);
const SURNAME_TITLES = new Set(['mr', 'mrs', 'ms', 'dr']);
/** Party letters of US lawmakers' "D-N.D." designations. */
const PARTY_LETTERS = new Set(['D', 'R', 'I']);
/** A town named like an admin-1 unit must be this big to be read as the town ("Washington"). */
const STATE_NAMESAKE_MIN_POPULATION = 100_000;

interface Scored { mention: RawMention; scores: number[]; penalty: number; role: MentionRole; sentence: number; inTitle: boolean; background: boolean; county: boolean; nameKey: string; locative: boolean }

/**
 * Finds place names, resolves each to one gazetteer entry (population prior + the countries and
 * admin-1 units the rest of the article supports), tells places from actors, and picks the
 * primary location weighted to the title and lead.
 */
export class Geotagger {
  private readonly common = commonEnglishWords();
  private readonly stop = englishStopwords();
  private readonly firstNames = englishFirstNames();

  constructor(private readonly gazetteer: Gazetteer, private readonly w: GeoWeights = DEFAULT_GEO_WEIGHTS) {}

  /** Weight of a mention's position for the primary place: title, lead, body, background. */
  private position(m: GeoMention): number {
    return m.background ? this.w.backgroundWeight : m.inTitle ? this.w.titleWeight : m.sentence <= 2 ? this.w.leadWeight : 1;
  }

  tag(doc: TokenizedText, ctx: GeoContext): GeoResult {
    const raw = findMentions(doc, this.gazetteer);
    const persons = this.personNames(doc, raw);
    const scored: Scored[] = [];
    for (const m of raw) {
      const s = this.prepare(doc, m, ctx, persons);
      if (s) scored.push(s);
    }
    // Two passes: the first settles clear names, whose countries and admin-1 units then
    // decide the ambiguous ones (Georgia next to Atlanta, Haditha next to Anbar).
    if (scored.length > 1) {
      this.qualifyByComma(doc, scored);
      this.addSpatialFit(scored);
    }
    const first = this.pickAll(scored, null);
    let votes = this.votes(scored, first);
    // A second round lets names settled by the first round's context settle others in turn.
    if (scored.length > 1) votes = this.votes(scored, this.pickAll(scored, votes));
    const finalPicks = this.pickAll(scored, votes);
    const finalVotes = this.votes(scored, finalPicks);
    const mentions: GeoMention[] = [];
    for (let k = 0; k < scored.length; k++) {
      const s = scored[k];
      const best = finalPicks[k];
      if (!best) continue;
      if (this.strayTown(best.id, s.nameKey, finalVotes)) continue;
      const { id, score, margin } = best;
      const found = this.gazetteer.place(this.preferCity(id, s.mention.candidates));
      // A county is placed in the state the rest of the article names, if it names one.
      let place: Place = found;
      if (s.county) {
        const admin1 = this.dominantAdmin1(finalVotes, found.country, s.nameKey);
        place = { ...found, kind: 'admin2', admin1, admin1Code: this.gazetteer.admin1Code(found.country, admin1), name: `${found.name} County`, admin2: `${found.name} County` };
      }
      if (margin < this.w.admin1MinMargin && best.rival >= 0 && place.kind !== 'admin1') {
        const r = this.gazetteer.place(best.rival);
        if (r.country !== place.country || r.admin1 !== place.admin1) place = { ...place, admin1: null, admin1Code: null, admin2: null };
      }
      const t0 = doc.tokens[s.mention.first];
      const t1 = doc.tokens[s.mention.last];
      mentions.push({
        name: doc.text.slice(t0.start, t1.end), span: [t0.start, t1.end], placeId: id, place,
        confidence: Math.max(0.05, Math.min(0.99, 0.45 + margin / 12 + (score - this.w.minScore) / 30)),
        role: place.kind === 'demonym' ? 'demonym' : place.actor ? 'actor' : s.role, sentence: s.sentence, inTitle: s.inTitle, background: s.background,
        locative: s.locative,
      });
    }
    return this.summarise(mentions);
  }

  /** Drops impossible candidates and computes the penalties that do not depend on other names. */
  /**
   * Names used for people anywhere in the article ("Sen. Harman", "Bob Jones"): once a name is a
   * person, its bare repetitions ("Jones said") are too.
   */
  private personNames(doc: TokenizedText, raw: RawMention[]): Set<string> {
    const out = new Set<string>();
    if (doc.allCaps) return out;
    const { tokens, text } = doc;
    const surnames = this.speakerSurnames(doc);
    for (const m of raw) {
      const prev = m.first > 0 ? tokens[m.first - 1] : undefined;
      const t0 = tokens[m.first];
      const next = tokens[m.last + 1];
      // "Donald Trump" when the article also has "Trump said" or "Mr Trump": a name before a surname.
      if (surnames.size > 0 && next && next.sentence === t0.sentence && next.cap && surnames.has(next.norm) && /^\s+$/.test(text.slice(tokens[m.last].end, next.start))) {
        out.add(this.key(tokens, m));
        continue;
      }
      // "Jordan Henderson", "Paris Hilton": a first name running into another capitalised word.
      if (m.first === m.last && this.firstNames.has(t0.norm) && next && next.sentence === t0.sentence && next.cap
        && /^\s+$/.test(text.slice(tokens[m.last].end, next.start)) && !PLACE_SUFFIXES.has(next.norm) && !this.stop.has(next.norm) && !this.isPlaceToken(next.norm)
        && !ORG_HEADS.has(next.norm)) {
        out.add(this.key(tokens, m));
        continue;
      }
      if (!prev || prev.sentence !== t0.sentence || !prev.cap) continue;
      const gap = text.slice(prev.end, t0.start);
      // "William J. Seymour", "Mark R. Warner": a middle initial between two capitalised words.
      if (prev.end - prev.start === 1 && /^\.\s+$/.test(gap) && m.first > 1) {
        const before = tokens[m.first - 2];
        if (before.sentence === t0.sentence && before.cap && /^\s+$/.test(text.slice(before.end, prev.start)) && !this.stop.has(before.norm)) out.add(this.key(tokens, m));
        continue;
      }
      if (PERSON_TITLES.has(prev.norm) && /^\.?\s+$/.test(gap)) out.add(this.key(tokens, m));
      else if (this.firstNames.has(prev.norm) && /^\s+$/.test(gap) && !this.isPlaceToken(prev.norm)) out.add(this.key(tokens, m));
      else if (/^\s+$/.test(gap) && !PLACE_PREFIXES.has(prev.norm) && !this.stop.has(prev.norm) && prev.norm.length > 1 && !this.isPlaceToken(prev.norm)
        && !this.common.has(prev.norm)) out.add(this.key(tokens, m));
    }
    return out;
  }

  /**
   * Capitalised words the article uses alone for a person: "Trump said", "Mr Trump". Words that are
   * place names themselves ("Washington said") are left out.
   */
  private speakerSurnames(doc: TokenizedText): Set<string> {
    const out = new Set<string>();
    const { tokens } = doc;
    for (let i = 0; i + 1 < tokens.length; i++) {
      const t = tokens[i];
      if (!t.cap || t.end - t.start < 2) continue;
      const next = tokens[i + 1];
      const prev = i > 0 ? tokens[i - 1] : undefined;
      const speaks = next.sentence === t.sentence && SURNAME_VERBS.has(next.norm);
      const titled = prev !== undefined && prev.sentence === t.sentence && prev.cap && SURNAME_TITLES.has(prev.norm);
      if ((speaks || titled) && !this.stop.has(t.norm) && !this.gazetteer.lookup(t.norm)) out.add(t.norm);
    }
    return out;
  }

  private key(tokens: TokenizedText['tokens'], m: RawMention): string {
    let k = tokens[m.first].norm;
    for (let i = m.first + 1; i <= m.last; i++) k += ` ${tokens[i].norm}`;
    return k;
  }

  private isPlaceToken(norm: string): boolean {
    const ids = this.gazetteer.lookup(norm);
    return !!ids && ids.some((id) => { const k = this.gazetteer.place(id).kind; return k === 'country' || k === 'demonym'; });
  }

  private prepare(doc: TokenizedText, m: RawMention, ctx: GeoContext, persons: ReadonlySet<string>): Scored | null {
    const { tokens, text, allCaps } = doc;
    const t0 = tokens[m.first];
    const t1 = tokens[m.last];
    const surface = text.slice(t0.start, t1.end);
    const single = m.first === m.last;
    const prevTok = m.first > 0 ? tokens[m.first - 1] : undefined;
    const nextTok = tokens[m.last + 1];
    // A common word ("Center", "University") is a town only where syntax says so: "in Reading".
    const commonWord = single && this.common.has(foldWord(surface));
    const placeSyntax = (prevTok !== undefined && prevTok.sentence === t0.sentence && PREPOSITIONS.has(prevTok.norm))
      || /^,\s*[A-Z]/.test(text.slice(t1.end, t1.end + 3));
    // "Scott County" when the county list lacks it: the town it is named like, placed by dominantAdmin1().
    const county = nextTok !== undefined && COUNTY_WORDS.has(nextTok.norm) && /^\s+$/.test(text.slice(t1.end, nextTok.start));
    const partyState = this.partyState(doc, m.first);
    let ids = m.candidates.filter((id) => {
      const p = this.gazetteer.place(id);
      // A common word ("Church", "Reading") is a town only where syntax says so, and only a sizeable one.
      if (commonWord && (p.kind === 'city' || p.kind === 'admin1') && !allCaps && (!placeSyntax || p.population < 3_000)) return false;
      if (p.kind === 'admin1' && this.genericRegion(p.name)) return false;
      if (p.kind === 'city' && surface.length <= 2) return false;
      if (county && p.kind !== 'city' && p.kind !== 'admin1') return false;
      if (p.codeOnly) return !allCaps && surface === surface.toUpperCase();
      if (p.abbrev) return partyState || /,\s*$/.test(text.slice(Math.max(0, t0.start - 3), t0.start)) || this.plainAbbreviation(text, t0.start, t1.end);
      return true;
    });
    if (ids.length === 0) return null;
    // "Florida", "Virginia", "Nevada": a state beats the small towns named after it.
    const stateCountries = new Set(ids.map((id) => this.gazetteer.place(id)).filter((p) => p.kind === 'admin1').map((p) => p.country));
    if (stateCountries.size > 0) ids = ids.filter((id) => { const p = this.gazetteer.place(id); return p.kind !== 'city' || !stateCountries.has(p.country) || p.population >= STATE_NAMESAKE_MIN_POPULATION; });
    let penalty = 0;
    const prev = m.first > 0 ? tokens[m.first - 1] : undefined;
    const next = tokens[m.last + 1];
    const sentenceStart = !prev || prev.sentence !== t0.sentence;
    if (NOT_PLACES.has(this.key(tokens, m))) return null;
    // "VerDi", "iPhone": inner capitals make a brand or an acronym, not a town.
    if (!allCaps && single && /^.\p{Ll}*\p{Lu}/u.test(surface) && surface !== surface.toUpperCase()) return null;
    // Short all-capitals words in mixed-case text are acronyms ("BA", "BOE"), not towns.
    if (!allCaps && single && surface.length <= 4 && surface === surface.toUpperCase() && ids.every((id) => this.gazetteer.place(id).kind === 'city')) return null;
    // "Turkey", "China", "Chad" mid-sentence are the countries; at a sentence start or in capitals
    // the common word is likelier. Towns named by common words were filtered above.
    if (commonWord) penalty += allCaps || sentenceStart ? 6 : placeSyntax ? 0 : 2;
    // Evidence that the name is a person's: towns of that name are out, a country needs more support.
    let person = persons.has(this.key(tokens, m)); // "Michael Jordan", "Sen. Harman", then "Harman said"
    let role: MentionRole = 'literal';
    // "Iran-aligned", "US-led": the name modifies a word, it is not where anything happened.
    if (/^[-‐‑]\p{L}/u.test(text.slice(t1.end, t1.end + 2))) role = 'demonym';
    else if (next && next.sentence === t0.sentence && /^\.?\s+$/.test(text.slice(t1.end, next.start))) {
      // "US forces", "Washington said" are actors; "Ripley police" is still the town of Ripley.
      if (SPEECH_VERBS.has(next.norm) || (FORCE_NOUNS.has(next.norm) && ids.some((id) => this.speaksForState(id)))) {
        role = 'actor';
        // Only a capital or a country speaks for a state; "Harman said" is a person.
        if (SPEECH_VERBS.has(next.norm) && !ids.some((id) => this.speaksForState(id))) person = true;
      } else if (!allCaps && next.cap && !PLACE_SUFFIXES.has(next.norm) && !this.stop.has(next.norm) && !this.isPlaceToken(next.norm)
        // "Rapides Parish Sheriff's Office", "DuPage County Board": a county named in full stays the county.
        && !COUNTY_WORDS.has(t1.norm)) {
        // "Ripley High School" may still be the town; "Jordan Peterson" is not.
        if (this.common.has(next.norm)) penalty += 3;
        else person = true;
      }
    }
    // "Flanders Road", "Collins Run Road", "Griffith Park": a street or park named after a town or a
    // region is not that place.
    if (next && next.sentence === t0.sentence && STREET_WORDS.has(next.norm) && /^\s+$/.test(text.slice(t1.end, next.start))) {
      ids = ids.filter((id) => { const k = this.gazetteer.place(id).kind; return k !== 'city' && k !== 'admin1'; });
      if (ids.length === 0) return null;
    }
    // "US$3.7m" is money.
    if (text.charAt(t1.end) === '$') return null;
    // "DPRK-U.S. summit": the second half of a hyphenated pair modifies a word too, except a
    // lawmaker's party and state ("Sen. Byron Dorgan, D-N.D.,", "(R-Calif.)"): that names the state.
    if (t0.hyphenBefore && prev && prev.sentence === t0.sentence && !partyState) role = 'demonym';
    // "Bank of Japan", "Central Bank of Malta", "US Federal Reserve": an institution, not a place.
    if (prev && prev.norm === 'of' && m.first > 1 && tokens[m.first - 2].cap && INSTITUTIONS.has(tokens[m.first - 2].norm)) role = 'actor';
    // "US pastor", "Iraq war": a country name before a common noun modifies it, unless a preposition
    // makes it the place ("in Iraq yesterday").
    if (role === 'literal' && next && next.sentence === t0.sentence && !next.cap && /^\s+$/.test(text.slice(t1.end, next.start))
      && !this.stop.has(next.norm) && (!prev || prev.sentence !== t0.sentence || DETERMINERS.has(prev.norm))
      && ids.every((id) => this.gazetteer.place(id).kind === 'country')) role = 'demonym';
    if (person && role === 'literal' && ids.some((id) => this.gazetteer.place(id).kind === 'country') && next?.cap) role = 'actor';
    if (person) {
      penalty += this.w.personPenalty;
      ids = ids.filter((id) => { const k = this.gazetteer.place(id).kind; return k === 'country' || k === 'demonym' || k === 'region' || k === 'site'; });
      if (ids.length === 0) return null;
    }
    return {
      mention: { ...m, candidates: ids }, scores: ids.map((id) => this.prior(this.gazetteer.place(id))), penalty, role,
      sentence: t0.sentence, inTitle: t0.sentence < ctx.titleSentences, background: ctx.background.has(t0.sentence), county,
      nameKey: this.key(tokens, m),
      // "in France", "near Haditha". (A dateline names where the reporter is, so it gets no boost.)
      locative: prev !== undefined && prev.sentence === t0.sentence && LOCATIVE.has(prev.norm),
    };
  }

  /**
   * A state abbreviation read anywhere, not only after "<town>,": dotted ones ("W.Va.", "N.C.", when
   * the tokenizer keeps them in one sentence) and long ones that are no English word ("Calif.",
   * "Tenn."); "Mass.", "Ill.", "Pa." need the comma.
   */
  private plainAbbreviation(text: string, start: number, end: number): boolean {
    const withDot = text.charAt(end) === '.' ? text.slice(start, end + 1) : text.slice(start, end);
    if (/^\p{Lu}\.\p{Lu}/u.test(withDot)) return true;
    const letters = withDot.replace(/\./g, '');
    return letters.length >= 4 && withDot.endsWith('.') && !this.common.has(letters.toLowerCase());
  }

  /** "D-N.D.", "R-Calif", "I-Vt.": a party letter joined to the name, after a comma or a bracket. */
  private partyState(doc: TokenizedText, first: number): boolean {
    const t0 = doc.tokens[first];
    const prev = first > 0 ? doc.tokens[first - 1] : undefined;
    if (!t0.hyphenBefore || !prev || prev.end - prev.start !== 1 || !PARTY_LETTERS.has(doc.text.charAt(prev.start))) return false;
    return /[,(]\s*$/.test(doc.text.slice(Math.max(0, prev.start - 3), prev.start));
  }

  private genericRegion(name: string): boolean {
    return name.toLowerCase().split(/[\s-]+/).every((w) => GENERIC_REGION_WORDS.has(w));
  }

  private speaksForState(id: number): boolean {
    const p = this.gazetteer.place(id);
    if (p.kind === 'country' || p.kind === 'demonym' || p.kind === 'admin1') return true;
    return p.kind === 'city' && p.population > 300_000 && this.gazetteer.country(p.country)?.capital === p.name;
  }

  private prior(p: Place): number {
    const base = this.w.kindPrior[p.kind];
    // Namesake demonyms ("American": the US or the Northern Mariana Islands) go to the larger country.
    if (p.kind === 'country' || p.kind === 'demonym') return base + 0.1 * Math.log10(1 + (this.gazetteer.country(p.country)?.area ?? 0));
    if (p.kind === 'city') return this.w.populationWeight * Math.log10(p.population + 1) + (this.w.newsCountryPrior[p.country ?? ''] ?? 0) + (p.capital ? this.w.capitalBonus : 0);
    if (p.kind === 'admin1') return base + Math.log10(p.population + 1) * this.w.admin1PopulationWeight;
    return base;
  }

  /** Picks for every mention; repeated names with the same evidence are scored once. */
  private pickAll(scored: Scored[], votes: Votes | null): (Pick | null)[] {
    const memo = new Map<string, Pick | null>();
    return scored.map((s) => {
      const key = `${s.nameKey}|${s.penalty}|${s.mention.candidates.length}|${s.mention.candidates[0]}`;
      let p = memo.get(key);
      if (p === undefined) {
        p = this.pick(s, votes);
        memo.set(key, p);
      }
      return p;
    });
  }

  private pick(s: Scored, votes: Votes | null): Pick | null {
    let best = -1;
    let bestScore = -Infinity;
    let second = -Infinity;
    let rival = -1;
    const ids = s.mention.candidates;
    for (let k = 0; k < ids.length; k++) {
      const p = this.gazetteer.place(ids[k]);
      let score = s.scores[k] - s.penalty;
      if (votes) score += this.contextBonus(p, votes, s.nameKey);
      if (score > bestScore) { second = bestScore; rival = best; bestScore = score; best = ids[k]; } else if (score > second) { second = score; rival = ids[k]; }
    }
    if (best < 0) return null;
    const bestCountry = this.gazetteer.place(best).country;
    const oneCountry = ids.every((id) => this.gazetteer.place(id).country === bestCountry);
    if (bestScore < (oneCountry ? this.w.minScoreOneCountry : this.w.minScore)) return null;
    return { id: best, score: bestScore, margin: Number.isFinite(second) ? bestScore - second : 6, rival };
  }

  /**
   * "Toronto, Ontario, Canada", "Paris, Texas", "Athens, Ga.": a name followed by a comma and a
   * larger unit lies in that unit. Read right to left so the chain narrows step by step; a
   * qualifier that fits none of the name's candidates changes nothing.
   */
  private qualifyByComma(doc: TokenizedText, scored: Scored[]): void {
    for (let k = scored.length - 2; k >= 0; k--) {
      const a = scored[k];
      const b = scored[k + 1];
      if (b.mention.first !== a.mention.last + 1 && b.mention.first !== a.mention.last + 2) continue;
      const between = doc.text.slice(doc.tokens[a.mention.last].end, doc.tokens[b.mention.first].start);
      if (!/^\.?,\s*$/.test(between) || b.mention.first !== a.mention.last + 1) continue;
      const units = new Set<number>();
      const countries = new Set<string>();
      for (const id of b.mention.candidates) {
        const q = this.gazetteer.place(id);
        if (q.kind === 'admin1' && q.admin1Id !== undefined) units.add(q.admin1Id);
        else if (q.kind === 'country' && q.country) countries.add(q.country);
      }
      if (units.size === 0 && countries.size === 0) continue;
      const keep: number[] = [];
      for (let i = 0; i < a.mention.candidates.length; i++) {
        const p = this.gazetteer.place(a.mention.candidates[i]);
        if (p.kind === 'country' || p.kind === 'demonym' || p.kind === 'region') continue;
        // A state lies in a country ("Ontario, Canada"); a town lies in either.
        if ((p.kind !== 'admin1' && p.admin1Id !== undefined && units.has(p.admin1Id)) || (p.country !== null && countries.has(p.country))) keep.push(i);
      }
      if (keep.length === 0) continue;
      if (keep.length < a.mention.candidates.length) {
        a.mention = { ...a.mention, candidates: keep.map((i) => a.mention.candidates[i]) };
        a.scores = keep.map((i) => a.scores[i]);
      }
      // The qualifier is the unit that holds the town: "Atlanta, Georgia" is the state, not the country.
      const held = new Set<number>();
      const heldCountries = new Set<string>();
      for (const id of a.mention.candidates) {
        const p = this.gazetteer.place(id);
        if (p.admin1Id !== undefined) held.add(p.admin1Id);
        if (p.country) heldCountries.add(p.country);
      }
      const keepB: number[] = [];
      for (let i = 0; i < b.mention.candidates.length; i++) {
        const q = this.gazetteer.place(b.mention.candidates[i]);
        if ((q.kind === 'admin1' && q.admin1Id !== undefined && held.has(q.admin1Id)) || (q.kind === 'country' && q.country && heldCountries.has(q.country))) keepB.push(i);
      }
      if (keepB.length === 0 || keepB.length === b.mention.candidates.length) continue;
      b.mention = { ...b.mention, candidates: keepB.map((i) => b.mention.candidates[i]) };
      b.scores = keepB.map((i) => b.scores[i]);
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
   *   "Henry County" is the Paris that is Henry County's seat.
   * A grid and numeric admin-1 ids keep this to a few Map lookups per candidate.
   */
  private addSpatialFit(scored: Scored[]): void {
    const unitWeight = new Map<string, number>();
    const unitTotal = new Map<number, number>();
    const points: number[][] = [];
    const units: number[] = [];
    for (const s of scored) {
      if (s.role !== 'literal' || unitWeight.has(s.nameKey)) continue;
      units.length = 0;
      const pts: number[] = [];
      for (const id of s.mention.candidates) {
        const p = this.gazetteer.place(id);
        if (p.admin1Id !== undefined && p.kind !== 'country' && p.kind !== 'demonym' && !units.includes(p.admin1Id)) units.push(p.admin1Id);
        if ((p.kind === 'city' || p.kind === 'admin2' || p.kind === 'site') && p.lat !== null && p.lon !== null) pts.push(id);
      }
      const w = units.length > 0 ? 1 / units.length : 0;
      unitWeight.set(s.nameKey, w);
      for (const u of units) unitTotal.set(u, (unitTotal.get(u) ?? 0) + w);
      if (pts.length > 0) points.push(pts);
    }
    if (unitWeight.size < 2) return;
    const near = this.nearness(points);
    // Repeated names share their bonuses (same name, same candidates).
    const done = new Map<string, number[]>();
    for (const s of scored) {
      const ids = s.mention.candidates;
      const memoKey = `${s.nameKey}|${ids.length}|${ids[0]}`;
      let bonuses = done.get(memoKey);
      if (!bonuses) {
        bonuses = new Array<number>(ids.length);
        const own = unitWeight.get(s.nameKey) ?? 0;
        for (let k = 0; k < ids.length; k++) {
          const p = this.gazetteer.place(ids[k]);
          let bonus = 0;
          if (p.admin1Id !== undefined && p.kind !== 'admin1') {
            const c = (unitTotal.get(p.admin1Id) ?? 0) - own;
            if (c > 1e-9) bonus += Math.min(this.w.coverageCap, this.w.coverageWeight * c);
          }
          const n = near?.get(ids[k]);
          if (n !== undefined) bonus += Math.min(this.w.proximityCap, this.w.proximityWeight * n);
          bonuses[k] = bonus;
        }
        done.set(memoKey, bonuses);
      }
      for (let k = 0; k < ids.length; k++) s.scores[k] += bonuses[k];
    }
  }

  /** For each candidate point, the sum of 1/k over the other names with a candidate in its or a neighbouring grid cell. */
  private nearness(names: number[][]): Map<number, number> | null {
    if (names.length < 2) return null;
    const grid = new Map<number, number[]>();
    const cells: number[][] = [];
    for (let n = 0; n < names.length; n++) {
      const cs: number[] = [];
      for (const id of names[n]) {
        const c = this.cell(id);
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
  private cell(id: number): number {
    const p = this.gazetteer.place(id);
    return Math.floor((p.lat as number) * 2 + 180) * 1000 + Math.floor((p.lon as number) * 2 + 360);
  }

  /** Support from the rest of the article: other names only, so nine "Mansfield"s do not vote for themselves. */
  private contextBonus(p: Place, votes: Votes, nameKey: string): number {
    if (!p.country) return 0;
    const own = votes.byName.get(nameKey);
    const c = (votes.country.get(p.country) ?? 0) - (own?.country === p.country ? 1 : 0);
    let bonus = Math.min(this.w.countryVoteCap, this.w.countryVote * c);
    // A town alone in its country, in an article whose other names agree on another one, is
    // probably that other country's namesake we do not hold (Edmonton in north London).
    if (c <= 0 && (p.kind === 'city' || p.kind === 'admin1') && !p.capital && votes.topCountryVotes - (own?.country === votes.topCountry ? 1 : 0) >= 2) bonus -= this.w.strayCountryPenalty;
    if (c <= 0) {
      // Neighbours support each other: Lebanon next to Israel is the country, not the Ohio town.
      let n = 0;
      for (const nb of this.gazetteer.country(p.country)?.borders ?? []) n += votes.country.get(nb) ?? 0;
      bonus += Math.min(3, n);
    }
    if (p.admin1 && p.kind !== 'admin1') {
      const key = `${p.country}/${p.admin1}`;
      const a = (votes.admin1.get(key) ?? 0) - (own?.admin1 === key ? 1 : 0);
      // Each further name in the same admin-1 adds to it: three towns of one state outweigh a big namesake.
      // A state named outright ("Georgia", "Ga.") adds more: it is no guess of the first round.
      if (a > 0) bonus += 3 + 2 * Math.min(3, a - 1) + 3 * Math.min(2, votes.admin1Named.get(key) ?? 0);
    }
    // Towns near the article's other towns: Enfield next to London is the London borough.
    // Only towns in a country the article already supports are worth the distance check.
    if (c > 0 && (p.kind === 'city' || p.kind === 'site') && p.lat !== null && p.lon !== null && votes.points.length > 0) {
      let nearest = Infinity;
      for (const v of votes.points) {
        if (v.name === nameKey) continue;
        const d = approxKm(p.lat, p.lon, v.lat, v.lon);
        if (d < nearest) nearest = d;
      }
      bonus += nearest < 60 ? 3 : nearest < 200 ? 1.5 : 0;
    }
    return bonus;
  }

  /** "Geneva", "Baghdad": a province named after its big city means the city. */
  private preferCity(id: number, candidates: readonly number[]): number {
    const p = this.gazetteer.place(id);
    if (p.kind !== 'admin1') return id;
    for (const c of candidates) {
      const q = this.gazetteer.place(c);
      if (q.kind === 'city' && q.country === p.country && q.admin1 === p.admin1 && q.population >= 50_000) return c;
    }
    return id;
  }

  /** The admin-1 most names support in `country` (a state named outright counts twice), not counting `exceptName`'s own reading. */
  private dominantAdmin1(votes: Votes, country: string | null, exceptName: string): string | null {
    const own = votes.byName.get(exceptName)?.admin1;
    let best: string | null = null;
    let bestVotes = 0;
    for (const [key, raw] of votes.admin1) {
      const v = raw - (own === key ? 1 : 0) + (votes.admin1Named.get(key) ?? 0);
      const slash = key.indexOf('/');
      if (key.slice(0, slash) === country && v > bestVotes) { bestVotes = v; best = key.slice(slash + 1); }
    }
    return best;
  }

  /**
   * A small town alone in its admin-1, in an article whose other names agree on another admin-1 of
   * the same country, is usually a namesake we do not hold (a "Kent" in a Minnesota paper) or not a
   * place at all ("Star", "Williams"): local news names its own state's towns.
   */
  private strayTown(id: number, nameKey: string, votes: Votes): boolean {
    const p = this.gazetteer.place(id);
    if (p.kind !== 'city' || p.capital || !p.admin1 || !p.country || p.population >= STRAY_TOWN_MAX_POPULATION) return false;
    const ownKey = `${p.country}/${p.admin1}`;
    const own = votes.byName.get(nameKey);
    const ownSupport = (votes.admin1.get(ownKey) ?? 0) - (own?.admin1 === ownKey ? 1 : 0);
    if (ownSupport > 0) return false;
    const prefix = `${p.country}/`;
    for (const [key, v] of votes.admin1) {
      // A state named outright ("Minnesota", "Ga.") counts twice: it says where the paper is.
      if (key !== ownKey && key.startsWith(prefix) && v + (votes.admin1Named.get(key) ?? 0) >= STRAY_TOWN_MIN_OTHER) return true;
    }
    return false;
  }

  /** One vote per distinct name, for the country and admin-1 of its first-pass reading. */
  private votes(scored: Scored[], picks: (Pick | null)[]): Votes {
    const byName = new Map<string, NameVote>();
    for (let k = 0; k < scored.length; k++) {
      const pick = picks[k];
      if (!pick || byName.has(scored[k].nameKey)) continue;
      const p = this.gazetteer.place(pick.id);
      if (!p.country || (scored[k].role !== 'literal' && p.kind !== 'country')) continue;
      byName.set(scored[k].nameKey, {
        country: p.country, admin1: p.admin1 ? `${p.country}/${p.admin1}` : null, named: p.kind === 'admin1',
        // Only towns and sites pin a point: a country's centroid says nothing about nearness.
        lat: (p.kind === 'city' || p.kind === 'site') ? p.lat : null, lon: (p.kind === 'city' || p.kind === 'site') ? p.lon : null,
      });
    }
    const country = new Map<string, number>();
    const admin1 = new Map<string, number>();
    const admin1Named = new Map<string, number>();
    for (const v of byName.values()) {
      if (v.named && v.admin1) admin1Named.set(v.admin1, (admin1Named.get(v.admin1) ?? 0) + 1);
      country.set(v.country, (country.get(v.country) ?? 0) + 1);
      if (v.admin1) admin1.set(v.admin1, (admin1.get(v.admin1) ?? 0) + 1);
    }
    const points: Point[] = [];
    for (const [name, v] of byName) if (v.lat !== null && v.lon !== null) points.push({ name, lat: v.lat, lon: v.lon });
    let topCountry: string | null = null;
    let topCountryVotes = 0;
    for (const [c, v] of country) if (v > topCountryVotes) { topCountryVotes = v; topCountry = c; }
    return { country, admin1, admin1Named, byName, points, topCountry, topCountryVotes };
  }

  private summarise(mentions: GeoMention[]): GeoResult {
    const countryWeight = new Map<string, number>();
    const primaryWeight = new Map<string, number>();
    for (const m of mentions) {
      const c = m.place.country;
      if (!c) continue;
      const pos = this.position(m) * (m.locative ? this.w.locativeBoost : 1);
      if (m.role === 'literal') {
        countryWeight.set(c, (countryWeight.get(c) ?? 0) + (m.inTitle ? 2 : 1));
        primaryWeight.set(c, (primaryWeight.get(c) ?? 0) + pos * m.confidence);
      } else {
        // Actors and demonyms ("US forces", "French police") lean towards, but rarely decide, the place.
        primaryWeight.set(c, (primaryWeight.get(c) ?? 0) + this.w.actorShare * pos * m.confidence);
      }
    }
    const countries = [...countryWeight.entries()].sort((a, b) => b[1] - a[1]).map(([c]) => c);
    let primaryCountry: string | null = null;
    let bestWeight = 0;
    for (const [c, w] of primaryWeight) if (w > bestWeight) { bestWeight = w; primaryCountry = c; }
    if (primaryCountry && !countries.includes(primaryCountry)) countries.push(primaryCountry);
    let primary: GeoMention | null = null;
    let primaryScore = 0;
    const admin1Weight = new Map<string, number>();
    for (const m of mentions) {
      if (m.place.country !== primaryCountry) continue;
      const pos = this.position(m);
      if (m.place.admin1) admin1Weight.set(m.place.admin1, (admin1Weight.get(m.place.admin1) ?? 0) + pos);
      if (m.role !== 'literal') continue;
      const score = pos * (1 + 0.5 * SPECIFICITY[m.place.kind]) * m.confidence;
      if (score > primaryScore) { primaryScore = score; primary = m; }
    }
    if (!primary) primary = mentions.find((m) => m.place.country === primaryCountry) ?? null;
    let primaryAdmin1 = primary?.place.admin1 ?? null;
    if (!primaryAdmin1) {
      let w = 0;
      for (const [a, v] of admin1Weight) if (v > w) { w = v; primaryAdmin1 = a; }
    }
    const primaryAdmin1Code = primaryAdmin1 === primary?.place.admin1 ? primary?.place.admin1Code ?? null : this.gazetteer.admin1Code(primaryCountry, primaryAdmin1);
    return { mentions, primary, primaryAdmin1, primaryAdmin1Code, countries };
  }
}

const SPECIFICITY: Record<Place['kind'], number> = { region: 0, country: 0, demonym: 0, admin1: 1, admin2: 1.5, city: 2, site: 3 };

interface NameVote { country: string; admin1: string | null; named: boolean; lat: number | null; lon: number | null }
interface Point { name: string; lat: number; lon: number }
interface Votes { country: Map<string, number>; admin1: Map<string, number>; admin1Named: Map<string, number>; byName: Map<string, NameVote>; points: Point[]; topCountry: string | null; topCountryVotes: number }
interface Pick { id: number; score: number; margin: number; rival: number }
/** Offsets of a grid cell and its eight neighbours in cell()'s numbering. */
const NEIGHBOUR_CELLS = [-1001, -1000, -999, -1, 0, 1, 999, 1000, 1001];

/** Equirectangular distance: plenty for "is this town near that one". */
function approxKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const x = ((lon2 - lon1) * Math.PI / 180) * Math.cos(((lat1 + lat2) / 2) * Math.PI / 180);
  const y = (lat2 - lat1) * Math.PI / 180;
  return 6371 * Math.sqrt(x * x + y * y);
}
