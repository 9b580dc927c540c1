/**
 * Rate limits respected, not discovered: at most `perSecond` messages in any rolling second
 * overall (Telegram: about 30), and a minimum interval per chat (Telegram: 20 a minute in a group).
 * The rolling window is a little longer than a second, so network jitter between us and the
 * platform cannot squeeze one message too many into the platform's own window.
 */
export class RateLimiter {
  private readonly sent: number[] = [];
  private readonly nextByChat = new Map<string, number>();
  private readonly windowMs: number;

  constructor(
    private readonly perSecond: number,
    private readonly perChatIntervalMs: (chat: string) => number = () => 0,
    private readonly now: () => number = () => performance.now(),
    marginMs = 50,
  ) {
    this.windowMs = 1000 + marginMs;
  }

  /** How long to wait before the next message to `chat` may go. */
  wait(chat: string): number {
    const t = this.now();
    while (this.sent.length && t - this.sent[0]! >= this.windowMs) this.sent.shift();
    const global = this.sent.length < this.perSecond ? 0 : this.sent[0]! + this.windowMs - t;
    return Math.max(0, global, (this.nextByChat.get(chat) ?? 0) - t);
  }

  /** Records that a message to `chat` went now. */
  take(chat: string): void {
    const t = this.now();
    this.sent.push(t);
    const interval = this.perChatIntervalMs(chat);
    if (interval > 0) this.nextByChat.set(chat, t + interval);
    if (this.nextByChat.size > 100_000) for (const [k, v] of this.nextByChat) if (v < t) this.nextByChat.delete(k);
  }

  /** Waits until a message to `chat` may go, then records it. */
  async acquire(chat: string, sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms))): Promise<void> {
    for (let w = this.wait(chat); w > 0; w = this.wait(chat)) await sleep(w);
    this.take(chat);
  }
}
