import { SignalKind } from '@sitrep/contracts';

const ordinal = (n: number): string => {
  const s = ['th', 'st', 'nd', 'rd'];
  const v = n % 100;
  return `${n}${s[(v - 20) % 10] ?? s[v] ?? s[0]}`;
};
const round = (x: number) => Math.round(x * 10) / 10;

/** One line an analyst reads: "3rd level ≥ 3 incident in Al Anbar in 7 days (previous 4 weeks: 0.5 a week)". */
export function signalSummary(kind: SignalKind, place: string, observed: number, baseline: number): string {
  switch (kind) {
    case 'surge':
      return `${ordinal(observed)} level ≥ 3 incident in ${place} in 7 days (previous 4 weeks: ${round(baseline)} a week)`;
    case 'record':
      return `${observed} killed in ${place} in 30 days, the most in 12 months (previous high: ${baseline})`;
    case 'breaking':
      return `Breaking in ${place}: ${observed} sources within 30 minutes`;
  }
}
