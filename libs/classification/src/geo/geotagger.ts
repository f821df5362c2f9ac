import { Gazetteer } from '../gazetteer/gazetteer';
import { Place } from '../gazetteer/place';
import { foldWord } from '../text/fold';
import { TokenizedText } from '../text/tokenizer';
import { commonEnglishWords, englishStopwords } from '../text/word-lists';
import { GeoMention, GeoResult, MentionRole } from './geo-mention';
import { findMentions, RawMention } from './mention-finder';

export interface GeoContext {
  /** Sentences that belong to the title. */
  titleSentences: number;
  /** Sentences about other, earlier events ("a week earlier, …"). */
  background: ReadonlySet<number>;
}

/** A name followed by one of these is a government or force acting, not a place. */
const SPEECH_VERBS = new Set(['said', 'says', 'say', 'announced', 'announces', 'warned', 'warns', 'accused', 'accuses', 'insisted', 'insists', 'denied', 'denies', 'claimed', 'claims', 'responded', 'rejected', 'rejects', 'condemned', 'condemns', 'wants', 'demanded', 'demands', 'urged', 'urges', 'vowed', 'vows', 'threatened', 'threatens', 'believes', 'blamed', 'blames', 'argued', 'argues', 'hopes', 'agreed', 'agrees', 'signed', 'signs', 'sent', 'sends', 'imposed', 'imposes', 'retaliated', 'ordered', 'called', 'calls']);
const FORCE_NOUNS = new Set(['forces', 'force', 'troops', 'soldiers', 'military', 'army', 'navy', 'officials', 'official', 'personnel', 'embassy', 'government', 'diplomats', 'diplomat', 'authorities', 'marines', 'warplanes', 'jets', 'aircraft', 'ambassador', 'president', 'minister', 'leaders', 'administration', 'coalition', 'servicemen', 'service', 'citizens', 'nationals', 'intelligence', 'defense', 'defence', 'state', 'media', 'officers', 'police', 'strike', 'strikes', 'airstrike', 'airstrikes', 'drone', 'drones', 'missile', 'missiles', 'warships', 'navy', 'envoy', 'delegation', 'allies', 'ally', 'counterpart', 'spokesman', 'spokeswoman', 'sanctions', 'led', 'backed']);
/** Capitalised words that may stand before a place without making it a person's name. */
const PLACE_PREFIXES = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'northeast', 'northwest', 'southeast', 'southwest', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'upper', 'lower', 'greater', 'downtown', 'rural', 'suburban', 'metro', 'coastal', 'occupied', 'in', 'at', 'from', 'to', 'near', 'outside', 'across']);
/** Capitalised words that may follow a place and still leave it a place. */
const PLACE_SUFFIXES = new Set(['province', 'governorate', 'district', 'county', 'city', 'state', 'region', 'town', 'village', 'oblast', 'department', 'prefecture', 'parish', 'airport', 'base', 'river', 'valley', 'mountains', 'mountain', 'strip', 'border', 'area', 'islands', 'island', 'coast', 'bay', 'lake', 'port', 'harbor', 'harbour', 'street', 'road', 'square', 'camp', 'refugee', 'airfield', 'airbase', 'highway', 'bridge', 'dam', 'crossing', 'heights', 'sea', 'gulf', 'peninsula', 'plain', 'plains', 'desert', 'township', 'borough', 'municipality', 'metropolitan', 'center', 'centre']);

const KIND_PRIOR: Record<Place['kind'], number> = { country: 10, demonym: 9, region: 9, site: 10, admin1: 6, city: 0 };
const MIN_SCORE = 3;

interface Scored { mention: RawMention; scores: number[]; penalty: number; role: MentionRole; sentence: number; inTitle: boolean; background: boolean }

/**
 * Finds place names, resolves each to one gazetteer entry (population prior + the countries and
 * admin-1 units the rest of the article supports), tells places from actors, and picks the
 * primary location weighted to the title and lead.
 */
export class Geotagger {
  private readonly common = commonEnglishWords();
  private readonly stop = englishStopwords();

  constructor(private readonly gazetteer: Gazetteer) {}

  tag(doc: TokenizedText, ctx: GeoContext): GeoResult {
    const raw = findMentions(doc, this.gazetteer);
    const scored: Scored[] = [];
    for (const m of raw) {
      const s = this.prepare(doc, m, ctx);
      if (s) scored.push(s);
    }
    // Two passes: the first settles clear names, whose countries and admin-1 units then
    // decide the ambiguous ones (Georgia next to Atlanta, Haditha next to Anbar).
    const first = scored.map((s) => this.pick(s, null));
    const votes = this.votes(scored, first);
    const mentions: GeoMention[] = [];
    for (let k = 0; k < scored.length; k++) {
      const s = scored[k];
      const best = this.pick(s, votes, first[k]);
      if (!best) continue;
      const { id, score, margin } = best;
      const place = this.gazetteer.place(id);
      const t0 = doc.tokens[s.mention.first];
      const t1 = doc.tokens[s.mention.last];
      mentions.push({
        name: doc.text.slice(t0.start, t1.end), span: [t0.start, t1.end], placeId: id, place,
        confidence: Math.max(0.05, Math.min(0.99, 0.45 + margin / 12 + (score - MIN_SCORE) / 30)),
        role: place.kind === 'demonym' ? 'demonym' : s.role, sentence: s.sentence, inTitle: s.inTitle, background: s.background,
      });
    }
    return this.summarise(mentions);
  }

