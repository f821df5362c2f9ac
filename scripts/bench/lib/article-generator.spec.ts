import { ArticleGenerator } from './article-generator';
import { percentiles } from './percentiles';

describe(ArticleGenerator.name, () => {
  it('is reproducible from its seed and writes 1-5 KB articles with the promised mix', () => {
    const sut = new ArticleGenerator(3, 'spec');
    const again = new ArticleGenerator(3, 'spec');
    const items = Array.from({ length: 2000 }, () => sut.next(0));
    expect(Array.from({ length: 2000 }, () => again.next(0).article.id)).toEqual(items.map((i) => i.article.id));
    for (const { article } of items) {
      expect(article.body.length).toBeGreaterThanOrEqual(1000);
      expect(article.body.length).toBeLessThan(5300);
    }
    const share = (kind: string) => items.filter((i) => i.kind === kind).length / items.length;
    expect(share('repeat')).toBeGreaterThan(0.18);
    expect(share('repeat')).toBeLessThan(0.32);
    expect(share('resend')).toBeLessThan(0.05);
    expect(new Set(items.map((i) => i.intendedLevel)).size).toBe(5);
  });

  it('gives distinct events distinct bodies (no accidental near-duplicates)', () => {
    const sut = new ArticleGenerator(9, 'spec', 0, 0);
    const [a, b] = [sut.newAt(1).article.body, sut.newAt(1).article.body];
    const words = (s: string) => new Set(s.toLowerCase().split(/\W+/));
    const wa = words(a);
    const wb = words(b);
    const shared = [...wa].filter((w) => wb.has(w)).length;
    expect(shared / Math.min(wa.size, wb.size)).toBeLessThan(0.6);
  });

  it("repeats an event's site and named source in its other reports, and no other event has them", () => {
    const sut = new ArticleGenerator(5, 'spec', 0.25, 0);
    const items = Array.from({ length: 600 }, () => sut.next(0));
    const siteOf = (body: string) => /near the ([A-Z][a-z]+ [a-z]+)/.exec(body)?.[1] ?? /around the ([A-Z][a-z]+ [a-z]+)/.exec(body)?.[1];
    const sites = new Map<string, Set<string>>();
    for (const { article, eventKey } of items) {
      const site = siteOf(article.body);
      expect(site).toBeDefined();
      sites.set(eventKey, (sites.get(eventKey) ?? new Set()).add(site!));
    }
    // One site per event, across all of its reports …
    expect([...sites.values()].every((s) => s.size === 1)).toBe(true);
    expect(items.filter((i) => i.kind === 'repeat').length).toBeGreaterThan(50);
    // … and (names being random syllables) almost never another event's.
    const all = [...sites.values()].map((s) => [...s][0]);
    expect(new Set(all).size).toBeGreaterThan(all.length * 0.97);
  });
});

describe(percentiles.name, () => {
  it('takes nearest-rank percentiles', () => {
    const sut = percentiles(Array.from({ length: 100 }, (_, i) => 100 - i), [50, 95, 99, 100]);
    expect(sut).toEqual([50, 95, 99, 100]);
    expect(percentiles([], [50])).toEqual([NaN]);
  });
});
