/// <reference lib="dom" />
import type { TrendBucket } from '@sitrep/archive';
import type { Incident } from '@sitrep/contracts';
import { historyChart } from './history-chart';
import { announce, h, replace } from './dom';
import { EVENT_TYPES, levelLabel, placeOf, plural, time } from './format';

const FIELDS = ['q', 'country', 'admin1', 'eventType', 'from', 'to'] as const;

/** History: search the archive with filters, a chart of incidents per day by level, CSV / GeoJSON export. */
export class HistoryView {
  readonly element = h('section', { class: 'panel history', 'aria-labelledby': 'history-h' });
  private readonly form: HTMLFormElement;
  private readonly results = h('ol', { class: 'incidents', id: 'history-results' });
  private readonly status = h('p', { class: 'note', id: 'history-status', role: 'status' });
  private readonly chart = h('div', { id: 'history-chart' });
  private readonly exports = h('p', { class: 'exports' });
  private readonly more = h('button', { type: 'button', class: 'btn', id: 'history-more', hidden: true, onclick: () => void this.page() }, 'More');
  private cursor: string | null = null;
  private params = new URLSearchParams();

  constructor() {
    const input = (name: string, label: string, attrs: Record<string, string> = {}) =>
      h('label', {}, label, ' ', h('input', { name, id: `history-${name}`, ...attrs }));
    this.form = h('form', { class: 'filters', role: 'search', onsubmit: (e: Event) => { e.preventDefault(); void this.search(); } },
      input('q', 'Search', { type: 'search', placeholder: 'Ain al-Asad' }),
      input('country', 'Country', { placeholder: 'IQ', pattern: '[A-Z]{2}', size: '3' }),
      input('admin1', 'Admin-1', { placeholder: 'Al Anbar or IQ-AN' }),
      h('label', {}, 'Event type ', h('select', { name: 'eventType', id: 'history-eventType' }, h('option', { value: '' }, 'any'), ...EVENT_TYPES.map((t) => h('option', { value: t }, t)))),
      input('from', 'From', { type: 'date' }),
      input('to', 'To', { type: 'date' }),
      h('button', { type: 'submit', class: 'btn', id: 'history-search' }, 'Search'),
    );
    replace(this.element, h('h2', { id: 'history-h' }, 'History'), this.form, this.chart, this.exports, this.status, this.results, this.more);
    void this.search();
  }

  destroy(): void {}

  private async search(): Promise<void> {
    const data = new FormData(this.form);
    this.params = new URLSearchParams();
    for (const f of FIELDS) {
      const v = String(data.get(f) ?? '').trim();
      if (v) this.params.set(f, f === 'to' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? `${v}T23:59:59Z` : v);
    }
    this.cursor = null;
    replace(this.results);
    const q = this.params.toString();
    replace(this.exports, 'Export: ',
      h('a', { href: `/v1/incidents/export?format=csv${q ? `&${q}` : ''}`, id: 'export-csv', download: 'sitrep-incidents.csv' }, 'CSV'), ' · ',
      h('a', { href: `/v1/incidents/export?format=geojson${q ? `&${q}` : ''}`, id: 'export-geojson', download: 'sitrep-incidents.geojson' }, 'GeoJSON'));
    await Promise.all([this.page(), this.trends()]);
  }

  private async page(): Promise<void> {
    const p = new URLSearchParams(this.params);
    p.set('limit', '50');
    if (this.cursor) p.set('cursor', this.cursor);
    try {
      const res = await fetch(`/v1/incidents?${p}`);
      const body = (await res.json()) as { items?: Incident[]; nextCursor?: string | null; message?: string | string[] };
      if (!res.ok) throw new Error(Array.isArray(body.message) ? body.message.join('; ') : body.message ?? res.statusText);
      for (const i of body.items ?? []) {
        this.results.appendChild(h('li', { class: `incident level-${i.level}` },
          h('a', { href: `#/incident/${encodeURIComponent(i.id)}` },
            h('span', { class: `badge level-${i.level}` }, levelLabel(i.level)), ' ',
            h('strong', {}, i.summary ?? i.reports[0]?.title ?? i.eventType), ' ',
            h('span', { class: 'meta' }, `${placeOf(i)} · ${i.eventType} · ${time(i.lastSeen)} · ${plural(i.reports.length, 'report')}`))));
      }
      this.cursor = body.nextCursor ?? null;
      this.more.hidden = !this.cursor;
      const n = this.results.childElementCount;
      this.status.textContent = n ? `${plural(n, 'incident')}${this.cursor ? ' (more available)' : ''}` : 'No incident matches.';
      announce(this.status.textContent);
    } catch (e) {
      this.status.textContent = `Search failed: ${(e as Error).message}`;
    }
  }

  private async trends(): Promise<void> {
    const p = new URLSearchParams(this.params);
    p.delete('q');
    try {
      const res = await fetch(`/v1/trends?${p}`);
      if (!res.ok) throw new Error(res.statusText);
      const { buckets } = (await res.json()) as { buckets: TrendBucket[] };
      replace(this.chart, h('h3', {}, 'Incidents per day by level'), historyChart(buckets));
    } catch (e) {
      replace(this.chart, h('p', { class: 'note' }, `Trends unavailable: ${(e as Error).message}`));
    }
  }
}
