import { LEAD_MAX, leadOf } from './article-lead';

describe(leadOf.name, () => {
  it('keeps a short body whole', () => {
    expect(leadOf('  One sentence.  ')).toBe('One sentence.');
  });

  it('cuts a long body at the last sentence end that fits', () => {
    const first = `${'A first sentence that is long enough. '.repeat(5).trim()}`;
    const sut = leadOf(`${first} ${'More words here. '.repeat(50)}`);
    expect(sut.length).toBeLessThanOrEqual(LEAD_MAX);
    expect(sut.endsWith('.')).toBe(true);
    expect(sut.startsWith(first)).toBe(true);
  });

  it('cuts at a word, marked, when no sentence ends in time', () => {
    const sut = leadOf('word '.repeat(200));
    expect(sut.length).toBeLessThanOrEqual(LEAD_MAX + 1);
    expect(sut.endsWith('word…')).toBe(true);
  });
});
