#!/usr/bin/env node
'use strict';
// `npm test` (setup.js --test ran as pretest): type-check, then every Jest tier against the real
// Kafka, Redis, SMTP, HTTP and browser. Extra arguments go to Jest (e.g. `npm test -- rules`).
const infra = require('./lib/infra');

const extra = process.argv.slice(2);
infra.say('type-check (tsc --noEmit, strict)…');
infra.run('npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
infra.say('unit, integration and end-to-end tests (Jest)…');
infra.run('npx', ['jest', '--runInBand', '--ci', ...extra], { env: { ...process.env, CHROMIUM_PATH: infra.chromiumPath() || '' } });
