/**
 * Polls `probe` until it returns a truthy value (returned) or the timeout passes (throws with the
 * last value seen, and what `explain` returns then). Tests wait on conditions, never on sleeps.
 */
export async function waitFor<T>(
  probe: () => Promise<T> | T,
  opts: { timeoutMs?: number; intervalMs?: number; what?: string; explain?: () => Promise<unknown> | unknown } = {},
): Promise<NonNullable<T>> {
  const { timeoutMs = 30_000, intervalMs = 100, what = 'condition', explain } = opts;
  const end = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      last = await probe();
      if (last) return last as NonNullable<T>;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) {
      // What the test knows about the state it waited on, so a failure in CI says what went wrong.
      const state = explain ? `; state: ${await Promise.resolve().then(explain).then((x) => JSON.stringify(x), (e: unknown) => String(e))}` : '';
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last: ${String(last instanceof Error ? last.message : JSON.stringify(last))}${state}`);
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
