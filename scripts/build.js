#!/usr/bin/env node
'use strict';
// `npm run build`: type-checks (tsc --noEmit), compiles every app and lib to dist/ with swc
// (decorator metadata kept for Nest's dependency injection, `@sitrep/*` rewritten to relative
// paths), copies the data files the code reads (*.json, *.sql), bundles the dashboard once, and
// writes dist/main.js, the one entry point: `node dist/main.js <stage…|all>`.
//   --no-typecheck   skip tsc (what `npm start` does when it rebuilds a stale dist)
//   --out DIR        write somewhere else than dist/
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const swc = require('@swc/core');
const { buildPlan } = require('./build/build-plan');

const ROOT = path.join(__dirname, '..');
const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const OUT = path.resolve(ROOT, outAt >= 0 ? args[outAt + 1] : 'dist');
const tsconfig = JSON.parse(fs.readFileSync(path.join(ROOT, 'tsconfig.json'), 'utf8')).compilerOptions;

function say(msg) {
  process.stdout.write(`[build] ${msg}\n`);
}

function typecheck() {
  const tsc = require.resolve('typescript/bin/tsc');
  const r = spawnSync(process.execPath, [tsc, '--noEmit', '-p', path.join(ROOT, 'tsconfig.json')], { stdio: 'inherit' });
  if (r.status !== 0) {
    process.stderr.write('[build] type errors: nothing written\n');
    process.exit(1);
  }
}

/** The same transform the tests use (jest.config.js), plus the path aliases tsconfig declares. */
function swcOptions(file) {
  return {
    filename: file,
    swcrc: false,
    configFile: false,
    sourceMaps: true,
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
      baseUrl: ROOT,
      paths: tsconfig.paths,
    },
    module: { type: 'commonjs' },
  };
}

async function compile(rel) {
  const src = path.join(ROOT, rel);
  const out = path.join(OUT, rel.replace(/\.ts$/, '.js'));
  const { code, map } = await swc.transformFile(src, swcOptions(src));
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, `${code}\n//# sourceMappingURL=${path.basename(out)}.map\n`);
  if (map) fs.writeFileSync(`${out}.map`, map);
}

function copy(rel) {
  const out = path.join(OUT, rel);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.copyFileSync(path.join(ROOT, rel), out);
}

/** Bundles the dashboard with the compiled bundler module, into the folder the api reads. */
async function bundleDashboard() {
  const dashboard = path.join(OUT, 'apps/api/src/dashboard');
  const { bundleDashboard: bundle, PREBUILT_DIR } = require(path.join(dashboard, 'dashboard.bundle.js'));
  const files = await bundle(path.join(ROOT, 'apps/api/src/dashboard/web'));
  fs.mkdirSync(path.join(dashboard, PREBUILT_DIR), { recursive: true });
  for (const [name, body] of Object.entries(files)) fs.writeFileSync(path.join(dashboard, PREBUILT_DIR, name), body);
  return files['app.js'].length;
}

async function main() {
  const started = Date.now();
  if (!args.includes('--no-typecheck')) {
    typecheck();
    say(`type-checked in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  const { sources, data } = buildPlan(ROOT);
  fs.rmSync(OUT, { recursive: true, force: true });
  await Promise.all(sources.map(compile));
  data.forEach(copy);
  const jsBytes = await bundleDashboard();
  fs.writeFileSync(path.join(OUT, 'main.js'), "'use strict';\n// The one entry point: node dist/main.js <stage…|all> (see apps/sitrep/src/main.ts).\nrequire('./apps/sitrep/src/main.js');\n");
  say(`${sources.length} files compiled, ${data.length} data files copied, dashboard ${jsBytes} bytes → ${path.relative(ROOT, OUT) || OUT}/main.js (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

main().catch((e) => {
  process.stderr.write(`[build] ${e.stack || e}\n`);
  process.exit(1);
});
