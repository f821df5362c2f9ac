import { admin1CodesFor, ISO_3166_2 } from '@sitrep/classification';
import type { Rule } from '@sitrep/contracts';
import { anchorToken, foldAdminName, foldPhrase, foldRegion, foldText, normalizeSource } from './text-fold.util';

export type KeyedTerm = { key: string; label: string };
/**
 * `keys`: every key the term matches: its folded name and `code:<ISO 3166-2>` for each unit the
 * name (in any spelling the gazetteer knows) or the code itself names (v1.1).
 */
export type AdminTerm = KeyedTerm & { country: string | null; keys: string[] };
/** `phrase` is padded (" air base "); `token` is set for a one-word phrase, checked by set lookup. */
export type PhraseTerm = { phrase: string; anchor: string; token: string | null; label: string };

/** A rule with every term folded once, so matching never folds rule text. */
export type CompiledRule = {
  rule: Rule;
  /** Clamped to at least 1; Infinity for a non-numeric level, which then never matches. */
  minLevel: number;
  hasGeography: boolean;
  countries: KeyedTerm[];
  admin1: AdminTerm[];
  regions: KeyedTerm[];
  eventTypes: KeyedTerm[];
  keywords: PhraseTerm[];
  keywordMode: 'any' | 'all';
  actors: PhraseTerm[];
  actorMode: 'any' | 'all';
  sources: KeyedTerm[];
};

const QUALIFIED_ADMIN = /^([A-Za-z]{2})\s*[:/]\s*(.+)$/;

function keyed(values: readonly string[] | undefined, fold: (v: string) => string): KeyedTerm[] {
  const seen = new Set<string>();
  const out: KeyedTerm[] = [];
  for (const label of values ?? []) {
    const key = fold(label);
    if (key && !seen.has(key)) { seen.add(key); out.push({ key, label }); }
  }
  return out;
}

function phrases(values: readonly string[] | undefined): PhraseTerm[] {
  const seen = new Set<string>();
  const out: PhraseTerm[] = [];
  for (const label of values ?? []) {
    // A term with nothing word-like in it ("!!!") can never match whole words: it is ignored.
    const phrase = foldPhrase(label);
    if (phrase && !seen.has(phrase)) {
      seen.add(phrase);
      const single = phrase.indexOf(' ', 1) === phrase.length - 1;
      out.push({ phrase, anchor: anchorToken(phrase), token: single ? phrase.slice(1, -1) : null, label });
    }
  }
  return out;
}

/**
 * "Kirkuk" matches that admin-1 in any country; "IQ:Kirkuk" (or "IQ/Kirkuk") only in Iraq; "IQ-KI"
 * (ISO 3166-2, v1.1) that one unit. A name also matches its unit's code, so "Salah al-Din" matches
 * an incident placed in "Saladin" (IQ-SD) and "Donetsk" one in "Donetska".
 */
function adminTerms(values: readonly string[] | undefined): AdminTerm[] {
  const out: AdminTerm[] = [];
  const seen = new Set<string>();
  for (const label of values ?? []) {
    const trimmed = label.trim();
    if (ISO_3166_2.test(trimmed.toUpperCase())) {
      const code = trimmed.toUpperCase();
      const key = `code:${code}`;
      if (!seen.has(key)) { seen.add(key); out.push({ key, label, country: code.slice(0, 2), keys: [key] }); }
      continue;
    }
    const qualified = QUALIFIED_ADMIN.exec(trimmed);
    const country = qualified ? qualified[1].toUpperCase() : null;
    const name = qualified ? qualified[2] : label;
    const key = foldAdminName(name);
    const id = `${country ?? ''}|${key}`;
    if (key && !seen.has(id)) {
      seen.add(id);
      out.push({ key, label, country, keys: [key, ...admin1CodesFor(name, country).map((c) => `code:${c}`)] });
    }
  }
  return out;
}

function clampMinLevel(minLevel: unknown): number {
  if (typeof minLevel !== 'number' || Number.isNaN(minLevel)) return Infinity;
  return Math.max(1, minLevel);
}

export function compileRule(rule: Rule): CompiledRule {
  const countries = keyed(rule.countries, (c) => c.trim().toUpperCase());
  const admin1 = adminTerms(rule.admin1);
  const regions = keyed(rule.regions, foldRegion);
  return {
    rule,
    minLevel: clampMinLevel(rule.minLevel),
    hasGeography: countries.length + admin1.length + regions.length > 0,
    countries,
    admin1,
    regions,
    eventTypes: keyed(rule.eventTypes, foldText),
    keywords: phrases(rule.keywords),
    keywordMode: rule.keywordMode ?? 'any',
    actors: phrases(rule.actors),
    actorMode: rule.actorMode ?? 'any',
    sources: keyed(rule.sources, normalizeSource),
  };
}

// Rules are treated as immutable values: a changed rule is a new object, and RuleIndex.upsert
// recompiles and refreshes this cache anyway. Caching by identity keeps the linear scan honest
// (it does not fold rule text per incident) and lets it share the index's compiled rules.
const cache = new WeakMap<Rule, CompiledRule>();

/** Compile afresh and make it the cached compilation of this rule object. */
export function recompileRule(rule: Rule): CompiledRule {
  const compiled = compileRule(rule);
  cache.set(rule, compiled);
  return compiled;
}

export function compileRuleCached(rule: Rule): CompiledRule {
  let compiled = cache.get(rule);
  if (!compiled) { compiled = compileRule(rule); cache.set(rule, compiled); }
  return compiled;
}
