/// <reference lib="dom" />
import type { EventType, Incident } from '@sitrep/contracts';

export const LEVEL_NAMES: Record<number, string> = { 1: 'routine', 2: 'elevated', 3: 'significant', 4: 'severe', 5: 'critical' };

/** The event types of the contracts (kept here so the browser bundle does not pull in the validators). */
export const EVENT_TYPES = [
  'Battles', 'Explosions/Remote violence', 'Violence against civilians', 'Protests', 'Riots', 'Strategic developments', 'Not a conflict event',
] as const satisfies readonly EventType[];

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

export function countryName(code: string | null | undefined): string {
  if (!code) return '';
  try {
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
}

export function placeOf(i: Incident): string {
  const p = i.primary;
  const parts = [p?.city, p?.admin1, countryName(p?.country ?? i.countries[0])].filter((s): s is string => !!s);
  return [...new Set(parts)].join(', ') || 'unknown place';
}

export function levelLabel(level: number): string {
  return `L${level} ${LEVEL_NAMES[level] ?? ''}`.trim();
}

export function ago(iso: string, now = Date.now()): string {
  const s = Math.round((now - Date.parse(iso)) / 1000);
  if (!Number.isFinite(s)) return '';
  if (s < 60) return `${Math.max(0, s)} s ago`;
  if (s < 3600) return `${Math.round(s / 60)} min ago`;
  if (s < 86400) return `${Math.round(s / 3600)} h ago`;
  return `${Math.round(s / 86400)} d ago`;
}

export function time(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
