import { TopicNamer } from './topic-namer';

describe(TopicNamer.name, () => {
  it('prefixes and strips the deployment prefix', () => {
    const sut = new TopicNamer('t42');
    expect(sut.physical('articles.raw')).toBe('t42.articles.raw');
    expect(sut.logical('t42.articles.raw')).toBe('articles.raw');
    expect(sut.logical('other.articles.raw')).toBe('other.articles.raw');
  });

  it('leaves names alone without a prefix', () => {
    const sut = new TopicNamer();
    expect(sut.physical('incidents')).toBe('incidents');
    expect(sut.logical('incidents')).toBe('incidents');
  });
});
