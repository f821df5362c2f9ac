'use strict';
// Node/V8 flags every Sitrep stage process starts with: `npm start`, the `npm run start:<stage>`
// scripts (package.json repeats them literally), the bench and the chaos suite.
//
// --max-semi-space-size=64: a stage holds a whole fetch (up to ~1,000 articles of 3.5 KB, their
// parsed events and their outputs) until the batch is published and committed. With V8's default
// 16 MB young generation that working set survives two scavenges and is copied into the old
// generation, where only a major GC frees it: in a pipeline run the classifier and correlator spent
// ~20% of their CPU in GC threads and in the kernel zeroing fresh pages for promoted objects. With
// 64 MB it dies young. Measured end to end (docs/benchmarks.md, seventh pass): 17-24% less CPU per
// article over all processes; 32 MB was no better than the default and 128 MB was worse.
module.exports = ['--max-semi-space-size=64'];
