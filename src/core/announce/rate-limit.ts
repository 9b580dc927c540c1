/**
 * Rate limits respected, not discovered: at most `perSecond` messages in any second overall
 * (Telegram: about 30, or 1,000 with paid broadcasts), and a minimum interval per chat (Telegram:
 * 20 a minute in a group).
 *
 * The platform counts messages when they reach it, which is some time between when they leave and
 * when their answer comes back. So a message counts here from the moment it leaves until a second
 * (plus `marginMs`) after its answer: however the network or a stalled process delays or bunches
 * up messages, no second of the platform's can see more than `perSecond` of them. (A window on
 * departure times alone lets a 50-ms stall push one second's worth into the next: 429s.) The cost
 * is one answer time per second: at 1,000/s with answers in 5 ms, 995 messages/s.
 *
 * When the platform answers "too many requests, retry after N s" anyway, `pause` holds every
 * message back for that long, not only the one refused, and widens the window a little.
 */
export class RateLimiter {
  /** When the answers of the last messages came back, oldest first (at most `perSecond` kept). */
  private readonly answered: number[] = [];
  private head = 0;
  private inFlight = 0;
  private readonly nextByChat = new Map<string, number>();
  private windowMs: number;
  private readonly baseWindowMs: number;
  private pausedUntil = Number.NEGATIVE_INFINITY;
  private takes = 0;
  private readonly waiters = new Set<() => void>();

  constructor(
    private readonly perSecond: number,
    private readonly perChatIntervalMs: (chat: string) => number = () => 0,
    private readonly now: () => number = () => performance.now(),
    marginMs = 0,
  ) {
    this.windowMs = this.baseWindowMs = 1000 + marginMs;
  }

  /** How long to wait before the next message to `chat` may go (Infinity: until an answer comes back). */
  wait(chat: string): number {
    const t = this.now();
    this.relax(t);
    while (this.head < this.answered.length && this.answered[this.head]! + this.windowMs <= t) this.head++;
    if (this.head > 1_024) {
      this.answered.splice(0, this.head);
      this.head = 0;
    }
    const counted = this.inFlight + this.answered.length - this.head;
    const global = counted < this.perSecond ? 0 : this.head < this.answered.length ? this.answered[this.head]! + this.windowMs - t : Number.POSITIVE_INFINITY;
    return Math.max(0, global, this.pausedUntil - t, (this.nextByChat.get(chat) ?? 0) - t);
  }

  /**
   * Records that a message to `chat` leaves now. Call the function returned when its answer (or a
   * failure) comes back, or with `false` if it did not leave after all.
   */
  take(chat: string): (left?: boolean) => void {
    const t = this.now();
    this.inFlight++;
    const interval = this.perChatIntervalMs(chat);
    if (interval > 0) this.nextByChat.set(chat, t + interval);
    // Chats whose interval has passed are forgotten now and then: a broadcast to 100,000 chats keeps
    // only the last few seconds' worth in memory.
    if (++this.takes % 1_000 === 0) for (const [k, v] of this.nextByChat) if (v <= t) this.nextByChat.delete(k);
    let done = false;
    return (left = true) => {
      if (done) return;
      done = true;
      this.inFlight--;
      if (left) this.answered.push(this.now());
      for (const wake of this.waiters) wake();
    };
  }

  /**
   * Holds every message back for `ms` from now (a 429's retry_after). A 429 despite the limiter means
   * the platform counts differently than assumed: the first 429 of a pause also widens the window
   * by 50 ms, up to a quarter of a second, for ten minutes.
   */
  pause(ms: number): void {
    const t = this.now();
    if (t > this.pausedUntil) this.windowMs = Math.min(this.windowMs + 50, this.baseWindowMs + 250);
    this.pausedUntil = Math.max(this.pausedUntil, t + ms);
  }

  private relax(t: number): void {
    if (this.windowMs !== this.baseWindowMs && t - this.pausedUntil > 600_000) this.windowMs = this.baseWindowMs;
  }

  /** Waits until a message to `chat` may go, then records that it leaves (see `take`). */
  async acquire(chat: string, sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms))): Promise<(left?: boolean) => void> {
    for (let w = this.wait(chat); w > 0; w = this.wait(chat)) {
      if (w !== Number.POSITIVE_INFINITY) await sleep(w);
      else
        await new Promise<void>((resolve) => {
          const wake = () => {
            this.waiters.delete(wake);
            resolve();
          };
          this.waiters.add(wake);
        });
    }
    return this.take(chat);
  }
}
