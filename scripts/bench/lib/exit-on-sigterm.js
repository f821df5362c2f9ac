// Preloaded into profiled stage processes: exit normally on SIGTERM so `--cpu-prof` is written.
process.once('SIGTERM', () => process.exit(0));
