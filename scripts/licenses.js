#!/usr/bin/env node
'use strict';
// `npm run licenses [-- --json]`: the licences of the runtime dependency tree (production
// dependencies only, as the image ships them), read by license-checker-rseidelsohn from each
// installed package. Fails (exit 1) when any package is under GPL, AGPL, LGPL or SSPL, or its
// licence is unknown or only guessed: an MIT product cannot ship those (../shared/STYLE.md).
// With --json the last line is `{ packages, disallowed: [{ name, version, license }] }`.
const path = require('node:path');

const ROOT = path.join(__dirname, '..');
const { allowedExpression } = require('./lib/license-policy');

function main() {
  const json = process.argv.includes('--json');
  // An ES module (v5): Node 20.19+ and 22.12+ load it with require().
  const checker = require('license-checker-rseidelsohn');
  checker.init({ start: ROOT, production: true, unknown: true, excludePrivatePackages: true }, (err, packages) => {
    if (err) {
      console.error(err);
      process.exit(2);
    }
    const rows = Object.entries(packages).map(([key, info]) => {
      const at = key.lastIndexOf('@');
      const license = Array.isArray(info.licenses) ? info.licenses.join(' AND ') : String(info.licenses ?? 'UNKNOWN');
      return { name: key.slice(0, at), version: key.slice(at + 1), license };
    });
    const disallowed = rows.filter((r) => !allowedExpression(r.license));
    const byLicense = new Map();
    for (const r of rows) byLicense.set(r.license, (byLicense.get(r.license) ?? 0) + 1);
    console.log(`runtime dependency tree: ${rows.length} packages`);
    for (const [license, n] of [...byLicense].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(4)}  ${license}`);
    if (disallowed.length) {
      console.log('\nnot allowed in an MIT product (GPL, AGPL, LGPL, SSPL, unknown):');
      for (const r of disallowed) console.log(`  ${r.name}@${r.version}  ${r.license}`);
    } else console.log('\nall allowed');
    if (json) console.log(JSON.stringify({ packages: rows.length, disallowed }));
    process.exit(disallowed.length ? 1 : 0);
  });
}

main();
