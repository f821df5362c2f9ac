/// <reference lib="dom" />
import type { WorldMapData } from '../world-map.data';
import { h, replace } from './dom';
import { HealthView } from './health.view';
import { HistoryView } from './history.view';
import { IncidentView } from './incident.view';
import { LiveStore } from './live-store';
import { LiveView } from './live.view';
import { MailboxView } from './mailbox.view';
import { RulesView } from './rules.view';
import { WorldMapView } from './world-map.view';

interface View {
  element: HTMLElement;
  destroy(): void;
}

/** The dashboard: one live store for the whole page, one view at a time chosen by the URL hash. */
async function start(): Promise<void> {
  const main = document.getElementById('main')!;
  const conn = document.getElementById('conn')!;
  const store = new LiveStore();
  const world = (await (await fetch('/assets/world.json')).json()) as WorldMapData;
  const map = new WorldMapView(world, (id) => (location.hash = `#/incident/${encodeURIComponent(id)}`));
  let view: View | null = null;
  // The live view is kept while others are shown, so its map and list need not be rebuilt.
  let live: LiveView | null = null;

  store.subscribe(() => {
    conn.textContent = store.connected ? (store.paused ? 'live · paused' : 'live') : 'reconnecting…';
    conn.className = `conn ${store.connected ? 'ok' : 'down'}`;
  });

  const route = () => {
    const hash = location.hash.replace(/^#\/?/, '');
    const [name, ...rest] = hash.split('/');
    if (view && view !== live) view.destroy();
    if (name === 'incident' && rest.length) view = new IncidentView(decodeURIComponent(rest.join('/')), store);
    else if (name === 'health') view = new HealthView();
    else if (name === 'history') view = new HistoryView();
    else if (name === 'rules') view = new RulesView(store);
    else if (name === 'mailbox') view = new MailboxView();
    else view = live ??= new LiveView(store, map);
    replace(main, view.element);
    const active = name === 'incident' ? 'live' : name || 'live';
    for (const a of Array.from(document.querySelectorAll<HTMLAnchorElement>('nav a[data-route]'))) {
      if (a.dataset.route === active) a.setAttribute('aria-current', 'page');
      else a.removeAttribute('aria-current');
    }
    if (name) main.focus({ preventScroll: true });
  };
  window.addEventListener('hashchange', route);
  route();
  store.connect();
  await store.load().catch((e: Error) => main.prepend(h('p', { class: 'error' }, `Could not load incidents: ${e.message}`)));
}

void start();
