/// <reference lib="dom" />
import type { TrendBucket } from '@sitrep/archive';
import type { Incident, SitrepSignal } from '@sitrep/contracts';
import { h, replace } from './dom';
import { historyChart } from './history-chart';
import { countryName, time } from './format';

const DAY = 86_400_000;

/** An incident's place over the 30 days up to it: incidents per day by level, and the signals raised there. */
export function regionTrendPanel(i: Incident): HTMLElement {
  const body = h('div', { id: 'region-trend' }, h('p', { class: 'note' }, 'Loading…'));
  const p = i.primary;
  const place = p.admin1Code ?? p.admin1;
  const params = new URLSearchParams(place ? { admin1: place } : p.country ? { country: p.country } : {});
  const label = place ? p.admin1 ?? place : countryName(p.country);
  const panel = h('section', { class: 'panel' }, h('h3', {}, `${label || 'Its region'}, last 30 days`), body);
  if (![...params.keys()].length) {
    replace(body, h('p', { class: 'note' }, 'No known place.'));
    return panel;
  }
  const to = new Date(Date.parse(i.lastSeen));
  params.set('from', new Date(to.getTime() - 29 * DAY).toISOString());
  params.set('to', to.toISOString());
  void Promise.all([
    fetch(`/v1/trends?${params}`).then((r) => (r.ok ? (r.json() as Promise<{ buckets: TrendBucket[] }>) : Promise.reject(new Error(r.statusText)))),
    fetch(`/v1/signals?${params}`).then((r) => (r.ok ? (r.json() as Promise<{ items: SitrepSignal[] }>) : { items: [] })),
  ]).then(([trends, signals]) => {
    const total = trends.buckets.reduce((n, b) => n + b.incidents, 0);
    replace(body,
      h('p', {}, `${total} incident${total === 1 ? '' : 's'} in 30 days.`),
      historyChart(trends.buckets),
      signals.items.length ? h('ul', { class: 'signals' }, ...signals.items.map((s) => h('li', {}, h('strong', {}, s.kind), ` ${time(s.at)}: ${s.summary}`))) : null,
    );
  }, (e: Error) => replace(body, h('p', { class: 'note' }, `History unavailable: ${e.message}`)));
  return panel;
}
