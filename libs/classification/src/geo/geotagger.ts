import { Gazetteer } from '../gazetteer/gazetteer';
import { Place } from '../gazetteer/place';
import { foldWord } from '../text/fold';
import { TokenizedText } from '../text/tokenizer';
import { commonEnglishWords, englishFirstNames, englishStopwords } from '../text/word-lists';
import { GeoMention, GeoResult, MentionRole } from './geo-mention';
import { findMentions, RawMention } from './mention-finder';

export interface GeoContext {
  /** Sentences that belong to the title. */
  titleSentences: number;
  /** Sentences about other, earlier events ("a week earlier, …"). */
  background: ReadonlySet<number>;
}

/** A name followed by one of these is a government or force acting, not a place. */
const SPEECH_VERBS = new Set(['seeks', 'sought', 'bans', 'banned', 'plans', 'planned', 'launches', 'launched', 'approves', 'approved', 'expels', 'expelled', 'pushes', 'pushed', 'asks', 'asked', 'tells', 'told', 'criticizes', 'criticized', 'criticises', 'criticised', 'considers', 'considered', 'announces', 'reacts', 'reacted', 'hits', 'slams', 'slammed', 'backs', 'backed', 'recognizes', 'recognized', 'joins', 'joined', 'refuses', 'refused', 'wins', 'won', 'beat', 'beats', 'lost', 'loses', 'needs', 'needed', 'must', 'should', 'would', 'could', 'can', 'cannot', 'may', 'might', 'has', 'had', 'have', 'is', 'was', 'will', 'does', 'did', 'gets', 'got', 'made', 'makes', 'took', 'takes', 'gave', 'gives', 'became', 'becomes', 'remains', 'remained', 'continues', 'continued', 'tried', 'tries', 'sees', 'saw', 'faces', 'faced', 'expects', 'expected', 'supports', 'supported', 'opposes', 'opposed', 'offers', 'offered', 'invests', 'invested', 'exports', 'exported', 'imports', 'imported', 'trades', 'buys', 'bought', 'sells', 'sold', 'allows', 'allowed', 'promises', 'promised', 'pledges', 'pledged', 'insisted', 'said', 'says', 'say', 'announced', 'announces', 'warned', 'warns', 'accused', 'accuses', 'insisted', 'insists', 'denied', 'denies', 'claimed', 'claims', 'responded', 'rejected', 'rejects', 'condemned', 'condemns', 'wants', 'demanded', 'demands', 'urged', 'urges', 'vowed', 'vows', 'threatened', 'threatens', 'believes', 'blamed', 'blames', 'argued', 'argues', 'hopes', 'agreed', 'agrees', 'signed', 'signs', 'sent', 'sends', 'imposed', 'imposes', 'retaliated', 'ordered', 'called', 'calls']);
const FORCE_NOUNS = new Set(['forces', 'force', 'troops', 'soldiers', 'military', 'army', 'navy', 'officials', 'official', 'personnel', 'embassy', 'government', 'diplomats', 'diplomat', 'authorities', 'marines', 'warplanes', 'jets', 'aircraft', 'ambassador', 'president', 'minister', 'leaders', 'administration', 'coalition', 'servicemen', 'service', 'citizens', 'nationals', 'intelligence', 'defense', 'defence', 'state', 'media', 'officers', 'police', 'strike', 'strikes', 'airstrike', 'airstrikes', 'drone', 'drones', 'missile', 'missiles', 'warships', 'navy', 'envoy', 'delegation', 'allies', 'ally', 'counterpart', 'spokesman', 'spokeswoman', 'sanctions', 'led', 'backed']);
/** Capitalised words that may stand before a place without making it a person's name. */
const PLACE_PREFIXES = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'northeast', 'northwest', 'southeast', 'southwest', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'upper', 'lower', 'greater', 'downtown', 'rural', 'suburban', 'metro', 'coastal', 'occupied', 'in', 'at', 'from', 'to', 'near', 'outside', 'across']);
/** Capitalised words that may follow a place and still leave it a place. */
const PLACE_SUFFIXES = new Set(['province', 'governorate', 'district', 'county', 'city', 'state', 'region', 'town', 'village', 'oblast', 'department', 'prefecture', 'parish', 'airport', 'base', 'river', 'valley', 'mountains', 'mountain', 'strip', 'border', 'area', 'islands', 'island', 'coast', 'bay', 'lake', 'port', 'harbor', 'harbour', 'street', 'road', 'square', 'camp', 'refugee', 'airfield', 'airbase', 'highway', 'bridge', 'dam', 'crossing', 'heights', 'sea', 'gulf', 'peninsula', 'plain', 'plains', 'desert', 'township', 'borough', 'municipality', 'metropolitan', 'center', 'centre']);

