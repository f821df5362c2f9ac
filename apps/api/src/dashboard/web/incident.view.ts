/// <reference lib="dom" />
import type { Incident } from '@sitrep/contracts';
import type { DeliveryView } from '../../deliveries/delivery.projection';
import { api, ApiError, apiKey } from './api';
import { countryName, levelLabel, placeOf, plural, time } from './format';
import { h, replace } from './dom';
import { LiveStore } from './live-store';
import { regionTrendPanel } from './region-trend.panel';

type TimelineEntry = { at: string; node: HTMLElement };

/** One incident: what, where, casualties with their source, actors, the timeline, alerts sent. */
export class IncidentView {
  readonly element = h('article', { class: 'incident-page', 'aria-live': 'polite' }, h('p', {}, 'Loading…'));
  private readonly unsubscribe: () => void;
  private shown: Incident | null = null;
  private deliveries: DeliveryView[] | string = 'Loading…';
  private seenDeliveryNews = '';
  /** Built once per page: its place's history does not change with a new report. */
  private region: HTMLElement | null = null;

  constructor(private readonly id: string, private readonly store: LiveStore) {
    // Redraw when the live stream brings a newer version of this incident or news of its deliveries.
    this.unsubscribe = store.subscribe(() => {
      const live = store.incidents.get(id);
      const changed = !!live && !!this.shown && (live.reports.length !== this.shown.reports.length || live.level !== this.shown.level || live.lastSeen !== this.shown.lastSeen);
      const deliveryNews = this.deliveryNews();
      if (!this.shown || (!changed && deliveryNews === this.seenDeliveryNews)) return;
      if (changed) this.shown = live!;
      this.seenDeliveryNews = deliveryNews;
      void this.loadDeliveries().then(() => this.render());
    });
    void this.load();
  }

  destroy(): void {
    this.unsubscribe();
  }

  /** A fingerprint of the live delivery records of this incident: it changes when one arrives. */
  private deliveryNews(): string {
    return [...this.store.deliveries.values()].filter((d) => d.incidentId === this.id).map((d) => `${d.id}:${d.attempts}:${d.status}`).sort().join(',');
  }

  private async load(): Promise<void> {
    try {
      this.shown = await api.incident(this.id);
    } catch (e) {
      replace(this.element, h('h2', {}, 'Incident not found'), h('p', {}, String((e as Error).message)), h('p', {}, h('a', { href: '#/' }, 'Back to the live view')));
      return;
    }
    this.render();
    await this.loadDeliveries();
    this.render();
  }

  private async loadDeliveries(): Promise<void> {
    if (!apiKey.get()) {
      this.deliveries = 'Paste an API key on the Rules page to see the alerts sent for this incident.';
      return;
    }
    try {
      // The live event can come before the api's projection has stored the record: ask again briefly.
      const expected = [...this.store.deliveries.values()].filter((d) => d.incidentId === this.id).map((d) => d.id);
      for (let attempt = 0; ; attempt++) {
        this.deliveries = await api.deliveries(this.id);
        const have = new Set(this.deliveries.map((d) => d.id));
        if (attempt >= 5 || expected.every((id) => have.has(id))) break;
        await new Promise((r) => setTimeout(r, 300));
      }
    } catch (e) {
      this.deliveries = e instanceof ApiError && e.status === 401 ? 'The API key was refused: paste a valid one on the Rules page.' : String((e as Error).message);
    }
  }

