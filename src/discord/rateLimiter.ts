/** Per-user limit on questions: at most `limit` in any `windowMs`. */
export interface RateLimiter {
  /** Counts one question for `key`; says how long to wait when over the limit. */
  take(key: string): { readonly ok: true } | { readonly ok: false; readonly retryAfterMs: number };
  /** Users currently tracked (for tests and memory checks). */
  size(): number;
}

export interface RateLimiterOptions {
  readonly limit: number;
  readonly windowMs: number;
  readonly now?: () => number;
}

/**
 * A sliding-window limiter. Users idle for a whole window are forgotten on a periodic sweep,
 * so memory follows the number of recently active users, not of all users ever seen.
 */
export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  const { limit, windowMs } = options;
  const now = options.now ?? Date.now;
  const hits = new Map<string, number[]>();
  let nextSweep = now() + windowMs;

  const sweep = (time: number): void => {
    for (const [key, times] of hits) {
      if ((times[times.length - 1] ?? 0) <= time - windowMs) hits.delete(key);
    }
    nextSweep = time + windowMs;
  };

  return {
    take(key) {
      const time = now();
      if (time >= nextSweep) sweep(time);
      const recent = (hits.get(key) ?? []).filter((t) => t > time - windowMs);
      if (recent.length >= limit) {
        hits.set(key, recent);
        return { ok: false, retryAfterMs: Math.max(1, (recent[0] ?? time) + windowMs - time) };
      }
      recent.push(time);
      hits.set(key, recent);
      return { ok: true };
    },
    size: () => hits.size,
  };
}
