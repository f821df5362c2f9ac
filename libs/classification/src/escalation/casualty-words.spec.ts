import { readFileSync } from 'fs';
import { join } from 'path';
import { CASUALTY_WORD, casualtyKinds } from './casualty-words';
import { DEATH_PATTERNS, INJURY_PATTERNS } from './casualty.extractor';

/** A fixed pseudo-random sequence (mulberry32). */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Texts made of the patterns' own words (so most hold a keyword or a near miss), in any case,
 * joined by spaces, line breaks, punctuation or nothing, some with a non-ASCII character; and
 * every sentence of the extractor's spec.
 */
function inputs(): string[] {
  const sources = [CASUALTY_WORD, ...DEATH_PATTERNS, ...INJURY_PATTERNS].map((re) => re.source).join(' ');
  const words = [...new Set(sources.match(/[a-z]{2,}/g) ?? []), 'the', 'five', '12', 'people', 'a', 'Colombian', 'of'];
  const joins = [' ', ' ', ' ', '  ', '\n', ', ', '', '-', '; ', '. '];
  const odd = ['é', '\u212a', '\u00a0', 'İ', '’'];
  const next = random(7);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)];
  const out: string[] = [];
  for (let i = 0; i < 30000; i++) {
    const parts: string[] = [];
    for (let n = 2 + Math.floor(next() * 10); n > 0; n--) {
      const w = pick(words);
      const r = next();
      parts.push(r < 0.1 ? w.toUpperCase() : r < 0.2 ? w.charAt(0).toUpperCase() + w.slice(1) : w, pick(joins));
      if (next() < 0.02) parts.push(pick(odd));
    }
    out.push(parts.join(''));
  }
  // The patterns' literal phrases ("gunned down", "lost their lives") between a subject and an object.
  const phrases = [...new Set(sources.split(/[|()?:\\[\]{}^$+*!=]+/).map((p) => p.trim()).filter((p) => /^[a-z' ]{3,}$/.test(p)))];
  const subjects = ['two men', 'the mayor', 'gunmen', '12 people', 'he', 'the war', 'police said five', 'his', "Galan's"];
  const links = ['', 'was', 'were', 'have been', 'was found', 'of', 'the'];
  const objects = ['', 'a Colombian', 'two soldiers', 'in the attack', 'of the judge', 'case', 'to death', 'down'];
  for (let i = 0; i < 20000; i++) out.push([pick(subjects), pick(links), pick(phrases), pick(phrases), pick(objects)].join(' ').replace(/\s+/g, ' '));
  const spec = readFileSync(join(__dirname, 'casualty.extractor.spec.ts'), 'utf8');
  for (const m of spec.matchAll(/'((?:[^'\\]|\\.)*)'/g)) out.push(m[1].replace(/\\'/g, "'"));
  return out;
}

describe(casualtyKinds.name, () => {
  const texts = inputs();

  it('is null exactly where CASUALTY_WORD does not match the lower-cased text', () => {
    const disagree = texts.filter((t) => (casualtyKinds(t) !== null) !== CASUALTY_WORD.test(t.toLowerCase()));
    expect(disagree).toEqual([]);
    expect(texts.filter((t) => casualtyKinds(t) === null).length).toBeGreaterThan(1000);
  });

  it('allows deaths (injuries) wherever a pattern of the dead (injured) matches', () => {
    const missed: string[] = [];
    let matched = 0;
    for (const t of texts) {
      const kinds = casualtyKinds(t);
      if (kinds === null) continue;
      const lower = t.toLowerCase().replace(/[\t\n\r\f\v\u00a0]/g, ' ');
      const matches = (re: RegExp) => {
        re.lastIndex = 0;
        return re.test(lower);
      };
      if (!kinds.deaths && DEATH_PATTERNS.some(matches)) missed.push(`deaths: ${t}`);
      if (!kinds.injuries && INJURY_PATTERNS.some(matches)) missed.push(`injuries: ${t}`);
      if (DEATH_PATTERNS.some(matches) || INJURY_PATTERNS.some(matches)) matched++;
    }
    expect(missed).toEqual([]);
    expect(matched).toBeGreaterThan(1000);
  });

  it('finds keywords inside words, in capitals and across a line break', () => {
    expect(casualtyKinds('Skilled workers')).toEqual({ deaths: true, injuries: false });
    expect(casualtyKinds('THREE WOUNDED')).toEqual({ deaths: false, injuries: true });
    expect(casualtyKinds('He lost his\nlife')).toEqual({ deaths: true, injuries: false });
    expect(casualtyKinds('A life of service')).toBeNull();
    expect(casualtyKinds('Talks resumed in Paris')).toBeNull();
  });
});
