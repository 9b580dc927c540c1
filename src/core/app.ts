import type { Config } from "../config.ts";
import { DrawStore } from "./draws/draw-store.ts";
import { seedIfEmpty } from "./draws/seed.ts";
import { sync, type SyncResult } from "./draws/sync.ts";
import { noTelemetry, systemClock, type Clock, type Fetch, type Logger, type Telemetry } from "./ports.ts";
import { openKeyValueStore, type KeyValueStore } from "./store/key-value.ts";
import type { ClaimStore } from "./store/claims.ts";
import { QuestionAnswerer } from "./qa/answer.ts";
import { DataCache, type ReplyCache } from "./commands/reply-cache.ts";
import { ChartRenderer } from "./charts/renderer.ts";

/** The platform-neutral core, opened once: the store (seeded when empty) and the feed sync. */
export interface Core {
  config: Config;
  kv: KeyValueStore;
  /** Atomic claims in the same store (an update handled once across copies). */
  claims: ClaimStore;
  store: DrawStore;
  clock: Clock;
  fetch: Fetch;
  logger: Logger;
  /** Counters for the operations endpoint. */
  telemetry: Telemetry;
  /** The question-answering engine over this store. */
  qa: QuestionAnswerer;
  /** Data answers memoised until the store changes. */
  replies: ReplyCache;
  /** Charts, drawn in a worker thread and cached. */
  charts: ChartRenderer;
  sync(): Promise<SyncResult>;
  close(): Promise<void>;
}

export interface CoreDeps {
  logger: Logger;
  clock?: Clock;
  fetch?: Fetch;
  telemetry?: Telemetry;
}

export async function openCore(config: Config, deps: CoreDeps): Promise<Core> {
  const clock = deps.clock ?? systemClock;
  const fetchFn = deps.fetch ?? globalThis.fetch;
  const kv = openKeyValueStore(config.STORE_URL);
  const store = await DrawStore.open(kv);
  await seedIfEmpty(store, config.DRAWS_SEED_FILE, clock, deps.logger);
  const charts = new ChartRenderer(deps.logger);
  return {
    config,
    kv,
    claims: kv.claims,
    store,
    clock,
    fetch: fetchFn,
    logger: deps.logger,
    telemetry: deps.telemetry ?? noTelemetry,
    qa: new QuestionAnswerer({ store, clock }),
    replies: new DataCache(store, clock),
    charts,
    sync: () => sync({ store, fetch: fetchFn, clock, logger: deps.logger, url: config.DRAWS_FEED_URL }),
    close: async () => {
      await charts.close();
      await kv.close();
    },
  };
}
