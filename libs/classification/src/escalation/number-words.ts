/** Reads counts written in digits or words: "5", "1,200", "five", "twenty-three", "dozens". */
const UNITS: Record<string, number> = {
  zero: 0, no: 0, a: 1, an: 1, one: 1, single: 1, lone: 1, two: 2, both: 2, three: 3, four: 4, five: 5, six: 6, seven: 7,
  eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15,
  sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40,
  fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
  couple: 2, several: 3, few: 3, some: 3, many: 10, dozens: 24, scores: 40, hundreds: 200, thousands: 2000,
};

/** The alternation used inside casualty patterns (longest first, so "twenty-three" beats "twenty"). */
export const NUMBER_PATTERN =
  "(?:\\d{1,3}(?:,\\d{3})+|\\d+|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](?:one|two|three|four|five|six|seven|eight|nine)|a dozen|two dozen|a couple of|a few|a hundred|one hundred|dozens of|scores of|hundreds of|thousands of|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|several|dozens|hundreds|a|an|single|lone|both|many|some)";

export function parseCount(text: string): number | null {
  const t = text.toLowerCase().replace(/\s+of$/, '').trim();
  if (/^\d/.test(t)) return Number(t.replace(/,/g, ''));
  const parts = t.split(/[- ]+/).filter((p) => p !== 'a' || t === 'a');
  let total = 0;
  let seen = false;
  for (const p of parts) {
    if (p === 'a' && parts.length > 1) continue;
    const v = UNITS[p];
    if (v === undefined) continue;
    seen = true;
    if ((p === 'hundred' || p === 'dozen') && total > 0) total *= v;
    else total += v;
  }
  return seen ? total : null;
}
