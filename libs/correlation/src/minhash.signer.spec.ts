import { MinHashSigner } from './minhash.signer';

const base = 'an iran aligned militia launched ballistic missiles and attack drones at the ain al asad airbase in western anbar province early on saturday wounding five american service members a defense official said the base hosts coalition troops';

describe(MinHashSigner.name, () => {
  const sut = new MinHashSigner();

  it('gives identical texts identical bands', () => {
    expect(sut.bands(sut.signature(base))).toEqual(sut.bands(sut.signature(base.toUpperCase())));
  });

  it('lets a light rewrite share a band and estimates its similarity', () => {
    const rewrite = base.replace('early on saturday', 'on saturday morning').replace('a defense official said', 'officials said');
    const a = sut.signature(base);
    const b = sut.signature(rewrite);
    const shared = sut.bands(a).filter((band) => sut.bands(b).includes(band));
    expect(shared.length).toBeGreaterThan(0);
    expect(MinHashSigner.similarity(a, b)).toBeGreaterThan(0.4);
  });

  it('keeps unrelated texts apart', () => {
    const other = 'a magnitude six earthquake struck eastern turkey on tuesday shaking buildings and sending residents into the streets the disaster agency said';
    const shared = sut.bands(sut.signature(base)).filter((band) => sut.bands(sut.signature(other)).includes(band));
    expect(shared).toHaveLength(0);
  });

  it('returns no bands for empty text', () => {
    expect(sut.bands(sut.signature(''))).toEqual([]);
  });
});
