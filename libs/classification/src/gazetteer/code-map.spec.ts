import { CodeMap } from './code-map';

describe(CodeMap.name, () => {
  it('keeps one value per path of three codes, the last one set', () => {
    const sut = new CodeMap<string>();
    sut.set('IQ', '01', '0101', 'Haditha');
    sut.set('IQ', '01', '0102', 'Hit');
    sut.set('IQ', '01', '0101', 'Haditha District');
    sut.set('US', 'TX', '001', 'Anderson County');
    expect([sut.get('IQ', '01', '0101'), sut.get('IQ', '01', '0102'), sut.get('US', 'TX', '001')]).toEqual(['Haditha District', 'Hit', 'Anderson County']);
    expect([sut.get('IQ', '0', '10101'), sut.get('IQ', '01', ''), sut.get('SY', '01', '0101')]).toEqual([undefined, undefined, undefined]);
    expect([sut.has('IQ', '01', '0102'), sut.has('IQ', '01', '0103'), sut.has('XX', '01', '0102')]).toEqual([true, false, false]);
  });
});
