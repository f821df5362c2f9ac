import type { Incident, Rule } from '@sitrep/contracts';
import { compileRule, type CompiledRule, type PhraseTerm } from './compiled-rule.model';
import { IncidentFacts } from './incident-facts.model';
import type { RuleMatch } from './match-reason.types';
import { evaluateRule } from './rule.predicate';

type Entry = { compiled: CompiledRule; stamp: number; slots: Set<Entry>[] };
/** Index i holds the rules whose minLevel is i + 1 (5 and above share the last slot). */
type LevelSlots = Set<Entry>[];

/**
 * Rules under one geographic key, split by the rule's most selective other filter: one anchor
 * per rule kind (a keyword token, an actor token, a source, an event type), or `unanchored`.
 * An anchor is a necessary condition of the predicate, so looking up only the incident's
 * anchors never misses a match.
 */
class AnchorBuckets {
  readonly keyword = new Map<string, LevelSlots>();
  readonly actor = new Map<string, LevelSlots>();
  readonly source = new Map<string, LevelSlots>();
  readonly eventType = new Map<string, LevelSlots>();
  readonly unanchored: LevelSlots = newLevelSlots();
}

function newLevelSlots(): LevelSlots {
  return [new Set(), new Set(), new Set(), new Set(), new Set()];
}

function levelSlot(minLevel: number): number {
  return Math.min(5, Math.max(1, Math.ceil(minLevel))) - 1;
}

function slotsIn(map: Map<string, LevelSlots>, key: string): LevelSlots {
  let slots = map.get(key);
  if (!slots) { slots = newLevelSlots(); map.set(key, slots); }
  return slots;
}

/**
 * Alert rules indexed by place, then anchor, then minimum level. `match` visits only the
 * buckets of the incident's countries, admin-1, regions and the no-place wildcard, only the
 * anchors the incident has, and only levels ≤ the incident's level; every candidate is then
 * checked with the same predicate as `linearScanMatch`. Results come in no particular order.
 */
export class RuleIndex {
  private readonly entries = new Map<string, Entry>();
  private readonly byCountry = new Map<string, AnchorBuckets>();
  private readonly byAdmin1 = new Map<string, AnchorBuckets>();
  private readonly byRegion = new Map<string, AnchorBuckets>();
  private readonly wildcard = new AnchorBuckets();
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
    const entry: Entry = { compiled: compileRule(rule), stamp: 0, slots: [] };
    const level = levelSlot(entry.compiled.minLevel);
    for (const buckets of this.placeBuckets(entry.compiled)) {
      for (const slots of this.anchorTargets(buckets, entry.compiled)) {
        slots[level].add(entry);
        entry.slots.push(slots[level]);
      }
    }
    this.entries.set(rule.id, entry);
  }

  remove(id: string): boolean {
    const entry = this.entries.get(id);
    if (!entry) return false;
    for (const set of entry.slots) set.delete(entry);
    this.entries.delete(id);
    return true;
  }

  match(incident: Incident, text?: string): RuleMatch[] {
    const facts = new IncidentFacts(incident, text);
    const out: RuleMatch[] = [];
    const stamp = ++this.stamp;
    const levels = Math.min(5, Math.floor(facts.level));
    if (!(levels >= 1)) return out;

    const visitSlots = (slots: LevelSlots | undefined): void => {
      if (!slots) return;
      for (let i = 0; i < levels; i++) {
        for (const entry of slots[i]) {
          if (entry.stamp === stamp) continue;
          entry.stamp = stamp;
          this.evaluations++;
          const reason = evaluateRule(entry.compiled, facts);
          if (reason) out.push({ rule: entry.compiled.rule, reason });
        }
      }
    };
    const visitAnchors = (map: Map<string, LevelSlots>, keys: () => ReadonlySet<string>): void => {
      if (!map.size) return;
      const present = keys();
      // Walk whichever side is smaller: a long article against a few anchors, or the reverse.
      if (present.size <= map.size) {
        for (const key of present) visitSlots(map.get(key));
      } else {
        for (const [key, slots] of map) if (present.has(key)) visitSlots(slots);
      }
    };
    const visit = (buckets: AnchorBuckets | undefined): void => {
      if (!buckets) return;
      visitSlots(buckets.unanchored);
      for (const type of facts.eventTypes) visitSlots(buckets.eventType.get(type));
      visitAnchors(buckets.source, () => facts.sourceKeys);
      visitAnchors(buckets.actor, () => facts.actorTokens);
      visitAnchors(buckets.keyword, () => facts.textTokens);
    };

    for (const country of facts.countries) visit(this.byCountry.get(country));
    if (facts.admin1) visit(this.byAdmin1.get(facts.admin1));
    for (const region of facts.regions) visit(this.byRegion.get(region));
    visit(this.wildcard);
    return out;
  }

  private placeBuckets(compiled: CompiledRule): AnchorBuckets[] {
    if (!compiled.hasGeography) return [this.wildcard];
    const out: AnchorBuckets[] = [];
    const add = (map: Map<string, AnchorBuckets>, key: string): void => {
      let buckets = map.get(key);
      if (!buckets) { buckets = new AnchorBuckets(); map.set(key, buckets); }
      if (!out.includes(buckets)) out.push(buckets);
    };
    for (const c of compiled.countries) add(this.byCountry, c.key);
    for (const a of compiled.admin1) add(this.byAdmin1, a.key);
    for (const r of compiled.regions) add(this.byRegion, r.key);
    return out;
  }

  /** Where a rule goes within one place: under its keywords, else actors, else sources, else event types. */
  private anchorTargets(buckets: AnchorBuckets, compiled: CompiledRule): LevelSlots[] {
    if (compiled.keywords.length) return phraseAnchors(buckets.keyword, compiled.keywords, compiled.keywordMode);
    if (compiled.actors.length) return phraseAnchors(buckets.actor, compiled.actors, compiled.actorMode);
    if (compiled.sources.length) return compiled.sources.map((s) => slotsIn(buckets.source, s.key));
    if (compiled.eventTypes.length) return compiled.eventTypes.map((t) => slotsIn(buckets.eventType, t.key));
    return [buckets.unanchored];
  }
}

function phraseAnchors(map: Map<string, LevelSlots>, terms: readonly PhraseTerm[], mode: 'any' | 'all'): LevelSlots[] {
  // 'all': every term is necessary, so one anchor suffices: the longest (rarest-looking) one.
  if (mode === 'all') {
    const best = terms.reduce((a, b) => (b.anchor.length > a.anchor.length ? b : a));
    return [slotsIn(map, best.anchor)];
  }
  // 'any': one anchor per term; a rule under the same anchor twice is one Set entry anyway.
  return [...new Set(terms.map((t) => t.anchor))].map((anchor) => slotsIn(map, anchor));
}
