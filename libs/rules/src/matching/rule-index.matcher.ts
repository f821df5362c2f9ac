import type { Incident, Rule } from '@sitrep/contracts';
import { recompileRule, type CompiledRule, type PhraseTerm } from './compiled-rule.model';
import { IncidentFacts } from './incident-facts.model';
import type { RuleMatch } from './match-reason.types';
import { evaluateRule } from './rule.predicate';

type Entry = {
  compiled: CompiledRule;
  stamp: number;
  /** Every bucket the entry sits in: what `remove` undoes. */
  slots: Entry[][];
};

type AnchorKind = 'keyword' | 'actor' | 'source';

// Arrays, not Sets: walking them is the hot loop, and an indexed loop allocates no iterator.
/** Rules of one minimum level under one key: those without an event-type filter, and those with, by type. */
type LevelBucket = { anyType?: Entry[]; byType?: Map<string, Entry[]> };
/** Index i: rules whose minLevel is i + 1 (5 and above share the last); created on demand. */
type LevelBuckets = (LevelBucket | undefined)[];

/**
 * One country, admin-1, region, or the no-place wildcard. Its rules are split by their most
 * selective text filter, one anchor kind per rule (keyword token, actor token, source), or
 * `unanchored`; then by minimum level; then by event type. Every anchor and event type is a
 * necessary condition of the predicate, so visiting only what the incident has never misses a
 * match, and the one lookup per incident token per place leads straight to the level buckets.
 */
class Place {
  readonly unanchored: LevelBuckets = [];
  readonly keyword = new Map<string, LevelBuckets>();
  readonly actor = new Map<string, LevelBuckets>();
  readonly source = new Map<string, LevelBuckets>();
}

function levelSlot(minLevel: number): number {
  return Math.min(5, Math.max(1, Math.ceil(minLevel))) - 1;
}

/**
 * Alert rules indexed by place, then text anchor, then minimum level, then event type. `match`
 * visits only the places of the incident (countries, admin-1, regions, and the no-place
 * wildcard); within them only the anchors the incident has, levels ≤ its level, and its event
 * types (and rules without one). Every candidate is then checked with the same predicate as
 * `linearScanMatch`. Results come in no particular order.
 */
export class RuleIndex {
  private readonly entries = new Map<string, Entry>();
  private readonly byCountry = new Map<string, Place>();
  private readonly byAdmin1 = new Map<string, Place>();
  private readonly byRegion = new Map<string, Place>();
  private readonly wildcard = new Place();
  // Incremented per match call: an entry reached through two keys is evaluated once.
  private stamp = 0;
  /** Predicate evaluations since creation: the index's cost, for benchmarks and tests. */
  evaluations = 0;

  get size(): number {
    return this.entries.size;
  }

  get(id: string): Rule | undefined {
    return this.entries.get(id)?.compiled.rule;
  }

  *rules(): IterableIterator<Rule> {
    for (const entry of this.entries.values()) yield entry.compiled.rule;
  }

  upsert(rule: Rule): void {
    this.remove(rule.id);
    const compiled = recompileRule(rule);
    const entry: Entry = { compiled, stamp: 0, slots: [] };
    const level = levelSlot(compiled.minLevel);
    const { kind, keys } = anchorsOf(compiled);
    for (const place of this.placesOf(compiled)) {
      const levelLists = kind ? keys.map((key) => levelsIn(place[kind], key)) : [place.unanchored];
      for (const levels of levelLists) {
        const bucket = (levels[level] ??= {});
        if (!compiled.eventTypes.length) {
          const list = (bucket.anyType ??= []);
          list.push(entry);
          entry.slots.push(list);
          continue;
        }
        const byType = (bucket.byType ??= new Map<string, Entry[]>());
        for (const type of compiled.eventTypes) {
          let list = byType.get(type.key);
          if (!list) { list = []; byType.set(type.key, list); }
          list.push(entry);
          entry.slots.push(list);
        }
      }
    }
    this.entries.set(rule.id, entry);
  }

  remove(id: string): boolean {
    const entry = this.entries.get(id);
    if (!entry) return false;
    for (const list of entry.slots) {
      // Order within a bucket does not matter: swap with the last and pop.
      const at = list.indexOf(entry);
      if (at >= 0) { list[at] = list[list.length - 1]; list.pop(); }
    }
    this.entries.delete(id);
    return true;
  }

