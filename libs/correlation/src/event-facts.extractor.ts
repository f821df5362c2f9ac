/**
 * What tells two similar events apart when their words agree: the dates a report states and the
 * year it is about. Two earthquakes, two shootings, two award ceremonies read alike; "21 July
 * 2013" against "14 December 2006" does not (ECB+ dev: 28 of 48 clusters carry a stated full date
 * or year in most of their articles, and the two sub-topics of a topic differ in it).
 *
 * Only absolute dates are read. Relative ones ("on Tuesday", "last year") resolve against the
 * publication time, which the eval corpus does not have (its times are spread artificially), so a
 * weight learned for them there would be noise.
 */

export interface EventFacts {
  /** Full dates stated in the text (YYYY-MM-DD), in order of first mention, at most 4. */
  dates: string[];
  /** The first date the text says something happened on ("on 10 March 2026", "on Tuesday, 10 March 2026"), not a dateline. */
  eventDate: string | null;
  /** The year the report is about: that of its first full date, else its most mentioned year (ties: the latest). */
  year: number | null;
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const YEAR = '((?:19|20)\\d\\d)';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
/** "21 July 2013", "21st of July, 2013" */
const DAY_MONTH_YEAR = new RegExp(`\\b${DAY}(?: of)? ${MONTH},? ${YEAR}\\b`, 'g');
/** "July 21, 2013", "May 03 2013" */
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH} ${DAY},? ${YEAR}\\b`, 'g');
/** "2013-07-21" */
const ISO_DATE = /\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b/g;
/** A year on its own, not part of a longer number, an amount or a count ("2,013", "$2013"). */
const BARE_YEAR = /(?<![\d$£€,.])\b(19[5-9]\d|20[0-4]\d)\b(?![\d,.]\d)/g;
const MAX_DATES = 4;
const ON_BEFORE = /\bon (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,? )?(?:the )?$/i;

function iso(year: number, month: number, day: number): string | null {
  if (!month || day < 1 || day > 31) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const monthOf = (name: string): number => MONTHS[name.slice(0, name.toLowerCase().startsWith('sept') ? 4 : 3).toLowerCase()] ?? 0;

export function extractEventFacts(text: string): EventFacts {
  // Matches with their offsets, so that the first date in the text comes first.
  const found: { at: number; date: string; on: boolean }[] = [];
  // "on" (and a weekday) right before the match: the text dates the event, not its own publication.
  const isOn = (at: number): boolean => ON_BEFORE.test(text.slice(Math.max(0, at - 16), at));
  for (const m of text.matchAll(DAY_MONTH_YEAR)) {
    const d = iso(Number(m[3]), monthOf(m[2]), Number(m[1]));
    if (d) found.push({ at: m.index ?? 0, date: d, on: isOn(m.index ?? 0) });
  }
  for (const m of text.matchAll(MONTH_DAY_YEAR)) {
    const d = iso(Number(m[3]), monthOf(m[1]), Number(m[2]));
    if (d) found.push({ at: m.index ?? 0, date: d, on: isOn(m.index ?? 0) });
  }
  for (const m of text.matchAll(ISO_DATE)) {
    const d = iso(Number(m[1]), Number(m[2]), Number(m[3]));
    if (d && Number(m[2]) <= 12) found.push({ at: m.index ?? 0, date: d, on: isOn(m.index ?? 0) });
  }
  found.sort((a, b) => a.at - b.at);
  const dates: string[] = [];
  for (const f of found) if (!dates.includes(f.date) && dates.length < MAX_DATES) dates.push(f.date);
  const eventDate = found.find((f) => f.on)?.date ?? null;
  if (dates.length) return { dates, eventDate, year: Number(dates[0].slice(0, 4)) };
  const counts = new Map<number, number>();
  for (const m of text.matchAll(BARE_YEAR)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  let year: number | null = null;
  let best = 0;
  for (const [y, n] of counts) {
    if (n > best || (n === best && year !== null && y > year)) {
      year = y;
      best = n;
    }
  }
  return { dates, eventDate: null, year };
}

/** Days between two YYYY-MM-DD dates. */
export function daysBetween(a: string, b: string): number {
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;
}
