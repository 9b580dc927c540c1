import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createConfig } from "../../src/config.ts";
import { silentLogger } from "../../src/core/ports.ts";
import { startApp, type RunningApp } from "../../src/start.ts";
import { eventually } from "../helpers/eventually.ts";
import { FakeTelegram, tg } from "../helpers/fake-telegram.ts";
import { json, startFeedServer } from "../helpers/feed-server.ts";
import { feedUpTo } from "../helpers/full-app.ts";
import { POSTGRES_SKIP_NOTE, TEST_POSTGRES_URL, tempSchema } from "../helpers/pg-store.ts";
import { BIN } from "../helpers/run-bin.ts";
import { TOKEN } from "../helpers/telegram-app.ts";

/**
 * Three copies of the bot on one PostgreSQL, Telegram in webhook mode (updates posted to each
 * copy, as a load balancer would), the IRCC feed served from 127.0.0.1. On a quiet machine each
 * test takes well under a minute; the time limits leave room for a busy one.
 */

const CHATS = 1_000;
const SECRET = "copies-webhook-secret";
const LEASE_SECONDS = 2;
/** Messages on their way at once (ANNOUNCE_IN_FLIGHT): the most a crash can make repeat. */
const IN_FLIGHT = 1; // the default, which the run below keeps
const chatIds = Array.from({ length: CHATS }, (_, i) => 6_100_001 + i);

/** Rounds announced to each chat, in order, in one pass over the fake's calls (cheap enough to poll). */
function announcedByChat(fake: FakeTelegram): Map<number, string[]> {
  const byChat = new Map<number, string[]>();
  for (const c of fake.calls) {
    if (!c.ok || c.method !== "sendMessage") continue;
    const round = /New Express Entry round #(\w+)/.exec(String(c.payload.text))?.[1];
    if (!round) continue;
    const chat = Number(c.payload.chat_id);
    byChat.set(chat, [...(byChat.get(chat) ?? []), round]);
  }
  return byChat;
}

/** The copies share this process: a busy poll of the fake's calls would slow them down. */
const slowly = <T>(check: () => T | Promise<T>, timeoutMs: number) => eventually(check, timeoutMs, 250);

if (!TEST_POSTGRES_URL) console.warn(POSTGRES_SKIP_NOTE);

