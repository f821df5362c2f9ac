// Warming the on-disk gazetteer (gazetteer.cache.ts) before a stage first needs it: `npm run setup`
// (scripts/warm-gazetteer.js) checks it for each way the code runs and builds it once where a file
// is missing, so a fresh clone's first classifier start reads it instead of building it. The
// compiled code (dist/, `npm start`) and the sources (ts-node, Jest) key the cache apart, as their
// files differ, but build the same gazetteer: one build is written under every missing key.
import { Gazetteer } from './gazetteer';
import { GazetteerCacheSetting, gazetteerCacheDir, gazetteerCacheKey, hasCachedGazetteer, writeCachedGazetteer } from './gazetteer.cache';

/** What the cache holds for the code that will read it. */
export interface GazetteerCacheState {
  /** The cache's folder; null when the setting turns it off. */
  dir: string | null;
  /** One key per way the code runs (`codeDirSets`), each once. */
  keys: string[];
  /** The keys whose file `dir` lacks. */
  missing: string[];
}

/**
 * Which keys the cache holds, for each list of code folders (gazetteerCodeDirs) in `codeDirSets`:
 * reads the code files to key them and looks for the files, builds nothing.
 */
export function gazetteerCacheState(setting: GazetteerCacheSetting, codeDirSets: readonly (readonly string[])[]): GazetteerCacheState {
  const dir = gazetteerCacheDir(setting);
  if (!dir) return { dir: null, keys: [], missing: [] };
  const keys = [...new Set(codeDirSets.map((dirs) => gazetteerCacheKey(dirs)))];
  return { dir, keys, missing: keys.filter((key) => !hasCachedGazetteer(dir, key)) };
}

/**
 * Builds the gazetteer once (`build`) when the cache lacks a key of `state`, and writes it under
 * each missing key. Returns the keys it could not write (a read-only folder): their stages build
 * the gazetteer at start, as without a cache.
 */
export function warmGazetteerCache(state: GazetteerCacheState, build: () => Gazetteer): string[] {
  const dir = state.dir;
  if (!dir || state.missing.length === 0) return [];
  const gazetteer = build();
  return state.missing.filter((key) => !writeCachedGazetteer(dir, key, gazetteer));
}
