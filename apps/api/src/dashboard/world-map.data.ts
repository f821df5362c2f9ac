import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import countries from 'world-countries';

export interface WorldMapData {
  /** Natural Earth 1:110m countries (world-atlas), each geometry's `id` an ISO 3166-1 alpha-2 code. */
  topology: Topology;
  /** [lat, lon] of every country, for incidents without coordinates (small ones are not on the 110m map). */
  centroids: Record<string, [number, number]>;
}

/** Kosovo has no numeric ISO code; Natural Earth leaves it without an id. */
const UNNUMBERED: Record<string, string> = { Kosovo: 'XK' };

/** The world map the dashboard draws, keyed like incidents are (alpha-2), from npm packages only. */
export function buildWorldMap(): WorldMapData {
  const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8')) as Topology;
  const byNumeric = new Map(countries.filter((c) => c.ccn3).map((c) => [c.ccn3, c.cca2]));
  const layer = topology.objects.countries as { geometries: { id?: string | number; properties?: { name?: string } }[] };
  for (const g of layer.geometries) {
    const name = g.properties?.name ?? '';
    g.id = (g.id !== undefined ? byNumeric.get(String(g.id).padStart(3, '0')) : undefined) ?? UNNUMBERED[name] ?? undefined;
    g.properties = { name };
  }
  const centroids: Record<string, [number, number]> = {};
  for (const c of countries) if (c.latlng?.length === 2) centroids[c.cca2] = [c.latlng[0], c.latlng[1]];
  return { topology, centroids };
}
