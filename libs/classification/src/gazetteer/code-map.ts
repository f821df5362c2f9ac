/**
 * A map keyed by a town's three GeoNames codes (country, admin-1, admin-2) in nested Maps: a lookup
 * builds no "<country>/<admin1>/<admin2>" key string. The builder looks up each of 230,000 towns,
 * and a fresh key string per town (concatenated, then hashed) cost more than the lookups; the
 * codes are shared strings (CodeStrings) that hash once.
 */
export class CodeMap<T> {
  private readonly byCountry = new Map<string, Map<string, Map<string, T>>>();

  get(country: string, admin1: string, admin2: string): T | undefined {
    return this.byCountry.get(country)?.get(admin1)?.get(admin2);
  }

  has(country: string, admin1: string, admin2: string): boolean {
    return this.byCountry.get(country)?.get(admin1)?.has(admin2) ?? false;
  }

  set(country: string, admin1: string, admin2: string, value: T): void {
    let a1 = this.byCountry.get(country);
    if (!a1) this.byCountry.set(country, (a1 = new Map()));
    let a2 = a1.get(admin1);
    if (!a2) a1.set(admin1, (a2 = new Map()));
    a2.set(admin2, value);
  }
}
