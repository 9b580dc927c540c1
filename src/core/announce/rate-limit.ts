/**
 * Rate limits respected, not discovered: at most `perSecond` messages in any rolling second
 * overall (Telegram: about 30, or 1,000 with paid broadcasts), and a minimum interval per chat
 * (Telegram: 20 a minute in a group). The rolling window is a little longer than a second, so
 * network jitter between us and the platform cannot squeeze one message too many into the
 * platform's own window. When the platform answers "too many requests, retry after N s" anyway,
 * `pause` holds every message back for that long, not only the one refused.
 */
export class RateLimiter {
  /** Send times of the last `perSecond` messages, oldest at `head` (a ring: no shifting at 1,000/s). */
  private readonly sent: number[] = [];
  private head = 0;
  private readonly nextByChat = new Map<string, number>();
  private windowMs: number;
  private readonly baseWindowMs: number;
  private pausedUntil = Number.NEGATIVE_INFINITY;
  private takes = 0;

  constructor(
    private readonly perSecond: number,
    private readonly perChatIntervalMs: (chat: string) => number = () => 0,
    private readonly now: () => number = () => performance.now(),
    marginMs = 50,
  ) {
    this.windowMs = this.baseWindowMs = 1000 + marginMs;
  }

  /** How long to wait before the next message to `chat` may go. */
  wait(chat: string): number {
    const t = this.now();
    this.relax(t);
    const full = this.sent.length >= this.perSecond;
    const global = full ? this.sent[this.head]! + this.windowMs - t : 0;
    return Math.max(0, global, this.pausedUntil - t, (this.nextByChat.get(chat) ?? 0) - t);
  }

  /** Records that a message to `chat` went now. */
  take(chat: string): void {
    const t = this.now();
    if (this.sent.length < this.perSecond) this.sent.push(t);
    else {
      this.sent[this.head] = t;
      this.head = (this.head + 1) % this.sent.length;
    }
    const interval = this.perChatIntervalMs(chat);
    if (interval > 0) this.nextByChat.set(chat, t + interval);
    // Chats whose interval has passed are forgotten now and then: a broadcast to 100,000 chats keeps
    // only the last few seconds' worth in memory.
    if (++this.takes % 1_000 === 0) for (const [k, v] of this.nextByChat) if (v <= t) this.nextByChat.delete(k);
  }

  /**
   * Holds every message back for `ms` from now (a 429's retry_after). A 429 despite the limiter means
   * the platform saw messages closer together than they left (a stall here or on the way bunched
   * them up): the first 429 of a pause also widens the window by 50 ms, up to a quarter of a second.
   */
  pause(ms: number): void {
    const t = this.now();
    if (t > this.pausedUntil) this.windowMs = Math.min(this.windowMs + 50, 1_250);
    this.pausedUntil = Math.max(this.pausedUntil, t + ms);
  }

  /** Ten minutes without a 429: the window is back to what it was set to. */
  private relax(t: number): void {
    if (this.windowMs !== this.baseWindowMs && t - this.pausedUntil > 600_000) this.windowMs = this.baseWindowMs;
  }

  /** Waits until a message to `chat` may go, then records it. */
  async acquire(chat: string, sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms))): Promise<void> {
    for (let w = this.wait(chat); w > 0; w = this.wait(chat)) await sleep(w);
    this.take(chat);
  }
}
