import type { DrawStore } from "../draws/draw-store.ts";
import { isoDate, type Clock } from "../ports.ts";
import type { Reply } from "../reply.ts";

/**
 * Memoises data answers (/latest, /draws, /stats…) until the store changes or the day turns: many
 * people ask the same thing right after a round. Keys include the store's version and today's
 * date, so an answer is never staler than the data it was built from.
 */
export class ReplyCache {
  private readonly entries = new Map<string, Reply>();

  constructor(
    private readonly store: DrawStore,
    private readonly clock: Clock,
    private readonly max = 500,
  ) {}

  async get(key: string, build: () => Reply | Promise<Reply>): Promise<Reply> {
    const full = `${this.store.version}|${isoDate(this.clock)}|${key}`;
    const hit = this.entries.get(full);
    if (hit) return hit;
    const reply = await build();
    if (this.entries.size >= this.max) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(full, reply);
    return reply;
  }
}