describe.skipIf(!TEST_POSTGRES_URL)("three copies on one PostgreSQL (skipped without TEST_POSTGRES_URL)", () => {
  const dir = mkdtempSync(join(tmpdir(), "ee-bot-copies-"));
  const schema = TEST_POSTGRES_URL ? tempSchema() : undefined;
  const children: ChildProcess[] = [];
  let telegram: FakeTelegram | undefined;
  let feed: Awaited<ReturnType<typeof startFeedServer>> | undefined;
  afterAll(async () => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    await Promise.all([telegram?.close(), feed?.close()]);
    await schema?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  const env = () => ({
    STORE_URL: schema!.url,
    DRAWS_FEED_URL: feed!.url,
    DRAWS_SEED_FILE: join(dir, "seed.json"),
    DRAWS_POLL_SECONDS: "0.2",
    ANNOUNCE_LEASE_SECONDS: String(LEASE_SECONDS),
    TELEGRAM_BROADCAST_RATE: "1000",
    TELEGRAM_BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: telegram!.url,
    TELEGRAM_WEBHOOK_URL: "https://bot.example.org/telegram",
    TELEGRAM_WEBHOOK_PORT: "0",
    TELEGRAM_WEBHOOK_SECRET: SECRET,
  });

  it("GIVEN 1,000 chats subscribing through three copies at once THEN every subscription is kept and a new round reaches each chat once", async () => {
    telegram = await new FakeTelegram(TOKEN).start();
    feed = await startFeedServer();
    feed.next(json(feedUpTo(432)));
    writeFileSync(join(dir, "seed.json"), feedUpTo(432));
    const apps: RunningApp[] = [];
    for (let i = 0; i < 3; i++) apps.push(await startApp(createConfig(env()), { logger: silentLogger }));
    try {
      // The leader's first successful sync sets the mark: #432 and older are history.
      await eventually(async () => expect(await apps[0]!.core.records.getMark()).toBe("432"), 10_000);
      const post = (app: RunningApp, update: unknown) =>
        fetch(`http://127.0.0.1:${app.telegram!.webhookPort}/`, { method: "POST", headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET }, body: JSON.stringify(update) });
      const answers = await Promise.all(chatIds.map((id, i) => post(apps[i % 3]!, { update_id: 10_000 + i, ...tg.message("/subscribe", { from: tg.user(id) }) })));
      expect(answers.filter((r) => r.status !== 200)).toHaveLength(0);
      await slowly(() => {
        const told = new Set(telegram!.callsOf("sendMessage").filter((c) => /Subscribed/.test(String(c.payload.text))).map((c) => Number(c.payload.chat_id)));
        const untold = chatIds.filter((id) => !told.has(id));
        expect(untold, JSON.stringify(untold.slice(0, 3).map((id) => telegram!.calls.filter((c) => Number(c.payload.chat_id) === id)))).toEqual([]);
      }, 30_000);
      expect(await apps[1]!.core.records.countSubscriptions()).toBe(CHATS);
      expect(new Set((await apps[2]!.subs.list()).map((s) => s.chatId))).toEqual(new Set(chatIds.map(String)));
      feed.next(json(feedUpTo(433)));
      await slowly(() => {
        const got = announcedByChat(telegram!);
        expect(chatIds.filter((id) => !got.has(id))).toEqual([]);
      }, 60_000);
      const settled = feed.requests.length;
      await eventually(() => expect(feed!.requests.length).toBeGreaterThanOrEqual(settled + 3), 5_000);
      const got = announcedByChat(telegram!);
      expect(chatIds.filter((id) => got.get(id)?.join() !== "433")).toEqual([]);
    } finally {
      await Promise.all(apps.map((a) => a.stop()));
    }
  }, 180_000);

  it("GIVEN the leader is killed (kill -9) mid-broadcast THEN another copy finishes within the lease, at most the messages in flight (ANNOUNCE_IN_FLIGHT) repeated", async () => {
    telegram!.latency = 3; // a broadcast of 1,000 takes a few seconds
    const logs: string[] = ["", "", ""];
    for (let i = 0; i < 3; i++) {
      const child = spawn(process.execPath, [BIN, "start"], { env: { PATH: process.env.PATH ?? "", ...env(), DRAWS_SEED_FILE: "", LOG_LEVEL: "info" }, stdio: ["ignore", "pipe", "pipe"] });
      child.stdout!.on("data", (d) => (logs[i] += d));
      child.stderr!.on("data", (d) => (logs[i] += d));
      children.push(child);
    }
    await eventually(() => expect(telegram!.callsOf("setWebhook").length).toBeGreaterThanOrEqual(3 + 3), 45_000); // three in-process copies before, three now

    const sentBefore = telegram!.callsOf("sendMessage").filter((c) => c.ok).length;
    feed!.next(json(feedUpTo(434)));
    // The copy that queued the round leads the broadcast: kill it once a part has gone out.
    const leader = await eventually(() => {
      const i = logs.findIndex((l) => l.includes("new round queued for announcement"));
      expect(i, logs.join("\n---\n").slice(-3000)).toBeGreaterThanOrEqual(0);
      return i;
    }, 30_000);
    await slowly(() => expect(telegram!.callsOf("sendMessage").filter((c) => c.ok).length).toBeGreaterThanOrEqual(sentBefore + 200), 30_000);
    children[leader]!.kill("SIGKILL");
    await new Promise((r) => children[leader]!.once("close", r));
    const killedAt = Date.now();
    const sentByLeader = telegram!.callsOf("sendMessage").filter((c) => c.ok).length - sentBefore;
    expect(sentByLeader).toBeLessThan(CHATS); // it really was mid-broadcast

    await slowly(() => {
      const got = announcedByChat(telegram!);
      expect(chatIds.filter((id) => !got.get(id)?.includes("434"))).toEqual([]);
    }, 60_000);
    const resumed = telegram!.callsOf("sendMessage").filter((c) => c.ok).slice(sentBefore + sentByLeader)[0]!;
    // Another copy took over once the lease ran out (plus one poll interval and a margin for a busy machine).
    expect(resumed.at - killedAt).toBeLessThan(LEASE_SECONDS * 1000 + 2_500);
    const settled = feed!.requests.length;
    await eventually(() => expect(feed!.requests.length).toBeGreaterThanOrEqual(settled + 3), 5_000);
    const got = announcedByChat(telegram!);
    const copies = chatIds.map((id) => got.get(id)!.filter((r) => r === "434").length);
    expect(copies.filter((n) => n > 1).length).toBeLessThanOrEqual(IN_FLIGHT); // at most those in flight
    expect(Math.max(...copies)).toBeLessThanOrEqual(2);
    for (const [i, id] of chatIds.entries()) expect(got.get(id), `chat ${id}`).toEqual(copies[i] === 2 ? ["433", "434", "434"] : ["433", "434"]);
  }, 180_000);
});
