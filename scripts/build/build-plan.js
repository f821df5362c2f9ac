'use strict';
// What `npm run build` compiles and copies: the sources under every project's sourceRoot in
// nest-cli.json, without tests, test helpers or the browser code (bundled separately); data files
// (*.json, *.sql) wherever they sit under apps/ and libs/, so weights and migrations added later
// ship without a change here.
const fs = require('node:fs');
const path = require('node:path');

const ROOTS = ['apps', 'libs'];
const DATA = /\.(json|sql)$/;
const NOT_SHIPPED = [
  /\.(spec|int-spec|e2e-spec)\.ts$/, // tests
  /\.d\.ts$/, // type declarations only
  /(^|\/)test\//, // apps/<app>/test, libs/<lib>/test
  /(^|\/)test-(fixtures|support)\//, // fixtures beside the code
  /^libs\/testing\//, // the test kit
  /^apps\/api\/src\/dashboard\/web\//, // browser code: bundled by esbuild instead
];

function walk(dir, out = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else out.push(full);
  }
  return out;
}

/** The projects nest-cli.json lists (monorepo mode), by name: `{ type, root, sourceRoot, entryFile }`. */
function nestProjects(root) {
  return JSON.parse(fs.readFileSync(path.join(root, 'nest-cli.json'), 'utf8')).projects;
}

/** Every file under the given repository-relative folders, as sorted repository-relative paths. */
function filesUnder(root, dirs) {
  return dirs
    .flatMap((d) => walk(path.join(root, d)))
    .map((f) => path.relative(root, f).split(path.sep).join('/'))
    .sort();
}

/** Repository-relative paths (forward slashes): `sources` to compile, `data` to copy as they are. */
function buildPlan(root) {
  const sourceRoots = Object.values(nestProjects(root)).map((p) => p.sourceRoot);
  const shipped = (f) => !NOT_SHIPPED.some((re) => re.test(f));
  return {
    sources: filesUnder(root, sourceRoots).filter((f) => f.endsWith('.ts') && shipped(f)),
    data: filesUnder(root, ROOTS.filter((r) => fs.existsSync(path.join(root, r)))).filter((f) => DATA.test(f) && shipped(f)),
  };
}

/** Newest modification time (ms) of anything the build reads: sources, data, web files, nest-cli.json, tsconfig. */
function newestInput(root) {
  const inputs = ROOTS.filter((r) => fs.existsSync(path.join(root, r))).flatMap((r) => walk(path.join(root, r)));
  inputs.push(path.join(root, 'nest-cli.json'), path.join(root, 'tsconfig.json'), path.join(root, 'package.json'));
  return Math.max(...inputs.map((f) => fs.statSync(f).mtimeMs));
}

module.exports = { buildPlan, newestInput, nestProjects };