  /** Drops impossible candidates and computes the penalties that do not depend on other names. */
  private prepare(doc: TokenizedText, m: RawMention, ctx: GeoContext): Scored | null {
    const { tokens, text, allCaps } = doc;
    const t0 = tokens[m.first];
    const t1 = tokens[m.last];
    const surface = text.slice(t0.start, t1.end);
    const single = m.first === m.last;
    const ids = m.candidates.filter((id) => {
      const p = this.gazetteer.place(id);
      if (p.codeOnly) return !allCaps && surface === surface.toUpperCase();
      if (p.abbrev) return /,\s*$/.test(text.slice(Math.max(0, t0.start - 3), t0.start));
      return true;
    });
    if (ids.length === 0) return null;
    let penalty = 0;
    const prev = m.first > 0 ? tokens[m.first - 1] : undefined;
    const next = tokens[m.last + 1];
    const sentenceStart = !prev || prev.sentence !== t0.sentence;
    const lowerForm = foldWord(surface);
    const isCommon = single && this.common.has(lowerForm);
    if (isCommon) penalty += sentenceStart || allCaps ? 6 : 3;
    if (!allCaps && prev && prev.sentence === t0.sentence && prev.cap && /^\s+$/.test(text.slice(prev.end, t0.start))
      && !PLACE_PREFIXES.has(prev.norm) && !this.stop.has(prev.norm) && prev.norm.length > 1) {
      penalty += 7; // "Michael Jordan", "Fort Worth Star": a name runs into this one
    }
    let role: MentionRole = 'literal';
    // "Iran-aligned", "US-led": the name modifies a word, it is not where anything happened.
    if (/^[-‐‑][a-z]/.test(text.slice(t1.end, t1.end + 2))) role = 'demonym';
    else if (next && next.sentence === t0.sentence && /^\s+$/.test(text.slice(t1.end, next.start))) {
      if (SPEECH_VERBS.has(next.norm) || FORCE_NOUNS.has(next.norm)) role = 'actor';
      else if (!allCaps && next.cap && !PLACE_SUFFIXES.has(next.norm) && !this.stop.has(next.norm)) penalty += 4;
    }
    return {
      mention: { ...m, candidates: ids }, scores: ids.map((id) => this.prior(this.gazetteer.place(id))), penalty, role,
      sentence: t0.sentence, inTitle: t0.sentence < ctx.titleSentences, background: ctx.background.has(t0.sentence),
    };
  }

  private prior(p: Place): number {
    const base = KIND_PRIOR[p.kind];
    if (p.kind === 'city') return Math.log10(p.population + 1);
    if (p.kind === 'admin1') return base + Math.log10(p.population + 1) * 0.3;
    return base;
  }

  private pick(s: Scored, votes: Votes | null, firstPick?: Pick | null): Pick | null {
    let best = -1;
    let bestScore = -Infinity;
    let second = -Infinity;
    const ids = s.mention.candidates;
    for (let k = 0; k < ids.length; k++) {
      const p = this.gazetteer.place(ids[k]);
      let score = s.scores[k] - (p.kind === 'country' || p.kind === 'demonym' ? s.penalty * 0.6 : s.penalty);
      if (votes) score += this.contextBonus(p, votes, firstPick?.id === ids[k] ? firstPick : null);
      if (score > bestScore) { second = bestScore; bestScore = score; best = ids[k]; } else if (score > second) second = score;
    }
    if (best < 0 || bestScore < MIN_SCORE) return null;
    return { id: best, score: bestScore, margin: Number.isFinite(second) ? bestScore - second : 6 };
  }

  /** Support from the rest of the article, minus this mention's own vote. */
  private contextBonus(p: Place, votes: Votes, own: Pick | null): number {
    if (!p.country) return 0;
    const ownPlace = own ? this.gazetteer.place(own.id) : null;
    const selfCountry = ownPlace && ownPlace.country === p.country ? 1 : 0;
    const c = (votes.country.get(p.country) ?? 0) - selfCountry;
    let bonus = Math.min(5, 2.5 * c);
    if (p.admin1 && p.kind !== 'admin1') {
      const a = (votes.admin1.get(`${p.country}/${p.admin1}`) ?? 0) - (ownPlace && ownPlace.admin1 === p.admin1 ? 1 : 0);
      if (a > 0) bonus += 3;
    }
    return bonus;
  }

  private votes(scored: Scored[], picks: (Pick | null)[]): Votes {
    const country = new Map<string, number>();
    const admin1 = new Map<string, number>();
    for (let k = 0; k < scored.length; k++) {
      const pick = picks[k];
      if (!pick) continue;
      const p = this.gazetteer.place(pick.id);
      if (!p.country) continue;
      country.set(p.country, (country.get(p.country) ?? 0) + 1);
      if (p.admin1) admin1.set(`${p.country}/${p.admin1}`, (admin1.get(`${p.country}/${p.admin1}`) ?? 0) + 1);
    }
    return { country, admin1 };
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

const SPECIFICITY: Record<Place['kind'], number> = { region: 0, country: 0, demonym: 0, admin1: 1, city: 2, site: 3 };

interface Votes { country: Map<string, number>; admin1: Map<string, number> }
interface Pick { id: number; score: number; margin: number }
