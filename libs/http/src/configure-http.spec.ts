import { firstInvalidUtf8Offset } from './configure-http';

describe(firstInvalidUtf8Offset.name, () => {
  const at = (bytes: number[]) => firstInvalidUtf8Offset(Uint8Array.from(bytes));

  it('finds nothing wrong in well-formed UTF-8 of every length', () => {
    expect(firstInvalidUtf8Offset(Buffer.from('plain ascii, é, 中文, 😀', 'utf8'))).toBe(-1);
  });

  it.each([
    ['a lone continuation byte', [0x61, 0x80, 0x62], 1],
    ['Latin-1 é', [0x7b, 0x22, 0xe9, 0x22], 2],
    ['an overlong two-byte form', [0x61, 0xc0, 0xaf], 1],
    ['an overlong three-byte form', [0xe0, 0x80, 0xaf], 0],
    ['a UTF-16 surrogate', [0x61, 0x62, 0xed, 0xa0, 0x80], 2],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['a sequence cut off at the end', [0x61, 0xe4, 0xb8], 1],
    ['0xFF', [0x7b, 0x22, 0xff, 0xfe], 2],
  ])('points at %s', (_what, bytes, offset) => {
    expect(at(bytes)).toBe(offset);
    expect(Buffer.from(bytes).toString('utf8')).toContain('\ufffd');
  });
});
