import { Rule, SitrepSignal } from '@sitrep/contracts';
import { foldAdminName } from '@sitrep/rules';

/**
 * Whether a rule subscribed to this signal (v1.1 `signals`): its kind is listed, and the signal's
 * place is in the rule's countries and admin-1 (name or ISO 3166-2 code) where the rule names
 * them. A rule that names only macro-regions gets no signals (a signal has a country, not a region).
 */
export function ruleWantsSignal(rule: Rule, signal: SitrepSignal): boolean {
  if (!rule.signals?.includes(signal.kind)) return false;
  const hasCountries = !!rule.countries?.length;
  const hasAdmin1 = !!rule.admin1?.length;
  if (!hasCountries && !hasAdmin1 && rule.regions?.length) return false;
  if (hasCountries && !(signal.country && rule.countries!.includes(signal.country))) return false;
  if (hasAdmin1) {
    const wanted = new Set(rule.admin1!.map((a) => foldAdminName(a)));
    const names = [signal.admin1, signal.admin1Code].filter((x): x is string => !!x).map((a) => foldAdminName(a));
    if (!names.some((n) => wanted.has(n))) return false;
  }
  return true;
}
