/**
 * Node/V8 flags every Sitrep stage process runs with, written once: `dist/main.js` re-executes
 * itself with them when they are missing (see relaunch.ts); launchers that must signal the stage
 * process itself (`npm start`, the bench, the chaos suite) pass them and nothing is re-executed.
 *
 * --max-semi-space-size=64: a stage holds a whole fetch (up to ~1,000 articles of 3.5 KB, their
 * parsed events and their outputs) until the batch is published and committed. With V8's default
 * 16 MB young generation that working set survives two scavenges and is copied into the old
 * generation, where only a major GC frees it: in a pipeline run the classifier and correlator spent
 * ~20% of their CPU in GC threads and in the kernel zeroing fresh pages for promoted objects. With
 * 64 MB it dies young. Measured end to end (docs/benchmarks.md, seventh pass): 17-24% less CPU per
 * article over all processes; 32 MB was no better than the default and 128 MB was worse.
 */
export const NODE_FLAGS: readonly string[] = ['--max-semi-space-size=64'];

/** The flags whose option is not already set in `execArgv` (an explicit value, even another one, wins). */
export function missingNodeFlags(execArgv: readonly string[]): string[] {
  const given = new Set(execArgv.map(optionName));
  return NODE_FLAGS.filter((flag) => !given.has(optionName(flag)));
}

/** `--max-semi-space-size=64` → `max-semi-space-size`; V8 accepts `_` for `-` too. */
function optionName(arg: string): string {
  return arg.replace(/^--?/, '').split('=')[0].replace(/_/g, '-');
}
