import { blankLine, dotThenSpaces, hasLineBreak, hasSpace, hasStop, nameGap, spacesOnly, spacesOrHyphens, stopThenSpace } from './gap';

describe('gap tests', () => {
  it('agree with /\\s/ on every character of the Basic Multilingual Plane', () => {
    const disagree: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const s = String.fromCharCode(c);
      if (spacesOnly(s, 0, 1) !== /^\s$/.test(s)) disagree.push(c);
    }
    expect(disagree).toEqual([]);
  });

  it.each([
    ['x y', true, true, true], ['x. y', false, true, false], ['x.y', false, false, false], ['xy', false, false, false],
    ['x - y', false, false, true], ['x\u00a0y', true, true, true], ['x\u200by', false, false, false], ['x .y', false, false, false],
  ])('read the gap of %j as the regular expressions do', (text, spaces, dot, hyphens) => {
    const end = text.length - 1;
    expect([spacesOnly(text, 1, end), dotThenSpaces(text, 1, end), spacesOrHyphens(text, 1, end)]).toEqual([spaces, dot, hyphens]);
    const gap = text.slice(1, end);
    expect([/^\s+$/.test(gap), /^\.?\s+$/.test(gap), /^[\s-]+$/.test(gap)]).toEqual([spaces, dot, hyphens]);
  });

  it('read sentence gaps as the regular expressions the tokenizer used', () => {
    // Every gap of up to four characters over the characters that matter, inside a word on each side.
    const chars = ['.', '!', '?', ' ', '\n', '\t', '\u00a0', '"', "'", '\u201d', '\u2019', ')', ']', ',', '-', 'x'];
    const gaps: string[] = [''];
    for (let n = 0; n < 4; n++) for (const g of [...gaps]) if (g.length === n) for (const c of chars) gaps.push(g + c);
    const disagree = gaps.filter((gap) => {
      const text = `a${gap}b`;
      const end = text.length - 1;
      return hasSpace(text, 1, end) !== /\s/.test(gap) || hasLineBreak(text, 1, end) !== gap.includes('\n')
        || blankLine(text, 1, end) !== /\n\s*\n/.test(gap) || hasStop(text, 1, end) !== /[.!?]/.test(gap)
        || stopThenSpace(text, 1, end) !== /[.!?]["'”’)\]]*(\s|$)/.test(gap);
    });
    expect(disagree).toEqual([]);
  });

  it('read the gaps inside a name as the regular expression the mention finder used', () => {
    const chars = [' ', '\n', '\t', '\u00a0', '-', '\u2010', '\u2011', '.', ',', 'x'];
    const gaps: string[] = [''];
    for (let n = 0; n < 4; n++) for (const g of [...gaps]) if (g.length === n) for (const c of chars) gaps.push(g + c);
    const disagree = gaps.filter((gap) => nameGap(`a${gap}b`, 1, gap.length + 1) !== (/^[\s\-\u2010\u2011.]{1,3}$/.test(gap) && !gap.includes('\n')));
    expect(disagree).toEqual([]);
  });
});
