#!/usr/bin/env node
'use strict';
// Replays data/sample/articles.jsonl into a running Sitrep through POST /v1/articles, in
// publication order, in small NDJSON batches. A rule for the sample's regions is created first
// so that alerts flow to the dev mailbox.
//   node scripts/replay-sample.js [--url http://localhost:3000] [--file data/sample/articles.jsonl] [--no-rule]
const fs = require('node:fs');
const path = require('node:path');
const infra = require('./lib/infra');

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
}

async function main() {
  const base = arg('--url', `http://localhost:${process.env.PORT || 3000}`);
  const file = arg('--file', path.join(infra.ROOT, 'data', 'sample', 'articles.jsonl'));
  const key = process.env.SITREP_ADMIN_KEY || 'dev-admin-key';
  if (!process.argv.includes('--no-rule')) {
    const rule = {
      name: 'Sample: severe incidents anywhere',
      minLevel: 4,
      channels: { email: ['ops@sitrep.local'] },
    };
    const res = await fetch(`${base}/v1/rules`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify(rule),
    });
    infra.say(`sample rule "${rule.name}": HTTP ${res.status}`);
  }
  const lines = fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim());
  let accepted = 0;
  let rejected = 0;
  for (let i = 0; i < lines.length; i += 10) {
    const res = await fetch(`${base}/v1/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-ndjson' },
      body: lines.slice(i, i + 10).join('\n'),
    });
    const body = await res.json();
    accepted += (body.accepted || []).length;
    rejected += (body.rejected || []).length;
  }
  infra.say(`sample stream replayed: ${accepted} accepted, ${rejected} rejected (${path.relative(infra.ROOT, file)})`);
}

main().catch((e) => infra.fail(e.stack || String(e)));
