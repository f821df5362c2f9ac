import { stem } from './word-stem';

describe(stem.name, () => {
  it.each([
    ['kills', 'kill'], ['killed', 'kill'], ['killing', 'kill'], ['killings', 'kill'],
    ['protests', 'protest'], ['protested', 'protest'], ['protesting', 'protest'],
    ['casualties', 'casualty'], ['forces', 'force'], ['clashes', 'clash'], ['reportedly', 'report'],
    ['news', 'news'], ['press', 'press'], ['bus', 'bus'], ['crisis', 'crisis'], ['army', 'army'], ['shot', 'shot'],
  ])('%s → %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });
});
