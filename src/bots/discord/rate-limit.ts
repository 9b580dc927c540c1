/**
 * A per-user token bucket for Discord interactions: `burst` at once, then one more every
 * `refillMs` (20, then one a second). A person typing commands never meets it; a script firing
 * dozens a second gets an
 * ephemeral "slow down" past the burst (autocomplete, sent per keystroke, is not counted).
 */
export interface RateLimitOptions {
  burst?: number;
  refillMs?: number;
  now?: () => number;
}

export class UserRateLimit {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly burst: number;
  private readonly refillMs: number;
  private readonly now: () => number;

  constructor(opts: RateLimitOptions = {}) {
    this.burst = opts.burst ?? 20;
    this.refillMs = opts.refillMs ?? 1_000;
    this.now = opts.now ?? Date.now;
  }

  /** Takes one token for `user`: 0 when allowed, else the milliseconds until the next one. */
  take(user: string): number {
    const t = this.now();
    const bucket = this.buckets.get(user) ?? { tokens: this.burst, at: t };
    bucket.tokens = Math.min(this.burst, bucket.tokens + (t - bucket.at) / this.refillMs);
    bucket.at = t;
    this.buckets.set(user, bucket);
    if (this.buckets.size > 10_000) this.prune(t);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.ceil((1 - bucket.tokens) * this.refillMs);
  }

  /** Forgets users whose bucket has refilled (they are as if new). */
  private prune(t: number): void {
    for (const [user, b] of this.buckets) if (b.tokens + (t - b.at) / this.refillMs >= this.burst) this.buckets.delete(user);
  }
}
