import type { Incident } from '@sitrep/contracts';
import { buildHaystack, foldAdminName, foldRegion, foldText, haystackTokens, normalizeSource } from './text-fold.util';

// Scheme, optional credentials, then the host: one regex instead of a URL parse per report.
const URL_HOST = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?([^/:?#]+)/i;

function hostOf(url: string): string | null {
  const m = URL_HOST.exec(url.trim());
  if (!m) return null;
  const host = normalizeSource(m[1]);
  return host.includes('.') ? host : null;
}

/**
 * What rules are matched against, derived once per incident. The text parts are folded lazily:
 * an incident whose candidate rules have no keyword/actor/source terms never pays for it.
 */
export class IncidentFacts {
  readonly level: number;
  readonly countries: ReadonlySet<string>;
  readonly primaryCountry: string | null;
  /** Folded admin-1 name of the primary location. */
  readonly admin1: string | null;
  /** What admin-1 terms match: the folded name and `code:<ISO 3166-2>` when the incident has a code (v1.1). */
  readonly admin1Keys: ReadonlySet<string>;
  readonly regions: ReadonlySet<string>;
  /** Folded event type and sub-event type. */
  readonly eventTypes: ReadonlySet<string>;

  private textHaystackCache?: string;
  private textTokensCache?: Set<string>;
  private actorHaystackCache?: string;
  private actorTokensCache?: Set<string>;
  private sourceKeysCache?: Set<string>;

  constructor(readonly incident: Incident, readonly text?: string) {
    this.level = incident.level;
    this.primaryCountry = incident.primary?.country ? incident.primary.country.toUpperCase() : null;
    const countries = new Set<string>();
    for (const c of incident.countries ?? []) countries.add(c.toUpperCase());
    if (this.primaryCountry) countries.add(this.primaryCountry);
    this.countries = countries;
    this.admin1 = incident.primary?.admin1 ? foldAdminName(incident.primary.admin1) || null : null;
    const admin1Keys = new Set<string>();
    if (this.admin1) admin1Keys.add(this.admin1);
    if (incident.primary?.admin1Code) admin1Keys.add(`code:${incident.primary.admin1Code.toUpperCase()}`);
    this.admin1Keys = admin1Keys;
    const regions = new Set<string>();
    if (incident.region) regions.add(foldRegion(incident.region));
    for (const r of incident.regions ?? []) if (typeof r === 'string') regions.add(foldRegion(r));
    regions.delete('');
    this.regions = regions;
    const types = new Set<string>();
    if (incident.eventType) types.add(foldText(incident.eventType));
    if (incident.subEventType) types.add(foldText(incident.subEventType));
    types.delete('');
    this.eventTypes = types;
  }

  /** Summary, report titles, incident keywords and the optional text, folded. */
  get textHaystack(): string {
    if (this.textHaystackCache === undefined) {
      const parts: string[] = [];
      if (this.incident.summary) parts.push(this.incident.summary);
      for (const report of this.incident.reports ?? []) if (report.title) parts.push(report.title);
      for (const k of this.incident.keywords ?? []) if (typeof k === 'string') parts.push(k);
      if (this.text) parts.push(this.text);
      this.textHaystackCache = buildHaystack(parts);
    }
    return this.textHaystackCache;
  }

  get textTokens(): ReadonlySet<string> {
    return (this.textTokensCache ??= haystackTokens(this.textHaystack));
  }

  get actorHaystack(): string {
    return (this.actorHaystackCache ??= buildHaystack(this.incident.actors ?? []));
  }

  get actorTokens(): ReadonlySet<string> {
    return (this.actorTokensCache ??= haystackTokens(this.actorHaystack));
  }

  /**
   * Report sources and URL hostnames with every parent domain ("edition.cnn.com", "cnn.com",
   * "com"), so a rule source "cnn.com" matches by set lookup alone.
   */
  get sourceKeys(): ReadonlySet<string> {
    if (!this.sourceKeysCache) {
      const keys = new Set<string>();
      for (const report of this.incident.reports ?? []) {
        if (report.source) keys.add(normalizeSource(report.source));
        const host = report.url ? hostOf(report.url) : null;
        if (!host) continue;
        const labels = host.split('.');
        for (let i = 0; i < labels.length; i++) keys.add(labels.slice(i).join('.'));
      }
      keys.delete('');
      this.sourceKeysCache = keys;
    }
    return this.sourceKeysCache;
  }
}
