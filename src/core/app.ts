import type { Config } from "../config.ts";
import { DrawStore } from "./draws/draw-store.ts";
import { seedIfEmpty } from "./draws/seed.ts";
import { sync, type SyncResult } from "./draws/sync.ts";
import type { FeedStatus } from "./draws/freshness.ts";
import { systemClock, type Clock, type Fetch, type Logger } from "./ports.ts";
import { openKeyValueStore, type KeyValueStore } from "./store/key-value.ts";
import { QuestionAnswerer } from "./qa/answer.ts";
import { DataCache, type ReplyCache } from "./commands/reply-cache.ts";
import { ChartRenderer } from "./charts/renderer.ts";

/** The platform-neutral core, opened once: the store (seeded when empty) and the feed sync. */
export interface Core {
  config: Config;
  kv: KeyValueStore;
  store: DrawStore;
  clock: Clock;
  fetch: Fetch;
  logger: Logger;
  /** The question-answering engine over this store. */
  qa: QuestionAnswerer;
  /** Data answers memoised until the store changes. */
  replies: ReplyCache;
  /** Charts, drawn in a worker thread and cached. */
  charts: ChartRenderer;
  /** When the feed was last read successfully in this process: answers say when the data may be out of date. */
  feed: FeedStatus;
  sync(opts?: { timeoutMs?: number }): Promise<SyncResult>;
  close(): Promise<void>;
}

export interface CoreDeps {
  logger: Logger;
  clock?: Clock;
  fetch?: Fetch;
}

export async function openCore(config: Config, deps: CoreDeps): Promise<Core> {
  const clock = deps.clock ?? systemClock;
  const fetchFn = deps.fetch ?? globalThis.fetch;
  const kv = openKeyValueStore(config.STORE_URL);
  const store = await DrawStore.open(kv);
  await seedIfEmpty(store, config.DRAWS_SEED_FILE, clock, deps.logger);
  const charts = new ChartRenderer(deps.logger);
  let lastReachedAt: string | undefined;
  const feed: FeedStatus = { lastReachedAt: () => lastReachedAt };
  return {
    config,
    kv,
    store,
    clock,
    fetch: fetchFn,
    logger: deps.logger,
    qa: new QuestionAnswerer({ store, clock, feed }),
    feed,
    replies: new DataCache(store, clock),
    charts,
    sync: async (opts = {}) => {
      const result = await sync({ store, fetch: fetchFn, clock, logger: deps.logger, url: config.DRAWS_FEED_URL, ...opts });
      if (result.status !== "failed") lastReachedAt = clock().toISOString();
      return result;
    },
    close: async () => {
      await charts.close();
      await kv.close();
    },
  };
}
