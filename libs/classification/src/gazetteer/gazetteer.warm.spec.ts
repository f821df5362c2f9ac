import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Gazetteer } from './gazetteer';
import { gazetteerCodeDirs, readCachedGazetteer } from './gazetteer.cache';
import { gazetteerCacheState, warmGazetteerCache } from './gazetteer.warm';
import { NameIndexBuilder } from './name-index';

describe(warmGazetteerCache.name, () => {
  let root: string;
  let cache: string;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-gazetteer-warm-'));
    cache = path.join(root, 'cache');
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  /** A gazetteer/ and text/ folder pair holding one code file of `code`. */
  function codeDirs(name: string, code: string): string[] {
    const dirs = gazetteerCodeDirs(path.join(root, name, 'gazetteer'));
    for (const d of dirs) {
      fs.mkdirSync(d, { recursive: true });
      fs.writeFileSync(path.join(d, 'x.js'), code);
    }
    return dirs;
  }

  function small(): Gazetteer {
    const index = new NameIndexBuilder();
    index.add('hit', 0);
    return new Gazetteer([{ name: 'Hit', kind: 'city', country: 'IQ', admin1: 'Al Anbar', lat: 33.64, lon: 42.83, population: 60_000 }], index.build(), 1, new Map(), new Map());
  }

  it('builds once for every missing key, writes it under each, and then finds the cache warm', () => {
    const sets = [codeDirs('dist', 'compiled'), codeDirs('src', 'source'), codeDirs('copy', 'source')];
    const before = gazetteerCacheState({ enabled: true, dir: cache }, sets);
    expect(before.keys).toHaveLength(2); // the copy of the sources keys as the sources do
    expect(before.missing).toEqual(before.keys);
    let builds = 0;
    expect(warmGazetteerCache(before, () => { builds++; return small(); })).toEqual([]);
    expect(builds).toBe(1);
    for (const key of before.keys) expect(readCachedGazetteer(cache, key)?.lookup('hit')).toEqual([0]);
    const after = gazetteerCacheState({ enabled: true, dir: cache }, sets);
    expect(after).toEqual({ dir: cache, keys: before.keys, missing: [] });
    expect(warmGazetteerCache(after, () => { builds++; return small(); })).toEqual([]);
    expect(builds).toBe(1);
  });

  it('builds only for the key whose code changed', () => {
    const sets = [codeDirs('dist', 'compiled'), codeDirs('src', 'source')];
    warmGazetteerCache(gazetteerCacheState({ enabled: true, dir: cache }, sets), small);
    fs.writeFileSync(path.join(sets[1][0], 'x.js'), 'source, edited');
    const state = gazetteerCacheState({ enabled: true, dir: cache }, sets);
    expect(state.missing).toEqual([state.keys[1]]);
  });

  it('does nothing when the cache is off, and names the keys it could not write', () => {
    const sets = [codeDirs('dist', 'compiled')];
    const off = gazetteerCacheState({ enabled: false, dir: cache }, sets);
    expect(off).toEqual({ dir: null, keys: [], missing: [] });
    expect(warmGazetteerCache(off, () => { throw new Error('no build when off'); })).toEqual([]);
    const blocked = path.join(root, 'a-file');
    fs.writeFileSync(blocked, '');
    const state = gazetteerCacheState({ enabled: true, dir: path.join(blocked, 'cache') }, sets);
    expect(warmGazetteerCache(state, small)).toEqual(state.keys);
  });
});
