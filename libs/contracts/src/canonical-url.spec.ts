import { canonicalUrl } from './canonical-url';

describe(canonicalUrl.name, () => {
  const sut = canonicalUrl;

  it('strips tracking parameters, scheme, www and fragment', () => {
    const a = sut('https://www.Example.com/world/story-1?utm_source=tw&utm_medium=social&fbclid=abc#top');
    const b = sut('http://example.com/world/story-1/');
    expect(a).toBe('example.com/world/story-1');
    expect(b).toBe(a);
  });

  it('keeps meaningful parameters, sorted', () => {
    expect(sut('https://example.com/a?b=2&id=7&gclid=x')).toBe('example.com/a?b=2&id=7');
    expect(sut('https://example.com/a?id=7&b=2')).toBe(sut('https://example.com/a?b=2&id=7'));
  });

  it('tells different pages apart', () => {
    expect(sut('https://example.com/a?id=7')).not.toBe(sut('https://example.com/a?id=8'));
    expect(sut('https://example.com/a')).not.toBe(sut('https://example.org/a'));
  });

  it('returns null for missing or non-http input', () => {
    expect(sut('')).toBeNull();
    expect(sut(null)).toBeNull();
    expect(sut('ftp://example.com/x')).toBeNull();
    expect(sut('not a url')).toBeNull();
  });
});

describe('articleIdFromUrl', () => {
  // Imported here to keep the id rule beside the URL rule it rests on.
  const { articleIdFromUrl } = jest.requireActual('./article-id') as typeof import('./article-id');

  it('gives the same id to the same page with tracking parameters, fragment or www', () => {
    const a = articleIdFromUrl('https://news.example/world/2026/attack?id=7');
    expect(a).toMatch(/^u-[0-9a-f]{24}$/);
    expect(articleIdFromUrl('https://www.news.example/world/2026/attack?utm_source=x&id=7#top')).toBe(a);
    expect(articleIdFromUrl('https://news.example/world/2026/other?id=7')).not.toBe(a);
  });
});
