#!/usr/bin/env node
'use strict';
// The classifier's on-disk gazetteer for the code in this checkout: `npm run setup` checks it
// (infra.ensureGazetteerCache, through cacheState below) and runs this file to build it when a key's
// file is missing. Two ways of running the code key it apart: the compiled code in dist/ (npm start,
// `node dist/main.js`) and the sources (ts-node, Jest); one build is written under both
// (libs/classification/src/gazetteer/gazetteer.warm.ts). Needs a current dist/ (ensure-build.js).
// Run directly: `node scripts/lib/ensure-build.js && node scripts/warm-gazetteer.js`.
const fs = require('node:fs');
const path = require('node:path');
const { DIST } = require('./lib/ensure-build');

const ROOT = path.join(__dirname, '..');
const GAZETTEER = path.join('libs', 'classification', 'src', 'gazetteer');

function compiled(rel) {
  return require(path.join(DIST, rel));
}

/**
 * The cache setting the stages read from the same two variables (libs/config loadConfig, which
 * throws naming a bad value), a relative SITREP_CACHE_DIR taken from the repository root as the
 * stages run there. Only the two variables are validated: another variable's error is the stages' to report.
 */
function cacheSetting(env) {
  const cache = compiled(path.join(GAZETTEER, 'gazetteer.cache.js'));
  // Neither set: loadConfig's mapping is the default, known without loading class-validator (~0.1 s).
  if (env.SITREP_GAZETTEER_CACHE === undefined && env.SITREP_CACHE_DIR === undefined) return cache.DEFAULT_GAZETTEER_CACHE;
  const { loadConfig } = compiled(path.join('libs', 'config', 'src', 'sitrep.config.js'));
  const setting = loadConfig({ SITREP_GAZETTEER_CACHE: env.SITREP_GAZETTEER_CACHE, SITREP_CACHE_DIR: env.SITREP_CACHE_DIR }).gazetteerCache;
  return { ...setting, dir: setting.dir === null ? null : path.resolve(ROOT, setting.dir) };
}

/** `{ dir, keys, missing }` (gazetteer.warm.ts) for the compiled code and, where the checkout has them, the sources. */
function cacheState(env = process.env) {
  const { gazetteerCodeDirs } = compiled(path.join(GAZETTEER, 'gazetteer.cache.js'));
  const { gazetteerCacheState } = compiled(path.join(GAZETTEER, 'gazetteer.warm.js'));
  const sources = path.join(ROOT, GAZETTEER);
  const codeDirSets = [gazetteerCodeDirs(path.join(DIST, GAZETTEER))];
  if (fs.existsSync(sources)) codeDirSets.push(gazetteerCodeDirs(sources));
  return gazetteerCacheState(cacheSetting(env), codeDirSets);
}

module.exports = { cacheState };

if (require.main === module) {
  const state = cacheState();
  const { warmGazetteerCache } = compiled(path.join(GAZETTEER, 'gazetteer.warm.js'));
  const { GazetteerBuilder } = compiled(path.join(GAZETTEER, 'gazetteer.builder.js'));
  const failed = warmGazetteerCache(state, () => new GazetteerBuilder().build());
  if (failed.length > 0) {
    process.stderr.write(`[sitrep] could not write the gazetteer cache to ${state.dir}\n`);
    process.exit(1);
  }
}
