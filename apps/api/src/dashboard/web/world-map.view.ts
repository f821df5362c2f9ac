/// <reference lib="dom" />
import { geoGraticule10, geoNaturalEarth1, geoPath, GeoProjection } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import type { Incident, SitrepSignal } from '@sitrep/contracts';
import type { WorldMapData } from '../world-map.data';
import { countryName, levelLabel, placeOf, plural } from './format';
import { h, svg } from './dom';

const WIDTH = 960;
const HEIGHT = 500;

type Country = Feature<Geometry, { name: string }>;

/**
 * The world map: Natural Earth countries drawn once, shaded by the highest level of their open
 * incidents; incidents as points sized by report count and coloured by level. Points are links
 * (Enter or click opens the incident). Signals (surge, record, breaking) are rings around the
 * place they are about: their latest incident's point when it is on the map, else the country.
 */
export class WorldMapView {
  readonly element: HTMLElement;
  private readonly countries = new Map<string, SVGPathElement>();
  private readonly points: SVGGElement;
  private readonly signalRings: SVGGElement;
  private incidentsById = new Map<string, Incident>();
  private signals: SitrepSignal[] = [];
  private readonly projection: GeoProjection;
  private centroids: Record<string, [number, number]> = {};

  constructor(world: WorldMapData, private readonly open: (id: string) => void) {
    const layer = feature(world.topology, world.topology.objects.countries as GeometryCollection<{ name: string }>);
    const features = layer.features as Country[];
    this.centroids = world.centroids;
    this.projection = geoNaturalEarth1().fitExtent([[4, 4], [WIDTH - 4, HEIGHT - 4]], { type: 'Sphere' });
    const path = geoPath(this.projection);
    const land = svg('g', { class: 'countries' });
    for (const f of features) {
      const p = svg('path', { d: path(f) ?? '', class: 'country' }, svg('title', {}, f.properties.name));
      land.appendChild(p);
      if (f.id) this.countries.set(String(f.id), p);
    }
    this.points = svg('g', { class: 'points' });
    this.signalRings = svg('g', { class: 'signal-rings' });
    const map = svg(
      'svg',
      { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'group', 'aria-label': 'World map of open incidents', class: 'map-svg' },
      svg('path', { d: path({ type: 'Sphere' }) ?? '', class: 'sphere' }),
      svg('path', { d: path(geoGraticule10()) ?? '', class: 'graticule' }),
      land,
      this.signalRings,
      this.points,
    );
    this.element = h('figure', { class: 'map', id: 'map' }, map, h('figcaption', { class: 'legend' }, ...legend()));
  }

  render(incidents: Incident[]): void {
    const highest = new Map<string, number>();
    for (const i of incidents) for (const c of i.countries) highest.set(c, Math.max(highest.get(c) ?? 0, i.level));
    for (const [code, path] of this.countries) {
      const level = highest.get(code);
      path.setAttribute('class', level ? `country shaded level-${level}` : 'country');
    }
    const g = this.points;
    while (g.firstChild) g.removeChild(g.firstChild);
    // Small and low first, so the big and severe ones are drawn on top.
    const sorted = [...incidents].sort((a, b) => a.level - b.level || a.reports.length - b.reports.length);
    for (const i of sorted) {
      const xy = this.locate(i);
      if (!xy) continue;
      const r = 4 + Math.sqrt(i.reports.length) * 3;
      const label = `${levelLabel(i.level)}: ${i.eventType} in ${placeOf(i)}, ${plural(i.reports.length, 'report')}`;
      const dot = svg(
        'circle',
        {
          cx: xy[0].toFixed(1), cy: xy[1].toFixed(1), r: r.toFixed(1), class: `point level-${i.level}`, tabindex: 0, role: 'link',
          'aria-label': label, 'data-incident': i.id,
          onclick: () => this.open(i.id),
          onkeydown: ((e: KeyboardEvent) => {
            if (e.key === 'Enter' || e.key === ' ') {
              e.preventDefault();
              this.open(i.id);
            }
          }) as EventListener,
        },
        svg('title', {}, label),
      );
      g.appendChild(dot);
    }
    this.incidentsById = new Map(incidents.map((i) => [i.id, i]));
    this.drawSignals();
  }

  /** The latest signals (the live page's signals panel passes them on each refresh). */
  showSignals(signals: SitrepSignal[]): void {
    this.signals = signals;
    this.drawSignals();
  }

  private drawSignals(): void {
    const g = this.signalRings;
    while (g.firstChild) g.removeChild(g.firstChild);
    for (const s of this.signals) {
      const latest = this.incidentsById.get(s.incidentIds[s.incidentIds.length - 1] ?? '');
      const xy = latest ? this.locate(latest) : this.centre(s.country);
      if (!xy) continue;
      const label = `${s.kind}: ${[s.admin1, countryName(s.country)].filter(Boolean).join(', ')} (${s.summary})`;
      g.appendChild(svg('circle', { cx: xy[0].toFixed(1), cy: xy[1].toFixed(1), r: '16', class: `signal-ring kind-${s.kind}`, 'data-signal': s.id, 'aria-label': label }, svg('title', {}, label)));
    }
  }

  private centre(country: string | null | undefined): [number, number] | null {
    const c = this.centroids[country ?? ''];
    return c ? this.projection([c[1], c[0]]) : null;
  }

  /** Its coordinates, else the centre of its first country. */
  private locate(i: Incident): [number, number] | null {
    const p = i.primary;
    let lonLat: [number, number] | null = p && typeof p.lat === 'number' && typeof p.lon === 'number' ? [p.lon, p.lat] : null;
    if (!lonLat) {
      const c = this.centroids[p?.country ?? i.countries[0] ?? ''];
      if (c) lonLat = [c[1], c[0]];
    }
    return lonLat ? this.projection(lonLat) : null;
  }
}

function legend(): Node[] {
  return [1, 2, 3, 4, 5].map((l) => h('span', { class: 'legend-item' }, h('span', { class: `swatch level-${l}`, 'aria-hidden': 'true' }), levelLabel(l)));
}

