/**
 * Memoises a pure function of a string in a map that is emptied when it reaches `max` entries.
 * For values derived from a rule's targets (hash, origin, display form), which every alert of the
 * rule recomputes: a SHA-256 or a URL parse per send adds up at thousands of alerts a second.
 */
export function memoize<T>(fn: (key: string) => T, max = 2_000): (key: string) => T {
  const cache = new Map<string, T>();
  return (key: string) => {
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const value = fn(key);
    if (cache.size >= max) cache.clear();
    cache.set(key, value);
    return value;
  };
}
