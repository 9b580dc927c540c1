import { DrawStore } from "./draws/draw-store.ts";
import { seedIfEmpty } from "./draws/seed.ts";
import { sync, type SyncResult } from "./draws/sync.ts";
import { systemClock, type Clock, type Fetch, type Logger } from "./ports.ts";
import { openKeyValueStore, type KeyValueStore } from "./store/key-value.ts";
import { QuestionAnswerer } from "./qa/answer.ts";
import { DataCache, type ReplyCache } from "./cache/data-cache.ts";
import { ChartRenderer } from "./charts/renderer.ts";
import { CATALOGUE } from "./commands/catalogue.ts";
import { greetingText } from "./commands/help.ts";

/** The platform-neutral core, opened once: the store (seeded when empty) and the feed sync. */
/** What the core needs from the settings, passed as values (the core never reads the config). */
export interface CoreSettings {
  /** Where the key-value store lives, e.g. sqlite://data/ee-bot.sqlite. */
  STORE_URL: string;
  /** IRCC's rounds feed. */
  DRAWS_FEED_URL: string;
  /** The snapshot that seeds an empty store. */
  DRAWS_SEED_FILE: string;
}

export interface Core {
  kv: KeyValueStore;
  store: DrawStore;
  clock: Clock;
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
}

export async function openCore(settings: CoreSettings, deps: CoreDeps): Promise<Core> {
  const clock = deps.clock ?? systemClock;
  const fetchFn = deps.fetch ?? globalThis.fetch;
  const kv = openKeyValueStore(settings.STORE_URL);
  const store = await DrawStore.open(kv);
  await seedIfEmpty(store, settings.DRAWS_SEED_FILE, clock, deps.logger);
  const charts = new ChartRenderer(deps.logger);
  return {
    kv,
    store,
    clock,
    qa: new QuestionAnswerer({ store, clock, greeting: (lang) => greetingText(CATALOGUE, lang) }),
    replies: new DataCache(store, clock),
    charts,
    sync: () => sync({ store, fetch: fetchFn, clock, logger: deps.logger, url: settings.DRAWS_FEED_URL }),
    close: async () => {
      await charts.close();
      await kv.close();
    },
  };
}
