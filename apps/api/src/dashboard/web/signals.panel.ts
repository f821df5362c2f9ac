/// <reference lib="dom" />
import type { SitrepSignal } from '@sitrep/contracts';
import { h, replace } from './dom';
import { countryName, time } from './format';

const REFRESH_MS = 30_000;
const SHOWN = 10;

/**
 * The latest signals (surge, record, breaking), refreshed every 30 s; each links to its latest
 * incident. `onSignals` receives each refresh (the map draws them).
 */
export function signalsPanel(onSignals: (signals: SitrepSignal[]) => void = () => undefined): HTMLElement {
  const list = h('ol', { class: 'signals', id: 'signal-list', 'aria-label': 'Latest signals' }, h('li', { class: 'note' }, 'Loading…'));
  const load = async () => {
    try {
      const res = await fetch('/v1/signals');
      if (!res.ok) throw new Error(res.statusText);
      const { items } = (await res.json()) as { items: SitrepSignal[] };
      onSignals(items.slice(0, SHOWN));
      replace(list, ...(items.length ? items.slice(0, SHOWN).map((s) => {
        const last = s.incidentIds[s.incidentIds.length - 1];
        return h('li', { class: `signal kind-${s.kind}` },
          h('strong', {}, s.kind), ' ', h('span', { class: 'meta' }, `${[s.admin1, countryName(s.country)].filter(Boolean).join(', ')} · ${time(s.at)}`), ' ',
          last ? h('a', { href: `#/incident/${encodeURIComponent(last)}` }, s.summary) : s.summary);
      }) : [h('li', { class: 'note' }, 'No signal yet.')]));
    } catch (e) {
      replace(list, h('li', { class: 'note' }, `Signals unavailable: ${(e as Error).message}`));
    }
  };
  void load();
  setInterval(() => void load(), REFRESH_MS);
  return h('section', { class: 'panel signals-panel', 'aria-labelledby': 'signals-h' }, h('h2', { id: 'signals-h' }, 'Signals'), list);
}