/** Titles before a name that make it a person ("Mr. Jones", "Sen. Lebanon" never is a place). */
const PERSON_TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sen', 'senator', 'rep', 'gov', 'governor', 'judge', 'sheriff', 'officer', 'coach', 'president', 'pastor', 'rev', 'reverend', 'sgt', 'sergeant', 'lt', 'lieutenant', 'capt', 'captain', 'det', 'detective', 'deputy', 'chief', 'mayor', 'councilman', 'councilwoman', 'commissioner', 'justice', 'attorney', 'prof', 'professor', 'sir', 'lord', 'lady', 'gen', 'general', 'col', 'colonel', 'maj', 'major', 'cpl', 'pvt', 'spc', 'trooper', 'agent', 'superintendent', 'principal', 'dean', 'minister', 'secretary', 'chairman', 'chairwoman', 'director', 'manager', 'st', 'saint']);
/** Tokens that look like names in the gazetteer but are abbreviations or particles in news text. */
const NOT_PLACES = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'al', 'el', 'eu', 'un', 'nato', 'ap', 'afp', 'inc', 'ltd', 'co', 'corp', 'tv', 'pm', 'am', 'god', 'jesus', 'christ', 'allah', 'el nino', 'la nina', 'christmas', 'easter', 'halloween', 'thanksgiving', 'ramadan', 'eid', 'hanukkah', 'passover']);
/**
 * English-language news is about the United States far more than any other country, so an
 * otherwise even choice between towns leans there (the same kind of prior as population).
 */
const NEWS_COUNTRY_PRIOR: Record<string, number> = { US: 0.8 };
/** A name whose candidates all lie in one country needs less evidence than one spread over many. */
const MIN_SCORE_ONE_COUNTRY = 3.3;

const PREPOSITIONS = new Set(['in', 'at', 'near', 'from', 'outside', 'to', 'toward', 'towards', 'into', 'across', 'around', 'through', 'via', 'within', 'between']);
const COUNTY_WORDS = new Set(['county', 'parish', 'township', 'borough']);

/** Admin-1 units named only by a direction ("Centre", "West Coast"): in text these are generic. */
const GENERIC_REGION_WORDS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'centre', 'center', 'coast', 'coastal', 'northeast', 'northwest', 'southeast', 'southwest', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'upper', 'lower', 'capital', 'midlands', 'highlands', 'lowlands', 'islands', 'island', 'mid', 'far', 'middle', 'plateau', 'lakes', 'lake', 'valley', 'north-east', 'south-east', 'north-west', 'south-west']);

/** Heads of "<Institution> of <Country>" names. */
const INSTITUTIONS = new Set(['bank', 'ministry', 'government', 'embassy', 'university', 'president', 'minister', 'king', 'queen', 'prince', 'parliament', 'congress', 'senate', 'court', 'council', 'commission', 'church', 'people', 'army', 'navy', 'federation', 'association', 'union', 'chamber', 'institute', 'academy', 'museum', 'college', 'office', 'department', 'consulate', 'ambassador', 'prime', 'emperor', 'sultan', 'emir', 'party', 'league', 'team', 'club', 'cup', 'open', 'championship', 'grand', 'tour']);

