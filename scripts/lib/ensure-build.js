'use strict';
// Builds dist/ (compile only, no type-check) when it is missing or older than the sources, so
// `npm start`, `npm run start:<stage>`, the bench and the chaos suite always run current compiled
// code. `npm run build` is the full build (with tsc). Run directly: `node scripts/lib/ensure-build.js`.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { newestInput } = require('../build/build-plan');

const ROOT = path.join(__dirname, '..', '..');
const DIST = path.join(ROOT, 'dist');
const ENTRY = path.join(DIST, 'main.js');

function isStale() {
  return !fs.existsSync(ENTRY) || fs.statSync(ENTRY).mtimeMs < newestInput(ROOT);
}

function ensureBuild() {
  if (!isStale()) return false;
  process.stdout.write('[build] dist/ is missing or older than the sources: compiling\n');
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.js'), '--no-typecheck'], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('the build failed (see above)');
  return true;
}

/** Node flags of a stage process, from the compiled apps/sitrep/src/node-flags.ts (written once there). */
function nodeFlags() {
  return require(path.join(DIST, 'apps', 'sitrep', 'src', 'node-flags.js')).NODE_FLAGS;
}

module.exports = { DIST, ENTRY, ensureBuild, isStale, nodeFlags };

if (require.main === module) {
  try {
    ensureBuild();
  } catch (e) {
    process.stderr.write(`${e.message}\n`);
    process.exit(1);
  }
}
