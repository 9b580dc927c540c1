import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createConfig } from "../../src/config.ts";
import { startApp, type RunningApp } from "../../src/start.ts";
import { DISCORD_TOKEN } from "./discord-app.ts";
import { FakeDiscord } from "./fake-discord.ts";
import { FakeTelegram } from "./fake-telegram.ts";
import { json, startFeedServer, type FeedHandler, type FeedServer } from "./feed-server.ts";
import { feedOf, snapshotRaw } from "./fixtures.ts";
import { captureLogger } from "./log-capture.ts";
import { testStoreUrl } from "./pg-store.ts";
import { TOKEN } from "./telegram-app.ts";

/** The snapshot's raw rounds up to round `n` (newest first), as a feed body. */
export const feedUpTo = (n: number, edit: (r: Record<string, string>) => Record<string, string> = (r) => r) =>
  feedOf(snapshotRaw().filter((r) => Number.parseInt(r.drawNumber!, 10) <= n).map(edit));

export interface FullHarness {
  telegram: FakeTelegram;
  discord: FakeDiscord;
  feed: FeedServer;
  app: RunningApp;
  log: ReturnType<typeof captureLogger>;
  dir: string;
  env: Record<string, string>;
  /** Removes the store's PostgreSQL schema (under TEST_STORE=postgres); `close` does it unless the caller gave `dir`. */
  dropStore(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The whole app on both platforms, as npm start runs it: a fake Telegram, a fake Discord, and the
 * IRCC feed served from 127.0.0.1, the store seeded with the snapshot up to round `seedTo`.
 */
export async function startFullHarness(opts: { seedTo: number; env?: Record<string, string>; dir?: string; feed?: FeedHandler[] }): Promise<FullHarness> {
  const telegram = await new FakeTelegram(TOKEN).start();
  const discord = await new FakeDiscord().start();
  const feed = await startFeedServer();
  feed.next(...(opts.feed ?? [json(feedUpTo(opts.seedTo))]));
  const dir = opts.dir ?? mkdtempSync(join(tmpdir(), "ee-bot-full-"));
  const store = testStoreUrl(dir);
  const seed = join(dir, "seed.json");
  writeFileSync(seed, feedUpTo(opts.seedTo));
  const env = {
    STORE_URL: store.url,
    DRAWS_FEED_URL: feed.url,
    DRAWS_SEED_FILE: seed,
    DRAWS_POLL_SECONDS: "0.1",
    ANNOUNCE_LEASE_SECONDS: "2",
    TELEGRAM_BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: telegram.url,
    DISCORD_TOKEN,
    DISCORD_API_URL: `${discord.url}/api`,
    ...opts.env,
  };
  const log = captureLogger("debug", [TOKEN, DISCORD_TOKEN]);
  const app = await startApp(createConfig(env), { logger: log.logger });
  return {
    telegram,
    discord,
    feed,
    app,
    log,
    dir,
    env,
    dropStore: () => store.drop(),
    close: async () => {
      await app.stop();
      await Promise.all([telegram.close(), discord.close(), feed.close()]);
      if (!opts.dir) rmSync(dir, { recursive: true, force: true });
      if (!opts.dir) await store.drop();
    },
  };
}

/** Round numbers announced to a Telegram chat, in the order received. */
export const telegramAnnounced = (fake: FakeTelegram, chatId: number) =>
  fake.sentTo(chatId).flatMap((m) => /(?:New Express Entry round #|Nouvelle ronde Entrée express : nº )(\w+)/.exec(String(m.text))?.[1] ?? []);

/** Round numbers announced to a Discord channel, in the order received. */
export const discordAnnounced = (fake: FakeDiscord, channelId: string) =>
  fake.callsTo(new RegExp(`^/channels/${channelId}/messages$`), "POST").flatMap((c) => /round #(\w+)/.exec(String((c.body as { embeds: Array<{ title: string }> }).embeds[0]!.title))?.[1] ?? []);
