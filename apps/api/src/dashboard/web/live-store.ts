/// <reference lib="dom" />
import type { Incident } from '@sitrep/contracts';
import type { LiveAlert, LiveDeadLetter, LiveDelivery, LiveEvent } from '../../stream/live-feed.types';
import { api, apiKey } from './api';
import { placeOf } from './format';

export interface Filters {
  region: string;
  minLevel: number;
  type: string;
}

type Listener = () => void;

const KEEP_ALERTS = 100;

/**
 * What the dashboard knows: the open incidents (loaded once, then kept current by the live
 * stream), recent alerts and deliveries, the filters, and whether the live view is paused.
 * While paused, events are held back and applied on resume, in order.
 */
export class LiveStore {
  readonly incidents = new Map<string, Incident>();
  readonly alerts: LiveAlert[] = [];
  readonly deliveries = new Map<string, LiveDelivery>();
  readonly deadLetters: LiveDeadLetter[] = [];
  /** Incident ids changed by the live stream, with when: the list highlights them briefly. */
  readonly touched = new Map<string, number>();
  filters: Filters = { region: '', minLevel: 1, type: '' };
  paused = false;
  held: LiveEvent[] = [];
  connected = false;
  private readonly listeners = new Set<Listener>();
  private source: EventSource | null = null;

  subscribe(fn: Listener): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  async load(): Promise<void> {
    for (const i of await api.incidents()) if (!this.incidents.has(i.id)) this.incidents.set(i.id, i);
    this.emit();
    if (apiKey.get()) await this.loadAlerts().catch(() => undefined);
  }

  /** The recent alerts, rebuilt from the delivery records (they need the API key), so a reload starts full. */
  private async loadAlerts(): Promise<void> {
    const [deliveries, rules] = await Promise.all([api.recentDeliveries(200), api.rules().catch(() => [])]);
    const ruleName = new Map(rules.map((r) => [r.id, r.name]));
    for (const d of [...deliveries].reverse()) {
      const known = this.deliveries.get(d.id);
      if (!known || known.attempts <= d.attempts) {
        this.deliveries.set(d.id, { kind: 'delivery', id: d.id, alertId: d.alertId, incidentId: d.incidentId, channel: d.channel, status: d.status, attempts: d.attempts, latencyMs: d.latencyMs, at: d.updatedAt });
      }
      if (this.alerts.some((a) => a.alertId === d.alertId)) continue;
      const incident = this.incidents.get(d.incidentId);
      this.alerts.unshift({
        kind: 'alert', alertId: d.alertId, ruleId: d.ruleId, ruleName: ruleName.get(d.ruleId) ?? d.ruleId, level: d.level, incidentId: d.incidentId,
        summary: incident?.summary ?? null, place: incident ? placeOf(incident) : null, correlationId: '', at: d.updatedAt,
      });
    }
    this.alerts.sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
    this.alerts.length = Math.min(this.alerts.length, KEEP_ALERTS);
    this.emit();
  }

  connect(): void {
    const source = new EventSource('/v1/stream');
    this.source = source;
    source.onopen = () => {
      this.connected = true;
      this.emit();
    };
    source.onerror = () => {
      // EventSource reconnects by itself; reload what may have been missed once it is back.
      if (this.connected) void this.load().catch(() => undefined);
      this.connected = false;
      this.emit();
    };
    for (const kind of ['incident', 'alert', 'delivery', 'dlq'] as const) {
      source.addEventListener(kind, (e) => this.receive(JSON.parse((e as MessageEvent<string>).data) as LiveEvent));
    }
  }

  close(): void {
    this.source?.close();
  }

  setPaused(paused: boolean): void {
    this.paused = paused;
    if (!paused) {
      const held = this.held;
      this.held = [];
      for (const e of held) this.apply(e);
    }
    this.emit();
  }

  setFilters(f: Partial<Filters>): void {
    this.filters = { ...this.filters, ...f };
    this.emit();
  }

  /** Open incidents passing the filters, most recently active first. */
  visible(): Incident[] {
    const { region, minLevel, type } = this.filters;
    return [...this.incidents.values()]
      .filter((i) => i.level >= minLevel)
      .filter((i) => !type || i.eventType === type)
      .filter((i) => !region || i.region === region || (i.regions ?? []).includes(region))
      .sort((a, b) => Date.parse(b.lastSeen) - Date.parse(a.lastSeen));
  }

  regions(): string[] {
    const all = new Set<string>();
    for (const i of this.incidents.values()) for (const r of [i.region, ...(i.regions ?? [])]) if (r) all.add(r);
    return [...all].sort();
  }

  private receive(e: LiveEvent): void {
    if (this.paused && e.kind !== 'delivery' && e.kind !== 'dlq') this.held.push(e);
    else this.apply(e);
    this.emit();
  }

  private apply(e: LiveEvent): void {
    if (e.kind === 'incident') {
      const current = this.incidents.get(e.incident.id);
      // Events of one incident can arrive out of order across partitions: keep the newest.
      if (!current || Date.parse(e.incident.lastSeen) >= Date.parse(current.lastSeen) || e.incident.reports.length > current.reports.length) {
        this.incidents.set(e.incident.id, e.incident);
      }
      this.touched.set(e.incident.id, Date.now());
    } else if (e.kind === 'alert') {
      if (!this.alerts.some((a) => a.alertId === e.alertId)) this.alerts.unshift(e);
      this.alerts.length = Math.min(this.alerts.length, KEEP_ALERTS);
    } else if (e.kind === 'delivery') {
      const current = this.deliveries.get(e.id);
      if (!current || current.attempts <= e.attempts) this.deliveries.set(e.id, e);
    } else {
      this.deadLetters.unshift(e);
      this.deadLetters.length = Math.min(this.deadLetters.length, KEEP_ALERTS);
    }
  }

  private emit(): void {
    for (const fn of this.listeners) fn();
  }
}
