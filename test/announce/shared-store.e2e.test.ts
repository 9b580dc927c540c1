import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import sqlite3 from "sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { createConfig } from "../../src/config.ts";
import { openSqliteRecords } from "../../src/core/store/sqlite-records.ts";
import { startApp, type RunningApp } from "../../src/start.ts";
import { eventually } from "../helpers/eventually.ts";
import { FakeTelegram, tg } from "../helpers/fake-telegram.ts";
import { json, startFeedServer, type FeedServer } from "../helpers/feed-server.ts";
import { feedUpTo, startFullHarness, telegramAnnounced, type FullHarness } from "../helpers/full-app.ts";
import { captureLogger } from "../helpers/log-capture.ts";
import { runBin } from "../helpers/run-bin.ts";
import { TOKEN } from "../helpers/telegram-app.ts";
import { testStoreUrl } from "../helpers/pg-store.ts";

let h: FullHarness | undefined;
const cleanups: Array<() => Promise<unknown> | unknown> = [];
afterEach(async () => {
  await h?.close();
  h = undefined;
  for (const c of cleanups.splice(0).reverse()) await c();
});

const sub = (chatId: string) => ({ id: `telegram:${chatId}`, platform: "telegram" as const, chatId, categories: null, maxCrs: null, lang: "en" as const, createdAt: "2026-08-01T00:00:00.000Z" });

async function ask(fake: FakeTelegram, text: string, chat: number): Promise<string> {
  const since = fake.calls.length;
  fake.push(tg.message(text, { from: tg.user(chat) }));
  return String((await fake.nextMessage(chat, since)).text);
}

describe("a store another process writes", () => {
  it("GIVEN `ee-bot sync` run beside the bot stores a new round THEN the bot answers /latest with it and announces it once", async () => {
    h = await startFullHarness({ seedTo: 433, env: { DISCORD_TOKEN: "" } });
    await eventually(async () => expect(h!.feed.requests.length).toBeGreaterThanOrEqual(1));
    await h.app.subs.save(sub("2001"));
    const cliFeed = await startFeedServer();
    cleanups.push(() => cliFeed.close());
    cliFeed.next(json(feedUpTo(434)));
    const result = await runBin(["sync"], { ...h.env, DRAWS_FEED_URL: cliFeed.url, TELEGRAM_BOT_TOKEN: "", DISCORD_TOKEN: "" });
    expect(result.code).toBe(0);
    expect(await ask(h.telegram, "/latest", 2001)).toContain("Latest round: #434");
    // The bot's own next read of the feed gets the body the sync already read ("unchanged"): the round is still announced.
    h.feed.next(json(feedUpTo(434)));
    await eventually(() => expect(telegramAnnounced(h!.telegram, 2001)).toEqual(["434"]), 8_000);
    const polls = h.feed.requests.length;
    await eventually(async () => expect(h!.feed.requests.length).toBeGreaterThanOrEqual(polls + 3), 8_000);
    expect(telegramAnnounced(h.telegram, 2001)).toEqual(["434"]);
  });

  it("GIVEN 40 chats subscribing at once through two copies THEN all 40 are kept and each was told so; a language chosen through one copy is used by the other", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ee-bot-two-"));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const store = testStoreUrl(dir); // SQLite in dir, or a PostgreSQL schema under TEST_STORE=postgres
    cleanups.push(() => store.drop());
    const feed: FeedServer = await startFeedServer();
    cleanups.push(() => feed.close());
    feed.next(json(feedUpTo(434)));
    const fakes = [await new FakeTelegram(TOKEN).start(), await new FakeTelegram(TOKEN).start()];
    cleanups.push(() => Promise.all(fakes.map((f) => f.close())));
    const log = captureLogger("warn", [TOKEN]);
    const apps: RunningApp[] = [];
    for (const fake of fakes) {
      const env = { STORE_URL: store.url, DRAWS_FEED_URL: feed.url, DRAWS_POLL_SECONDS: "0.2", TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: fake.url };
      apps.push(await startApp(createConfig(env), { logger: log.logger }));
    }
    cleanups.push(() => Promise.all(apps.map((a) => a.stop())));
    const chats = Array.from({ length: 40 }, (_, i) => 3_000_001 + i);
    chats.forEach((chat, i) => fakes[i % 2]!.push(tg.message("/subscribe", { from: tg.user(chat) })));
    await eventually(() => {
      chats.forEach((chat, i) => expect(fakes[i % 2]!.sentTo(chat).map((m) => String(m.text)).join(" ")).toContain("Subscribed"));
    }, 15_000);
    expect((await apps[0]!.subs.list()).map((s) => Number(s.chatId)).sort()).toEqual(chats);

    await ask(fakes[0]!, "/lang fr", chats[0]!);
    expect(await ask(fakes[1]!, "/latest", chats[0]!)).toContain("Dernière ronde : nº 434");
  }, 40_000);

  it("GIVEN expired wizard states and old finished deliveries THEN the announcing copy purges them; open wizards, pending and recent deliveries stay", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ee-bot-purge-"));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, "store.sqlite");
    const records = await openSqliteRecords(file);
    const now = Date.now();
    await records.saveWizard("tg:1", { step: 1 }, now - 1_000);
    await records.saveWizard("tg:2", { step: 1 }, now + 3_600_000);
    await records.queueRounds(undefined, "433", [{ roundId: "400", targets: ["telegram:1", "telegram:2", "telegram:3"] }], now - 50 * 86_400_000);
    const [old, recent] = await records.pendingDeliveries(0, 10);
    await records.updateDelivery(old!.seq, { status: "sent" }, now - 40 * 86_400_000);
    await records.updateDelivery(recent!.seq, { status: "dropped", reason: "gone" }, now - 86_400_000);
    await records.close();

    // This one reads the SQLite file itself, so it stays on SQLite whatever TEST_STORE says.
    h = await startFullHarness({ seedTo: 433, dir, env: { DISCORD_TOKEN: "", STORE_URL: `sqlite://${file}` } });
    await eventually(async () => expect((await h!.app.core.records.deliveriesOf("400")).map((d) => d.target)).toEqual(["telegram:2", "telegram:3"]), 8_000);
    const db = new sqlite3.Database(file);
    const left = await new Promise<Array<{ user_key: string }>>((resolve, reject) => db.all("SELECT user_key FROM wizards", (e, r: Array<{ user_key: string }>) => (e ? reject(e) : resolve(r))));
    await new Promise((r) => db.close(r));
    expect(left.map((r) => r.user_key)).toEqual(["tg:2"]);
  });
});
