/// <reference lib="dom" />
import type { Incident } from '@sitrep/contracts';
import { ago, EVENT_TYPES, levelLabel, placeOf, plural, time } from './format';
import { h, replace } from './dom';
import { LiveStore } from './live-store';
import { signalsPanel } from './signals.panel';
import { WorldMapView } from './world-map.view';

const FRESH_MS = 10_000;

/** Live: filters and pause, the incident list, the map, and the latest alerts. */
export class LiveView {
  readonly element: HTMLElement;
  private readonly list = h('ol', { class: 'incidents', id: 'incident-list', 'aria-label': 'Open incidents' });
  private readonly alerts = h('ol', { class: 'alerts', id: 'alert-list', 'aria-label': 'Latest alerts' });
  private readonly count = h('p', { class: 'count', id: 'incident-count' });
  private readonly pause = h('button', { type: 'button', id: 'pause', class: 'btn', 'aria-pressed': 'false' }, 'Pause');
  private readonly regionSelect = h('select', { id: 'filter-region' });
  private scheduled = false;
  private readonly unsubscribe: () => void;

  constructor(private readonly store: LiveStore, private readonly map: WorldMapView) {
    const levelSelect = h('select', { id: 'filter-level' }, ...[1, 2, 3, 4, 5].map((l) => h('option', { value: l }, l === 1 ? 'any level' : `${levelLabel(l)} and above`)));
    const typeSelect = h('select', { id: 'filter-type' }, h('option', { value: '' }, 'any type'), ...EVENT_TYPES.map((t) => h('option', { value: t }, t)));
    levelSelect.value = String(store.filters.minLevel);
    typeSelect.value = store.filters.type;
    levelSelect.addEventListener('change', () => store.setFilters({ minLevel: Number(levelSelect.value) }));
    typeSelect.addEventListener('change', () => store.setFilters({ type: typeSelect.value }));
    this.regionSelect.addEventListener('change', () => store.setFilters({ region: this.regionSelect.value }));
    this.pause.addEventListener('click', () => store.setPaused(!store.paused));

    const filters = h(
      'form',
      { class: 'filters', 'aria-label': 'Filters', onsubmit: ((e: Event) => e.preventDefault()) as EventListener },
      h('label', {}, 'Region ', this.regionSelect),
      h('label', {}, 'Level ', levelSelect),
      h('label', {}, 'Type ', typeSelect),
      this.pause,
    );
    this.element = h(
      'div',
      { class: 'live' },
      h('section', { class: 'panel list-panel', 'aria-labelledby': 'incidents-h' }, h('h2', { id: 'incidents-h' }, 'Incidents'), filters, this.count, this.list),
      h('section', { class: 'panel map-panel', 'aria-labelledby': 'map-h' }, h('h2', { id: 'map-h' }, 'Map'), map.element),
      h('section', { class: 'panel alerts-panel', 'aria-labelledby': 'alerts-h' }, h('h2', { id: 'alerts-h' }, 'Alerts'), this.alerts),
      signalsPanel((signals) => map.showSignals(signals)),
    );
    this.unsubscribe = store.subscribe(() => this.schedule());
    this.render();
  }

  destroy(): void {
    this.unsubscribe();
  }

  /** Many events can arrive at once (a replay): draw at most once per frame. */
  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    requestAnimationFrame(() => {
      this.scheduled = false;
      this.render();
    });
  }

  private render(): void {
    const s = this.store;
    const visible = s.visible();
    // Redrawing replaces the nodes: keep keyboard focus on the same incident.
    const focused = document.activeElement instanceof Element ? document.activeElement.closest('[data-incident]') : null;
    const focusId = focused?.getAttribute('data-incident') ?? null;
    const focusInMap = !!focused && focused.tagName.toLowerCase() === 'circle';
    this.renderRegions(s.regions());
    this.pause.textContent = s.paused ? `Resume${s.held.length ? ` (${s.held.length} new)` : ''}` : 'Pause';
    this.pause.setAttribute('aria-pressed', String(s.paused));
    this.count.textContent = `${plural(visible.length, 'incident')}${visible.length !== s.incidents.size ? ` of ${s.incidents.size}` : ''}${s.paused ? ' · paused' : ''}`;
    replace(this.list, ...visible.slice(0, 300).map((i) => this.item(i)));
    if (!visible.length) this.list.appendChild(h('li', { class: 'empty' }, 'No incidents yet. They appear here as reports arrive.'));
    this.map.render(visible);
    replace(
      this.alerts,
      ...s.alerts.slice(0, 50).map((a) => {
        const deliveries = [...s.deliveries.values()].filter((d) => d.alertId === a.alertId);
        return h(
          'li',
          { class: `alert level-${a.level}` },
          h('a', { href: `#/incident/${encodeURIComponent(a.incidentId)}` },
            h('span', { class: `badge level-${a.level}` }, levelLabel(a.level)),
            h('span', { class: 'body' },
              h('span', { class: 'rule' }, a.ruleName),
              h('span', { class: 'place' }, s.incidents.has(a.incidentId) ? placeOf(s.incidents.get(a.incidentId)!) : a.place ?? ''),
              h('span', { class: 'summary' }, a.summary ?? ''),
              h('span', { class: 'deliveries' }, deliveries.map((d) => `${d.channel} ${d.status}`).join(', ')),
            ),
            h('time', { datetime: a.at, title: time(a.at) }, ago(a.at)),
          ),
        );
      }),
    );
    if (!s.alerts.length) this.alerts.appendChild(h('li', { class: 'empty' }, 'No alerts since this page opened.'));
    if (focusId) {
      const scope: Element = focusInMap ? this.map.element : this.list;
      const again = Array.from(scope.querySelectorAll('[data-incident]')).find((n) => n.getAttribute('data-incident') === focusId);
      const target = focusInMap ? again : again?.querySelector('a');
      if (target instanceof HTMLElement || target instanceof SVGElement) target.focus();
    }
  }

  private renderRegions(regions: string[]): void {
    const current = this.store.filters.region;
    const wanted = ['', ...regions];
    const have = Array.from(this.regionSelect.options).map((o) => o.value);
    if (have.join('\u0000') === wanted.join('\u0000')) return;
    replace(this.regionSelect, ...wanted.map((r) => h('option', { value: r }, r || 'all regions')));
    this.regionSelect.value = current;
  }

  private item(i: Incident): HTMLElement {
    const fresh = Date.now() - (this.store.touched.get(i.id) ?? 0) < FRESH_MS;
    return h(
      'li',
      { class: `incident level-${i.level}${fresh ? ' fresh' : ''}`, 'data-incident': i.id },
      h(
        'a',
        { href: `#/incident/${encodeURIComponent(i.id)}` },
        h('span', { class: `badge level-${i.level}` }, levelLabel(i.level)),
        h('span', { class: 'place' }, placeOf(i)),
        h('span', { class: 'type' }, i.eventType),
        h('span', { class: 'reports' }, plural(i.reports.length, 'report')),
        h('span', { class: 'summary' }, i.summary ?? i.reports[0]?.title ?? ''),
        h('time', { datetime: i.lastSeen, title: time(i.lastSeen) }, ago(i.lastSeen)),
      ),
    );
  }
}
