import { TokenizedText } from '../text/tokenizer';
import { GeoMention } from './geo-mention';

/**
 * Countries at peace whose small towns share their names with villages of the world's wars: the
 * European Union's, Britain's and their neighbours', Australia's, New Zealand's, Japan's, Korea's,
 * Taiwan's, Singapore's, Canada's and Belarus's (not the United States', whose shootings and riots
 * conflict reports do name by their towns).
 */
const QUIET_COUNTRIES: ReadonlySet<string> = new Set([
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI',
  'ES', 'SE', 'GB', 'NO', 'CH', 'IS', 'LI', 'AD', 'MC', 'SM', 'AU', 'NZ', 'JP', 'KR', 'TW', 'SG', 'CA', 'BY',
]);

/** Towns smaller than this are the ones a village's name abroad lands on ("Moura", 9,000 people). */
const QUIET_STRAY_MAX_POPULATION = 20_000;

/** Words of war, not of crime: armed forces and groups, and what they strike. */
const WAR_WORDS: ReadonlySet<string> = new Set([
  'soldiers', 'troops', 'army', 'militants', 'jihadists', 'jihadist', 'insurgents', 'rebels', 'militia', 'militias', 'militiamen', 'fighters',
  'paramilitaries', 'paramilitary', 'bandits', 'airstrike', 'airstrikes', 'shelling', 'shelled', 'villagers',
]);

/**
 * In a report of war that no armed group or unit word places ("soldiers", "militants", "an
 * airstrike"), a small town or district of a country at peace that is the report's one place is a
 * namesake of a village the gazetteer lacks ("soldiers killed hundreds in Moura" is Mali's Moura,
 * not Portugal's): it is dropped, so the last-resort phases read the name instead. A crime report
 * ("a man was stabbed in Bree") keeps its town. Measured on the dev probes and corpora: no report
 * lost, a few wrong countries less (docs/classification.md, twentieth round).
 */
export function quietCountryStrays(doc: TokenizedText, mentions: GeoMention[]): GeoMention[] {
  const literal = mentions.filter((m) => m.role === 'literal');
  if (literal.length !== 1) return mentions;
  const p = literal[0].place;
  const small = (p.kind === 'city' || (p.kind === 'admin2' && p.district === true)) && p.population < QUIET_STRAY_MAX_POPULATION;
  if (!p.country || !QUIET_COUNTRIES.has(p.country) || !small || !doc.norms.some((w) => WAR_WORDS.has(w))) return mentions;
  return mentions.filter((m) => m !== literal[0]);
}
