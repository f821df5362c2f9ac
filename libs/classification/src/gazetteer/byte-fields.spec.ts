import { CodeStrings, decimalAt, numberAt } from './byte-fields';

describe(numberAt.name, () => {
  it('reads every text to the same double as Number(): plain decimals from the bytes, anything else through Number()', () => {
    const values = ['0', '-0', '-0.0', '12', '00012', '.5', '5.', '-', '.', '', ' 7', '1e3', '+4', '0x1F', 'Infinity', 'abc', '٣', '42.53176', '-179.99999', '0.1',
      '0.30000000000000004', '123456789012345', '1234567890123456', '9007199254740993', '1.7976931348623157', '602\r'];
    let seed = 7;
    const next = (): number => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed / 2 ** 31; };
    for (let i = 0; i < 5000; i++) values.push(((next() - 0.5) * 360).toFixed(Math.floor(next() * 12)), String(Math.floor(next() * 1e7)));
    const bytes = Buffer.from(`|${values.join('|')}|`, 'utf8');
    let at = 1;
    for (const v of values) {
      const end = bytes.indexOf('|', at);
      expect([v, numberAt(bytes, at, end)]).toEqual([v, Number(v)]);
      at = end + 1;
    }
  });

  it('reads plain decimals only from the bytes', () => {
    const bytes = Buffer.from('-12.50|1e3');
    expect(decimalAt(bytes, 0, 6)).toBe(-12.5);
    expect(decimalAt(bytes, 7, 10)).toBeUndefined();
  });
});

describe(CodeStrings.name, () => {
  it('gives the text of each span, one shared string per short code', () => {
    const bytes = Buffer.from('PPLA2\tUS\tPPLA2\t08\tUS\tÉcole\tAbcdefghijkl\t', 'utf8');
    const sut = new CodeStrings(bytes);
    const spans: string[] = [];
    for (let at = 0, end = bytes.indexOf(9); end >= 0; at = end + 1, end = bytes.indexOf(9, at)) spans.push(sut.at(at, end));
    expect(spans).toEqual(['PPLA2', 'US', 'PPLA2', '08', 'US', 'École', 'Abcdefghijkl']);
    expect(sut.at(0, 0)).toBe('');
  });
});
