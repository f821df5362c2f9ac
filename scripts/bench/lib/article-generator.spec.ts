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
});

describe(percentiles.name, () => {
  it('takes nearest-rank percentiles', () => {
    const sut = percentiles(Array.from({ length: 100 }, (_, i) => 100 - i), [50, 95, 99, 100]);
    expect(sut).toEqual([50, 95, 99, 100]);
    expect(percentiles([], [50])).toEqual([NaN]);
  });
});
