import type { Admin1Unit, GeoNamesCity } from './package-data';

interface Seat { unit: Admin1Unit; lat: number; lon: number; reach: number }

/**
 * The unit a town lies in, given the GeoNames unit its row names: that unit, or, where units
 * GeoNames lacks divide it (Admin1Unit.seated: the Palestinian governorates within the West Bank and
 * the Gaza Strip), the one whose seat is nearest once each distance is divided by the square root of
 * the unit's area, so a large governorate's seat reaches further than a small one's. A town on a
 * boundary can land on the wrong side; GeoNames has no finer code to say. A town of such a country
 * with no unit at all takes the nearest seat of the country's.
 */
export function seatedUnits(cities: readonly GeoNamesCity[], units: readonly Admin1Unit[]): (c: GeoNamesCity, unit: Admin1Unit | undefined) => Admin1Unit | undefined {
  const seatIds = new Map<number, Admin1Unit>();
  for (const u of units) if (u.seated) seatIds.set(u.seated.seat, u);
  const within = new Map<string, Seat[]>();
  // Every seat of a country, for its towns GeoNames gives no unit (admin-1 "00": some forty West
  // Bank and Gaza villages, Al-Ubaydiya, Umm al-Khair, Abasan al-Jadida).
  const inCountry = new Map<string, Seat[]>();
  for (const c of cities) {
    const u = seatIds.get(c.geonameId);
    if (!u?.seated) continue;
    const seat = { unit: u, lat: c.lat, lon: c.lon, reach: Math.sqrt(u.seated.areaKm2) };
    for (const [map, key] of [[within, u.seated.within], [inCountry, u.country]] as const) {
      const list = map.get(key) ?? [];
      list.push(seat);
      map.set(key, list);
    }
  }
  return (c, unit) => {
    const seats = unit ? within.get(unit.code) : inCountry.get(c.country);
    if (!seats) return unit;
    let best = unit;
    let bestDistance = Infinity;
    for (const s of seats) {
      const x = (c.lon - s.lon) * Math.cos(((c.lat + s.lat) / 2) * Math.PI / 180);
      const d = Math.sqrt(x * x + (c.lat - s.lat) ** 2) / s.reach;
      if (d < bestDistance) { bestDistance = d; best = s.unit; }
    }
    return best;
  };
}
