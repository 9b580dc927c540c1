import type { Config } from "../config.ts";
import { DrawStore } from "./draws/draw-store.ts";
import { seedIfEmpty } from "./draws/seed.ts";
import { importLegacyRecords } from "./store/legacy-import.ts";
import { SavedProfiles } from "./store/saved-profiles.ts";
import { sync, type SyncResult } from "./draws/sync.ts";
import { systemClock, type Clock, type Fetch, type Logger } from "./ports.ts";
import type { KeyValueStore } from "./store/key-value.ts";
import { openStores } from "./store/open.ts";
import type { RecordStore } from "./store/records.ts";
import { QuestionAnswerer } from "./qa/answer.ts";
import { DataCache, type ReplyCache } from "./commands/reply-cache.ts";
import { ChartRenderer } from "./charts/renderer.ts";
import { CATALOGUE } from "./commands/catalogue.ts";
import { greetingText } from "./commands/help.ts";

/** The platform-neutral core, opened once: the store (seeded when empty) and the feed sync. */
export interface Core {
  config: Config;
  kv: KeyValueStore;
  /** Records that are many or must change atomically (subscriptions, outbox, lease, chats), in the same database. */
  records: RecordStore;
  store: DrawStore;
  /** Users' saved CRS profiles. */
  profiles: SavedProfiles;
  clock: Clock;
  fetch: Fetch;
  logger: Logger;
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

export async function openCore(config: Config, deps: CoreDeps): Promise<Core> {
  const clock = deps.clock ?? systemClock;
  const fetchFn = deps.fetch ?? globalThis.fetch;
  const { kv, records } = await openStores(config.STORE_URL);
  await importLegacyRecords(kv, records, deps.logger);
  const store = await DrawStore.open(kv, records);
  await seedIfEmpty(store, config.DRAWS_SEED_FILE, clock, deps.logger);
  const charts = new ChartRenderer(deps.logger);
  return {
    config,
    kv,
    records,
    store,
    profiles: new SavedProfiles(records, kv),
    clock,
    fetch: fetchFn,
    logger: deps.logger,
    qa: new QuestionAnswerer({ store, clock, greeting: (lang) => greetingText(CATALOGUE, lang) }),
    replies: new DataCache(store, clock),
    charts,
    sync: () => sync({ store, fetch: fetchFn, clock, logger: deps.logger, url: config.DRAWS_FEED_URL }),
    close: async () => {
      await charts.close();
      await records.close();
      await kv.close();
    },
  };
}
