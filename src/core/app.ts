import { DrawStore } from "./draws/draw-store.ts";
import { seedIfEmpty } from "./draws/seed.ts";
import { importLegacyRecords } from "./store/legacy-import.ts";
import { SavedProfiles } from "./store/saved-profiles.ts";
import { RecordCountdownStore, type CountdownStore } from "./ita/reminders.ts";
import { sync, type SyncResult } from "./draws/sync.ts";
import type { FeedStatus } from "./draws/freshness.ts";
import { noTelemetry, systemClock, type Clock, type Fetch, type Logger, type Telemetry } from "./ports.ts";
import type { KeyValueStore } from "./store/key-value.ts";
import { openStores } from "./store/open.ts";
import type { RecordStore } from "./store/records.ts";
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
  /** Records that are many or must change atomically (subscriptions, outbox, lease, chats, claims), in the same database. */
  records: RecordStore;
  store: DrawStore;
  /** Users' saved CRS profiles. */
  profiles: SavedProfiles;
  /** ITA countdowns (reminders kept in the store). */
  countdowns: CountdownStore;
  clock: Clock;
  /** Counters for the operations endpoint. */
  telemetry: Telemetry;
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
  telemetry?: Telemetry;
}

export async function openCore(settings: CoreSettings, deps: CoreDeps): Promise<Core> {
  const clock = deps.clock ?? systemClock;
  const fetchFn = deps.fetch ?? globalThis.fetch;
  const { kv, records } = await openStores(settings.STORE_URL);
  await importLegacyRecords(kv, records, deps.logger);
  const store = await DrawStore.open(kv, records);
  await seedIfEmpty(store, settings.DRAWS_SEED_FILE, clock, deps.logger);
  const charts = new ChartRenderer(deps.logger);
  let lastReachedAt: string | undefined;
  const feed: FeedStatus = { lastReachedAt: () => lastReachedAt };
  return {
    kv,
    records,
    store,
    profiles: new SavedProfiles(records, kv),
    countdowns: new RecordCountdownStore(records),
    clock,
    telemetry: deps.telemetry ?? noTelemetry,
    qa: new QuestionAnswerer({ store, clock, feed, greeting: (lang) => greetingText(CATALOGUE, lang) }),
    feed,
    replies: new DataCache(store, clock),
    charts,
    sync: async (opts = {}) => {
      const result = await sync({ store, fetch: fetchFn, clock, logger: deps.logger, url: settings.DRAWS_FEED_URL, ...opts });
      if (result.status !== "failed") lastReachedAt = clock().toISOString();
      return result;
    },
    close: async () => {
      await charts.close();
      await records.close();
      await kv.close();
    },
  };
}
