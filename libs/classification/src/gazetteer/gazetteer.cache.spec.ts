import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Gazetteer } from './gazetteer';
import { gazetteerCacheDir, gazetteerCacheKey, readCachedGazetteer, writeCachedGazetteer } from './gazetteer.cache';
import { NameIndexBuilder } from './name-index';
import { Place } from './place';

describe('gazetteer cache', () => {
  let dir: string;
  beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-gazetteer-cache-')); });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  function small(): Gazetteer {
    const places: Place[] = [
      { name: 'Haditha', kind: 'city', country: 'IQ', admin1: 'Al Anbar', admin1Code: 'IQ-AN', admin2: 'Haditha', lat: 34.14, lon: 42.38, population: 30_925, seat: true },
      { name: 'Hit', kind: 'city', country: 'IQ', admin1: 'Al Anbar', admin1Code: 'IQ-AN', admin2: 'Hit', lat: 33.64, lon: 42.83, population: 60_000 },
    ];
    const index = new NameIndexBuilder();
    index.add('haditha', 0);
    index.add('hit', 1);
    index.markPrefix('al');
    const countries = new Map([['IQ', { code: 'IQ', name: 'Iraq', capital: 'Baghdad', subregion: 'Western Asia', regions: ['Western Asia', 'Middle East'], area: 438_317, borders: ['SY'], lat: 33, lon: 44 }]]);
    return new Gazetteer(places, index.build(), 2, countries, new Map([['IQ/al anbar', 90_925]]), new Map([['IQ/al anbar', 'IQ-AN']]));
  }

  it('reads back the gazetteer it wrote: the same places, names, countries and codes', () => {
    expect(writeCachedGazetteer(dir, 'k1', small())).toBe(true);
    const back = readCachedGazetteer(dir, 'k1');
    expect(back).not.toBeNull();
    expect(back!.lookup('haditha')?.map((id) => back!.place(id))).toEqual([small().place(0)]);
    expect(back!.lookup('hit')).toEqual([1]);
    expect(back!.ref('al')).toBe(small().ref('al'));
    expect(back!.country('IQ')?.borders).toEqual(['SY']);
    expect(back!.admin1Code('IQ', 'Al Anbar')).toBe('IQ-AN');
    expect(back!.maxTokens).toBe(2);
  });

  it('ignores a file of another key, a damaged file and a missing one, and keeps the three newest files', () => {
    for (const [k, key] of ['oldest', 'old', 'recent', 'new'].entries()) {
      writeCachedGazetteer(dir, key, small());
      fs.utimesSync(path.join(dir, `gazetteer-${key}.bin`), 1_000 + k, 1_000 + k);
    }
    writeCachedGazetteer(dir, 'new', small());
    expect(fs.readdirSync(dir).sort()).toEqual(['gazetteer-new.bin', 'gazetteer-old.bin', 'gazetteer-recent.bin']);
    expect(readCachedGazetteer(dir, 'missing')).toBeNull();
    fs.copyFileSync(path.join(dir, 'gazetteer-new.bin'), path.join(dir, 'gazetteer-other.bin'));
    expect(readCachedGazetteer(dir, 'other')).toBeNull(); // the file says it holds "new"
    fs.writeFileSync(path.join(dir, 'gazetteer-new.bin'), 'not a gazetteer');
    expect(readCachedGazetteer(dir, 'new')).toBeNull();
  });

  it('writes nothing and throws nothing where the folder cannot be made', () => {
    fs.writeFileSync(path.join(dir, 'a-file'), '');
    expect(writeCachedGazetteer(path.join(dir, 'a-file', 'cache'), 'k1', small())).toBe(false);
  });

  it('keys the build by its inputs, and can be turned off or moved', () => {
    expect(gazetteerCacheKey()).toMatch(/^[0-9a-f]{16}$/);
    expect(gazetteerCacheKey()).toBe(gazetteerCacheKey());
    expect(gazetteerCacheDir({ enabled: false, dir })).toBeNull();
    expect(gazetteerCacheDir({ enabled: true, dir })).toBe(dir);
    expect(gazetteerCacheDir()).toMatch(/node_modules[/\\]\.cache[/\\]sitrep$/);
  });
});