  private render(): void {
    const i = this.shown;
    if (!i) return;
    const titleOf = (articleId: string | null | undefined) => i.reports.find((r) => r.articleId === articleId)?.title ?? articleId ?? '';
    const src = i.casualtySources ?? {};
    replace(
      this.element,
      h('p', { class: 'crumbs' }, h('a', { href: '#/' }, '← Live')),
      h('header', { class: `incident-head level-${i.level}` },
        h('span', { class: `badge level-${i.level}` }, levelLabel(i.level)),
        h('h2', { id: 'incident-title' }, i.summary ?? i.reports[0]?.title ?? i.id),
        h('p', { class: 'meta' },
          h('span', { class: 'type' }, [i.eventType, i.subEventType].filter(Boolean).join(' · ')), ' · ',
          h('span', { class: 'place' }, placeOf(i)), ' · ',
          `first seen ${time(i.firstSeen)}, last ${time(i.lastSeen)}`,
        ),
      ),
      h('div', { class: 'facts' },
        h('section', { class: 'panel' }, h('h3', {}, 'Casualties'),
          h('dl', {},
            h('dt', {}, 'Killed'), h('dd', { id: 'killed' }, String(i.casualties.killed), src.killedBy ? h('span', { class: 'source' }, ` — ${titleOf(src.killedBy)}`) : null),
            h('dt', {}, 'Injured'), h('dd', { id: 'injured' }, String(i.casualties.injured), src.injuredBy ? h('span', { class: 'source' }, ` — ${titleOf(src.injuredBy)}`) : null),
            // Attackers and armed-group members killed are not victims: shown apart, only when there are some.
            i.casualties.perpetratorsKilled ? h('dt', {}, 'Attackers, armed groups killed') : null,
            i.casualties.perpetratorsKilled ? h('dd', { id: 'perpetrators-killed' }, String(i.casualties.perpetratorsKilled)) : null,
          ),
        ),
        h('section', { class: 'panel' }, h('h3', {}, 'Actors'),
          i.actors.length ? h('ul', { class: 'tags' }, ...i.actors.map((a) => h('li', {}, a))) : h('p', {}, 'None named.'),
        ),
        h('section', { class: 'panel' }, h('h3', {}, 'Where'),
          h('ul', { class: 'tags' }, ...i.countries.map((c) => h('li', {}, countryName(c)))),
          i.region ? h('p', {}, [i.region, ...(i.regions ?? []).filter((r) => r !== i.region)].join(' · ')) : null,
        ),
      ),
      h('section', { class: 'panel' }, h('h3', {}, `Timeline (${plural(i.reports.length, 'report')})`), h('ol', { class: 'timeline', id: 'timeline' }, ...this.timeline(i))),
      (this.region ??= regionTrendPanel(i)),
      h('section', { class: 'panel' }, h('h3', {}, 'Alerts sent'), this.deliveryTable()),
    );
  }

  private timeline(i: Incident): HTMLElement[] {
    const entries: TimelineEntry[] = [
      ...i.reports.map((r) => ({
        at: r.publishedAt,
        node: h('li', { class: 'report' },
          h('time', { datetime: r.publishedAt }, time(r.publishedAt)), ' ',
          r.level ? h('span', { class: `badge small level-${r.level}` }, `L${r.level}`) : null, ' ',
          h('a', { href: r.url, rel: 'noopener noreferrer nofollow', target: '_blank', class: 'report-title' }, r.title), ' ',
          h('span', { class: 'source' }, `— ${r.source}`),
        ),
      })),
      ...i.levelHistory.map((c, n) => ({
        at: c.at,
        node: h('li', { class: 'level-change' },
          h('time', { datetime: c.at }, time(c.at)), ' ',
          h('span', { class: `badge small level-${c.level}` }, levelLabel(c.level)), ' ',
          n === 0 ? 'opened at this level' : `level changed to ${c.level}`,
        ),
      })),
    ];
    return entries.sort((a, b) => Date.parse(a.at) - Date.parse(b.at)).map((e) => e.node);
  }

  private deliveryTable(): HTMLElement {
    if (typeof this.deliveries === 'string') return h('p', { class: 'note' }, this.deliveries);
    if (!this.deliveries.length) return h('p', { class: 'note' }, 'No alert was sent for this incident.');
    return h('table', { id: 'deliveries' },
      h('thead', {}, h('tr', {}, ...['Channel', 'Target', 'Level', 'Status', 'Attempts', 'Latency', 'Updated', 'Last error'].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, ...this.deliveries.map((d) => h('tr', { class: `status-${d.status}` },
        h('td', {}, d.channel), h('td', {}, d.target), h('td', {}, `L${d.level}`), h('td', {}, h('span', { class: `status status-${d.status}` }, d.status)),
        h('td', {}, String(d.attempts)), h('td', {}, d.latencyMs === null ? '' : `${(d.latencyMs / 1000).toFixed(2)} s`),
        h('td', {}, time(d.updatedAt)), h('td', {}, d.lastError ?? ''),
      ))),
    );
  }
}
