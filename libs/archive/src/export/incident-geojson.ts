import { Incident } from '@sitrep/contracts';

/** One GeoJSON Feature (RFC 7946) at the incident's primary point; geometry null when it has none. */
export function geoJsonFeature(i: Incident): object {
  const p = i.primary;
  const point = typeof p.lat === 'number' && typeof p.lon === 'number' ? { type: 'Point', coordinates: [p.lon, p.lat] } : null;
  return {
    type: 'Feature',
    id: i.id,
    geometry: point,
    properties: {
      id: i.id, level: i.level, eventType: i.eventType, subEventType: i.subEventType, country: p.country, admin1: p.admin1,
      admin1Code: p.admin1Code ?? null, city: p.city, firstSeen: i.firstSeen, lastSeen: i.lastSeen, killed: i.casualties.killed,
      injured: i.casualties.injured, actors: i.actors, reports: i.reports.length, summary: i.summary ?? i.reports[0]?.title ?? null,
    },
  };
}

export const GEOJSON_OPEN = '{"type":"FeatureCollection","features":[';
export const GEOJSON_CLOSE = ']}\n';
