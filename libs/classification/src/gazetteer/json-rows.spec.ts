import { readStringRows, StringRows } from './json-rows';

const FIELDS = ['name', 'lat', 'lng'] as const;

function rowsOf(json: string): StringRows {
  return readStringRows(Buffer.from(json, 'utf8'), FIELDS);
}

/** Every row as JSON.parse and Number() read it: what the rows must agree with. */
function parsed(json: string): { text: (string | undefined)[]; number: number[] }[] {
  return (JSON.parse(json.replace(/^\uFEFF/, '')) as Record<string, string | undefined>[]).map((r) => ({
    text: FIELDS.map((f) => r[f]),
    number: FIELDS.map((f) => Number(r[f])),
  }));
}

function read(rows: StringRows): { text: (string | undefined)[]; number: number[] }[] {
  return Array.from({ length: rows.length }, (_, r) => ({
    text: FIELDS.map((_f, i) => rows.text(r, i)),
    number: FIELDS.map((_f, i) => rows.number(r, i)),
  }));
}

describe(readStringRows.name, () => {
  it('reads the wanted values of each row as JSON.parse does: absent ones undefined, a repeated key\'s last value, escapes, any script', () => {
    const json = '\uFEFF [ {"name":"Vila","lat":"42.53176","lng":"1.56654","country":"AD"},\n'
      + ' { "lat" : "-0.5" , "name" : "Sant Julià de Lòria" } ,{"name":"Ḩadīthah","name":"Al \\"Hadithah\\" \\u00e9\\\\","lat":"1e3","lng":" 7"},'
      + '{},{"name":"東京","lat":"","lng":"abc"}]';
    const sut = rowsOf(json);
    expect(sut.length).toBe(5);
    expect(read(sut)).toEqual(parsed(json));
    expect(sut.text(2, 0)).toBe('Al "Hadithah" é\\');
    expect(sut.text(1, 2)).toBeUndefined();
    expect(sut.number(1, 2)).toBeNaN();
  });

  it('reads the bytes without parsing the file whole', () => {
    const parse = jest.spyOn(JSON, 'parse');
    const sut = rowsOf('[{"name":"Vila","lat":"42.53176"},{"lat":"-0.5","lng":"1e3"}]');
    expect([sut.number(0, 1), sut.number(1, 1), sut.number(1, 2), sut.text(0, 0)]).toEqual([42.53176, -0.5, 1000, 'Vila']);
    expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();
  });

  it('reads a file of another shape through JSON.parse, the same way', () => {
    for (const json of ['[{"name":"A","lat":42.5}]', '[{"name":"B","lng":null,"x":{"y":"z"}}]', '[{"na\\u006de":"C"}]', '[]', '  [ ]  ']) {
      expect(read(rowsOf(json))).toEqual(parsed(json));
    }
    expect(() => rowsOf('[{"name":"A"')).toThrow(SyntaxError);
  });
});
