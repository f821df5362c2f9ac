/**
 * `count` strings of 0 to `maxLength - 1` characters drawn from `alphabet`, the same for the same
 * seed (MINSTD): property tests of the text scanners against their reference implementations.
 */
export function randomTexts(alphabet: string, seed: number, count = 5000, maxLength = 40): string[] {
  let state = seed;
  const next = () => (state = (state * 48271) % 2147483647) / 2147483647;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let text = '';
    for (let k = Math.floor(next() * maxLength); k > 0; k--) text += alphabet[Math.floor(next() * alphabet.length)];
    out.push(text);
  }
  return out;
}
