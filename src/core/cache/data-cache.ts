import type { DrawStore } from "../draws/draw-store.ts";
import { isoDate, type Clock } from "../ports.ts";
import type { Reply } from "../reply.ts";

/**
 * Memoises answers built from the rounds (/latest, /draws, /stats…, questions) until the store
 * changes or the day turns: many people ask the same thing right after a round. Keys include the
 * store's version and today's date, so an answer is never staler than the data it was built from.
 */
export class DataCache<T> {
  private readonly entries = new Map<string, T>();

  constructor(
    private readonly store: DrawStore,
    private readonly clock: Clock,
    private readonly max = 500,
  ) {}

  async get(key: string, build: () => T | Promise<T>): Promise<T> {
    const full = `${this.store.version}|${isoDate(this.clock)}|${key}`;
    const hit = this.entries.get(full);
    if (hit) return hit;
    const value = await build();
    if (this.entries.size >= this.max) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(full, value);
    return value;
  }
}

/** Data answers of the commands. */
export type ReplyCache = DataCache<Reply>;
