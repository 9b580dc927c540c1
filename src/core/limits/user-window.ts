/**
 * Per-user request limit: at most `max` requests in any `windowMs`. Past that the request is
 * refused with the time until one is allowed again. Memory stays bounded: users idle for a whole
 * window are forgotten when the map grows large.
 */
export class UserWindowLimiter {
  private readonly seen = new Map<string, number[]>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
    private readonly maxUsers = 50_000,
  ) {}

  /** Counts a request by `user`; `retryAfterMs` > 0 means refused. */
  take(user: string): { ok: true } | { ok: false; retryAfterMs: number } {
    const t = this.now();
    const times = (this.seen.get(user) ?? []).filter((x) => t - x < this.windowMs);
    if (times.length >= this.max) {
      this.seen.set(user, times);
      return { ok: false, retryAfterMs: Math.max(1, times[0]! + this.windowMs - t) };
    }
    times.push(t);
    this.seen.set(user, times);
    if (this.seen.size > this.maxUsers) for (const [k, v] of this.seen) if (!v.some((x) => t - x < this.windowMs)) this.seen.delete(k);
    return { ok: true };
  }
}