  match(incident: Incident, text?: string): RuleMatch[] {
    const facts = new IncidentFacts(incident, text);
    const out: RuleMatch[] = [];
    const stamp = ++this.stamp;
    // Rule m is in slot ceil(m); level ≥ m implies ceil(m) ≤ ceil(level), even for odd values.
    const levels = Math.min(5, Math.ceil(facts.level));
    if (!(levels >= 1)) return out;

    const visitList = (list: Entry[] | undefined): void => {
      if (!list) return;
      for (let k = 0; k < list.length; k++) {
        const entry = list[k];
        if (entry.stamp === stamp) continue;
        entry.stamp = stamp;
        this.evaluations++;
        const reason = evaluateRule(entry.compiled, facts);
        if (reason) out.push({ rule: entry.compiled.rule, reason });
      }
    };
    const visitLevels = (buckets: LevelBuckets): void => {
      for (let i = 0; i < levels; i++) {
        const bucket = buckets[i];
        if (!bucket) continue;
        visitList(bucket.anyType);
        if (bucket.byType) for (const type of facts.eventTypes) visitList(bucket.byType.get(type));
      }
    };
    const visitAnchors = (map: Map<string, LevelBuckets>, present: () => ReadonlySet<string>): void => {
      if (!map.size) return;
      // Token sets are built lazily, and the smaller side is walked: an article's few tokens
      // against a popular place's many anchors, or a quiet place's few anchors against them.
      const keys = present();
      if (keys.size <= map.size) {
        for (const key of keys) { const buckets = map.get(key); if (buckets) visitLevels(buckets); }
      } else {
        for (const [key, buckets] of map) if (keys.has(key)) visitLevels(buckets);
      }
    };
    const visitPlace = (place: Place | undefined): void => {
      if (!place) return;
      visitLevels(place.unanchored);
      visitAnchors(place.keyword, () => facts.textTokens);
      visitAnchors(place.actor, () => facts.actorTokens);
      visitAnchors(place.source, () => facts.sourceKeys);
    };

    for (const country of facts.countries) visitPlace(this.byCountry.get(country));
    for (const key of facts.admin1Keys) visitPlace(this.byAdmin1.get(key));
    for (const region of facts.regions) visitPlace(this.byRegion.get(region));
    visitPlace(this.wildcard);
    return out;
  }

  private placesOf(compiled: CompiledRule): Place[] {
    if (!compiled.hasGeography) return [this.wildcard];
    const out: Place[] = [];
    const add = (map: Map<string, Place>, key: string): void => {
      let place = map.get(key);
      if (!place) { place = new Place(); map.set(key, place); }
      if (!out.includes(place)) out.push(place);
    };
    for (const c of compiled.countries) add(this.byCountry, c.key);
    for (const a of compiled.admin1) for (const key of a.keys) add(this.byAdmin1, key);
    for (const r of compiled.regions) add(this.byRegion, r.key);
    return out;
  }
}

function levelsIn(map: Map<string, LevelBuckets>, key: string): LevelBuckets {
  let levels = map.get(key);
  if (!levels) { levels = []; map.set(key, levels); }
  return levels;
}

/** A rule's anchors: its keywords, else its actors, else its sources; none if it has no such filter. */
function anchorsOf(compiled: CompiledRule): { kind: AnchorKind | null; keys: string[] } {
  if (compiled.keywords.length) return { kind: 'keyword', keys: phraseAnchors(compiled.keywords, compiled.keywordMode) };
  if (compiled.actors.length) return { kind: 'actor', keys: phraseAnchors(compiled.actors, compiled.actorMode) };
  if (compiled.sources.length) return { kind: 'source', keys: compiled.sources.map((s) => s.key) };
  return { kind: null, keys: [] };
}

function phraseAnchors(terms: readonly PhraseTerm[], mode: 'any' | 'all'): string[] {
  // 'all': every term is necessary, so one anchor suffices: the longest (rarest-looking) one.
  if (mode === 'all') return [terms.reduce((a, b) => (b.anchor.length > a.anchor.length ? b : a)).anchor];
  // 'any': any term may be the one that matches, so the rule sits under each term's anchor.
  return [...new Set(terms.map((t) => t.anchor))];
}
