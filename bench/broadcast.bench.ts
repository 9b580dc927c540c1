import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { createConfig } from "../src/config.ts";
import { silentLogger } from "../src/core/ports.ts";
import { openStores } from "../src/core/store/open.ts";
import { SubscriptionStore } from "../src/core/subscriptions.ts";
import { startApp } from "../src/start.ts";
import { FakeTelegram } from "../test/helpers/fake-telegram.ts";
import { json, startFeedServer } from "../test/helpers/feed-server.ts";
import { feedOf, snapshotRaw } from "../test/helpers/fixtures.ts";
import { fmt, loadAverage, report } from "./harness.ts";

const TOKEN = "123456:BENCH-token-abcdefghijklmnopqrstuvwxyz";
const SUBSCRIBERS = 5_000;
const LIMIT = 500;

/** One round broadcast to 5,000 Telegram subscribers through a fake Bot API that allows 500 messages/s and answers 429 beyond. */
export async function benchBroadcast(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "ee-bot-broadcast-"));
  const raw = snapshotRaw();
  const upTo = (n: number) => feedOf(raw.filter((r) => Number.parseInt(r.drawNumber!, 10) <= n));
  writeFileSync(join(dir, "seed.json"), upTo(433));
  const storeUrl = `sqlite://${join(dir, "s.sqlite")}`;
  const fake = await new FakeTelegram(TOKEN).start();
  fake.rateLimit = LIMIT;
  const feed = await startFeedServer();
  feed.next(json(upTo(433)));
  const env = { STORE_URL: storeUrl, DRAWS_FEED_URL: feed.url, DRAWS_SEED_FILE: join(dir, "seed.json"), DRAWS_POLL_SECONDS: "0.5", TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: fake.url, TELEGRAM_BROADCAST_RATE: String(LIMIT), LOG_LEVEL: "silent" };

  const app = await startApp(createConfig(env), { logger: silentLogger });
  while (feed.requests.length < 1) await new Promise((r) => setTimeout(r, 20));
  await app.stop();
  const { kv, records } = await openStores(storeUrl);
  const subs = new SubscriptionStore(records);
  for (let i = 0; i < SUBSCRIBERS; i++) await subs.save({ id: `telegram:${8_000_000 + i}`, platform: "telegram", chatId: String(8_000_000 + i), categories: null, maxCrs: null, lang: "en", createdAt: "2026-08-01T00:00:00.000Z" });
  await records.close();
  await kv.close();

  feed.next(json(upTo(434)));
  const loadBefore = loadAverage();
  const rssBefore = process.memoryUsage().rss / 2 ** 20;
  let peakRss = rssBefore;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss / 2 ** 20)), 100);
  const running = await startApp(createConfig(env), { logger: silentLogger });
  const sends = () => fake.calls.filter((c) => c.method === "sendMessage" && c.ok);
  while (sends().length < SUBSCRIBERS) await new Promise((r) => setTimeout(r, 50));
  await new Promise((r) => setTimeout(r, 1_000)); // anything sent twice would show up now
  clearInterval(sampler);
  const loadAfter = loadAverage();
  const delivered = sends();
  const chats = new Set(delivered.map((c) => String(c.payload.chat_id)));
  const seconds = (delivered.at(-1)!.at - delivered[0]!.at) / 1000;
  const rate = (delivered.length - 1) / seconds;
  await running.stop();
  await Promise.all([fake.close(), feed.close()]);
  rmSync(dir, { recursive: true, force: true });
  report(`Broadcast: one round to ${fmt(SUBSCRIBERS)} Telegram subscribers by one copy on SQLite, fake Bot API limited to ${LIMIT}/s (target: ≥ 90% of the limit, 0 duplicates, 0 × 429)`, [
    ["delivered", `${fmt(chats.size)} chats, ${fmt(delivered.length)} messages in ${fmt(seconds, 2)} s`],
    ["achieved rate", `${fmt(rate, 1)} messages/s = ${fmt((100 * rate) / LIMIT, 1)}% of the limit`],
    ["duplicates", String(delivered.length - chats.size)],
    ["429 answers", String(fake.rateLimited)],
    ["peak RSS", `${fmt(peakRss, 1)} MB for this whole process (the copy, the fake API and the benchmark; ${fmt(rssBefore, 1)} MB before the copy started)`],
    ["load average (1/5/15 min)", `${loadBefore} before, ${loadAfter} after (${cpus().length} cores)`],
  ]);
}