const KIND_PRIOR: Record<Place['kind'], number> = { country: 10, demonym: 9, region: 9, site: 10, admin1: 6, admin2: 0, city: 0 };
const MIN_SCORE = 4.5;
/** Context bonus per supporting mention of the same country, and its cap. */
const COUNTRY_VOTE = 2.5;
const COUNTRY_VOTE_CAP = 7;

interface Scored { mention: RawMention; scores: number[]; penalty: number; role: MentionRole; sentence: number; inTitle: boolean; background: boolean; county: boolean; nameKey: string }

/**
 * Finds place names, resolves each to one gazetteer entry (population prior + the countries and
 * admin-1 units the rest of the article supports), tells places from actors, and picks the
 * primary location weighted to the title and lead.
 */
export class Geotagger {
  private readonly common = commonEnglishWords();
  private readonly stop = englishStopwords();
  private readonly firstNames = englishFirstNames();

  constructor(private readonly gazetteer: Gazetteer) {}

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
    const first = scored.map((s) => this.pick(s, null));
    const votes = this.votes(scored, first);
    const mentions: GeoMention[] = [];
    for (let k = 0; k < scored.length; k++) {
      const s = scored[k];
      const best = this.pick(s, votes);
      if (!best) continue;
      const { id, score, margin } = best;
      const found = this.gazetteer.place(id);
      const place: Place = s.county ? { ...found, kind: 'admin2', admin1: null, name: `${found.name} County` } : found;
      const t0 = doc.tokens[s.mention.first];
      const t1 = doc.tokens[s.mention.last];
      mentions.push({
        name: doc.text.slice(t0.start, t1.end), span: [t0.start, t1.end], placeId: id, place,
        confidence: Math.max(0.05, Math.min(0.99, 0.45 + margin / 12 + (score - MIN_SCORE) / 30)),
        role: place.kind === 'demonym' ? 'demonym' : place.actor ? 'actor' : s.role, sentence: s.sentence, inTitle: s.inTitle, background: s.background,
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
    for (const m of raw) {
      const prev = m.first > 0 ? tokens[m.first - 1] : undefined;
      const t0 = tokens[m.first];
      const next = tokens[m.last + 1];
      // "Jordan Henderson", "Paris Hilton": a first name running into another capitalised word.
      if (m.first === m.last && this.firstNames.has(t0.norm) && next && next.sentence === t0.sentence && next.cap
        && /^\s+$/.test(text.slice(tokens[m.last].end, next.start)) && !PLACE_SUFFIXES.has(next.norm) && !this.stop.has(next.norm) && !this.isPlaceToken(next.norm)
        && !this.common.has(next.norm)) {
        out.add(this.key(tokens, m));
        continue;
      }
      if (!prev || prev.sentence !== t0.sentence || !prev.cap) continue;
      const gap = text.slice(prev.end, t0.start);
      if (PERSON_TITLES.has(prev.norm) && /^\.?\s+$/.test(gap)) out.add(this.key(tokens, m));
      else if (this.firstNames.has(prev.norm) && /^\s+$/.test(gap) && !this.isPlaceToken(prev.norm)) out.add(this.key(tokens, m));
      else if (/^\s+$/.test(gap) && !PLACE_PREFIXES.has(prev.norm) && !this.stop.has(prev.norm) && prev.norm.length > 1 && !this.isPlaceToken(prev.norm)
        && !this.common.has(prev.norm)) out.add(this.key(tokens, m));
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
    // "Scott County": a county named like a town; we hold no counties, so keep only the country.
    const county = nextTok !== undefined && COUNTY_WORDS.has(nextTok.norm) && /^\s+$/.test(text.slice(t1.end, nextTok.start));
    let ids = m.candidates.filter((id) => {
      const p = this.gazetteer.place(id);
      if (commonWord && (p.kind === 'city' || p.kind === 'admin1') && !placeSyntax && !allCaps) return false;
      if (p.kind === 'admin1' && this.genericRegion(p.name)) return false;
      if (p.kind === 'city' && surface.length <= 2) return false;
      if (county && p.kind !== 'city' && p.kind !== 'admin1') return false;
      if (p.codeOnly) return !allCaps && surface === surface.toUpperCase();
      if (p.abbrev) return /,\s*$/.test(text.slice(Math.max(0, t0.start - 3), t0.start));
      return true;
    });
    if (ids.length === 0) return null;
    let penalty = 0;
    const prev = m.first > 0 ? tokens[m.first - 1] : undefined;
    const next = tokens[m.last + 1];
    const sentenceStart = !prev || prev.sentence !== t0.sentence;
    if (NOT_PLACES.has(this.key(tokens, m))) return null;
    // Short all-capitals words in mixed-case text are acronyms ("BA", "BOE"), not towns.
    if (!allCaps && single && surface.length <= 4 && surface === surface.toUpperCase() && ids.every((id) => this.gazetteer.place(id).kind === 'city')) return null;
    if (commonWord) penalty += allCaps || !placeSyntax ? 6 : 2;
    // Evidence that the name is a person's: towns of that name are out, a country needs more support.
    let person = persons.has(this.key(tokens, m)); // "Michael Jordan", "Sen. Harman", then "Harman said"
    let role: MentionRole = 'literal';
    // "Iran-aligned", "US-led": the name modifies a word, it is not where anything happened.
    if (/^[-‐‑]\p{L}/u.test(text.slice(t1.end, t1.end + 2))) role = 'demonym';
    else if (next && next.sentence === t0.sentence && /^\.?\s+$/.test(text.slice(t1.end, next.start))) {
      if (SPEECH_VERBS.has(next.norm) || FORCE_NOUNS.has(next.norm)) {
        role = 'actor';
        // Only a capital or a country speaks for a state; "Harman said" is a person.
        if (SPEECH_VERBS.has(next.norm) && !ids.some((id) => this.speaksForState(id))) person = true;
      } else if (!allCaps && next.cap && !PLACE_SUFFIXES.has(next.norm) && !this.stop.has(next.norm) && !this.isPlaceToken(next.norm)) {
        // "Ripley High School" may still be the town; "Jordan Peterson" is not.
        if (this.common.has(next.norm)) penalty += 3;
        else person = true;
      }
    }
    // "US$3.7m" is money.
    if (text.charAt(t1.end) === '$') return null;
    // "DPRK-U.S. summit": the second half of a hyphenated pair modifies a word too.
    if (t0.hyphenBefore && prev && prev.sentence === t0.sentence) role = 'demonym';
    // "Bank of Japan", "Central Bank of Malta", "US Federal Reserve": an institution, not a place.
    if (prev && prev.norm === 'of' && m.first > 1 && tokens[m.first - 2].cap && INSTITUTIONS.has(tokens[m.first - 2].norm)) role = 'actor';
    if (person && role === 'literal' && ids.some((id) => this.gazetteer.place(id).kind === 'country') && next?.cap) role = 'actor';
    if (person) {
      penalty += 8;
      ids = ids.filter((id) => { const k = this.gazetteer.place(id).kind; return k === 'country' || k === 'demonym' || k === 'region' || k === 'site'; });
      if (ids.length === 0) return null;
    }
    return {
      mention: { ...m, candidates: ids }, scores: ids.map((id) => this.prior(this.gazetteer.place(id))), penalty, role,
      sentence: t0.sentence, inTitle: t0.sentence < ctx.titleSentences, background: ctx.background.has(t0.sentence), county,
      nameKey: this.key(tokens, m),
    };
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
    const base = KIND_PRIOR[p.kind];
    if (p.kind === 'city') return Math.log10(p.population + 1) + (NEWS_COUNTRY_PRIOR[p.country ?? ''] ?? 0) + (p.capital ? 2 : 0);
    if (p.kind === 'admin1') return base + Math.log10(p.population + 1) * 0.3;
    return base;
  }

  private pick(s: Scored, votes: Votes | null): Pick | null {
    let best = -1;
    let bestScore = -Infinity;
    let second = -Infinity;
    const ids = s.mention.candidates;
    for (let k = 0; k < ids.length; k++) {
      const p = this.gazetteer.place(ids[k]);
      let score = s.scores[k] - s.penalty;
      if (votes) score += this.contextBonus(p, votes, s.nameKey);
      if (score > bestScore) { second = bestScore; bestScore = score; best = ids[k]; } else if (score > second) second = score;
    }
    if (best < 0) return null;
    const bestCountry = this.gazetteer.place(best).country;
    const oneCountry = ids.every((id) => this.gazetteer.place(id).country === bestCountry);
    if (bestScore < (oneCountry ? MIN_SCORE_ONE_COUNTRY : MIN_SCORE)) return null;
    return { id: best, score: bestScore, margin: Number.isFinite(second) ? bestScore - second : 6 };
  }

  /** Support from the rest of the article: other names only, so nine "Mansfield"s do not vote for themselves. */
  private contextBonus(p: Place, votes: Votes, nameKey: string): number {
    if (!p.country) return 0;
    const own = votes.byName.get(nameKey);
    const c = (votes.country.get(p.country) ?? 0) - (own?.country === p.country ? 1 : 0);
    let bonus = Math.min(COUNTRY_VOTE_CAP, COUNTRY_VOTE * c);
    if (c <= 0) {
      // Neighbours support each other: Lebanon next to Israel is the country, not the Ohio town.
      let n = 0;
      for (const nb of this.gazetteer.country(p.country)?.borders ?? []) n += votes.country.get(nb) ?? 0;
      bonus += Math.min(3, n);
    }
    if (p.admin1 && p.kind !== 'admin1') {
      const key = `${p.country}/${p.admin1}`;
      const a = (votes.admin1.get(key) ?? 0) - (own?.admin1 === key ? 1 : 0);
      if (a > 0) bonus += 3;
    }
    return bonus;
  }

  /** One vote per distinct name, for the country and admin-1 of its first-pass reading. */
  private votes(scored: Scored[], picks: (Pick | null)[]): Votes {
    const byName = new Map<string, { country: string; admin1: string | null }>();
    for (let k = 0; k < scored.length; k++) {
      const pick = picks[k];
      if (!pick || byName.has(scored[k].nameKey)) continue;
      const p = this.gazetteer.place(pick.id);
      if (!p.country || scored[k].role !== 'literal' && p.kind !== 'country') continue;
      byName.set(scored[k].nameKey, { country: p.country, admin1: p.admin1 ? `${p.country}/${p.admin1}` : null });
    }
    const country = new Map<string, number>();
    const admin1 = new Map<string, number>();
    for (const v of byName.values()) {
      country.set(v.country, (country.get(v.country) ?? 0) + 1);
      if (v.admin1) admin1.set(v.admin1, (admin1.get(v.admin1) ?? 0) + 1);
    }
    return { country, admin1, byName };
  }

  private summarise(mentions: GeoMention[]): GeoResult {
    const countryWeight = new Map<string, number>();
    const primaryWeight = new Map<string, number>();
    for (const m of mentions) {
      const c = m.place.country;
      if (!c) continue;
      const pos = m.background ? 0.25 : m.inTitle ? 3 : m.sentence <= 2 ? 2 : 1;
      if (m.role === 'literal') {
        countryWeight.set(c, (countryWeight.get(c) ?? 0) + (m.inTitle ? 2 : 1));
        primaryWeight.set(c, (primaryWeight.get(c) ?? 0) + pos * m.confidence);
      } else {
        primaryWeight.set(c, (primaryWeight.get(c) ?? 0) + 0.2 * pos * m.confidence);
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
      const pos = m.background ? 0.25 : m.inTitle ? 3 : m.sentence <= 2 ? 2 : 1;
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
    return { mentions, primary, primaryAdmin1, countries };
  }
}

const SPECIFICITY: Record<Place['kind'], number> = { region: 0, country: 0, demonym: 0, admin1: 1, admin2: 1.5, city: 2, site: 3 };

interface Votes { country: Map<string, number>; admin1: Map<string, number>; byName: Map<string, { country: string; admin1: string | null }> }
interface Pick { id: number; score: number; margin: number }
