import { makeIncident } from '../../test-support/incident.factory';
import { csvField, csvHeader, csvRow, CSV_COLUMNS } from './incident-csv';
import { GEOJSON_CLOSE, GEOJSON_OPEN, geoJsonFeature } from './incident-geojson';

describe('incident export', () => {
  const incident = makeIncident({ id: 'inc-1', reportsAt: ['2026-06-01T10:00:00Z'], admin1: 'Al Anbar', admin1Code: 'IQ-AN', title: 'Rockets hit "Ain al-Asad", base', killed: 2 });

  it('writes RFC 4180 fields and defuses formulas', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField(-3)).toBe('-3');
    expect(csvField(null)).toBe('');
  });

  it('has one field per column in every row', () => {
    const header = csvHeader().trim().split(',');
    expect(header).toEqual([...CSV_COLUMNS]);
    const row = csvRow(incident);
    expect(row).toContain('"Rockets hit ""Ain al-Asad"", base"');
    expect(row).toContain(',IQ-AN,');
    expect(row.endsWith('\r\n')).toBe(true);
  });

  it('writes a FeatureCollection of primary points (lon, lat)', () => {
    const doc = JSON.parse(GEOJSON_OPEN + JSON.stringify(geoJsonFeature(incident)) + GEOJSON_CLOSE);
    expect(doc.type).toBe('FeatureCollection');
    expect(doc.features[0]).toMatchObject({ type: 'Feature', id: 'inc-1', geometry: { type: 'Point', coordinates: [43.3, 33.4] }, properties: { killed: 2, admin1Code: 'IQ-AN' } });
    const nowhere = { ...incident, primary: { ...incident.primary, lat: null, lon: null } };
    expect((geoJsonFeature(nowhere) as { geometry: unknown }).geometry).toBeNull();
  });
});
