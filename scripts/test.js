#!/usr/bin/env node
'use strict';
// `npm test` (setup.js --test ran as pretest): type-check, then every Jest tier against the real
// Kafka, Redis, SMTP, HTTP and browser. Extra arguments go to Jest (e.g. `npm test -- rules`).
// Ends with one plain line `tests: N passed, N failed` (N skipped) for CI.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const infra = require('./lib/infra');

const extra = process.argv.slice(2);
infra.say('type-check (tsc --noEmit, strict)…');
infra.run('npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);

infra.say('unit, integration and end-to-end tests (Jest)…');
const summary = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-jest-')), 'summary.json');
const jest = spawnSync('npx', ['jest', '--runInBand', '--ci', '--json', `--outputFile=${summary}`, ...extra], {
  cwd: infra.ROOT,
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: infra.chromiumPath() || '' },
});
let counts = null;
try {
  const r = JSON.parse(fs.readFileSync(summary, 'utf8'));
  counts = { passed: r.numPassedTests, failed: r.numFailedTests + r.numRuntimeErrorTestSuites, skipped: r.numPendingTests + r.numTodoTests };
} catch {
  /* Jest did not get as far as writing its summary */
}
if (counts) process.stdout.write(`\ntests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`);
process.exit(jest.status === 0 && counts && counts.passed > 0 ? 0 : 1);
