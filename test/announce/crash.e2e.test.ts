import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { eventually } from "../helpers/eventually.ts";
import { json } from "../helpers/feed-server.ts";
import { feedUpTo, startFullHarness, telegramAnnounced } from "../helpers/full-app.ts";
import { BIN } from "../helpers/run-bin.ts";

const SUBSCRIBERS = 300;
/** Messages on their way at once (ANNOUNCE_IN_FLIGHT): the most a crash can make repeat. */
const IN_FLIGHT = 1; // the default, which the run below keeps
const dir = mkdtempSync(join(tmpdir(), "ee-bot-crash-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function startBin(env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, [BIN, "start"], { env: { PATH: process.env.PATH ?? "", ...env, LOG_LEVEL: "warn" }, stdio: ["ignore", "ignore", "pipe"] });
}

describe("a crash (kill -9) in the middle of a broadcast", () => {
  it("GIVEN the bot is killed while announcing to 300 subscribers THEN the restarted bot delivers the rest: none skipped, at most the messages in flight (ANNOUNCE_IN_FLIGHT) twice", async () => {
    // Phase 1: the app (in process) knows rounds to #433 and has 300 subscribers.
    const h = await startFullHarness({ seedTo: 433, dir, env: { DISCORD_TOKEN: "", DRAWS_POLL_SECONDS: "0.2", ANNOUNCE_LEASE_SECONDS: "1", TELEGRAM_BROADCAST_RATE: "1000"} });
    await eventually(async () => expect(h.feed.requests.length).toBeGreaterThanOrEqual(1));
    const ids = Array.from({ length: SUBSCRIBERS }, (_, i) => 5_000_001 + i);
    for (const id of ids) await h.app.subs.save({ id: `telegram:${id}`, platform: "telegram", chatId: String(id), categories: null, maxCrs: null, lang: "en", createdAt: "2026-08-01T00:00:00.000Z" });
    await h.app.stop();

    // Phase 2: the real bin runs against the same store; #434 appears; Telegram answers slowly.
    h.telegram.latency = 4;
    h.feed.next(json(feedUpTo(434)));
    const env = { ...h.env, DRAWS_SEED_FILE: "" };
    const first = startBin(env);
    const firstExit = new Promise((r) => first.on("close", r));
    await h.telegram.waitFor((calls) => calls.filter((c) => c.method === "sendMessage" && c.ok).length >= 100, 30_000);
    first.kill("SIGKILL");
    await firstExit;
    const beforeRestart = h.telegram.callsOf("sendMessage").filter((c) => c.ok).length;
    expect(beforeRestart).toBeGreaterThanOrEqual(100);
    expect(beforeRestart).toBeLessThan(SUBSCRIBERS);

    // Phase 3: restart; it takes the expired lease over and finishes the batch.
    const second = startBin(env);
    try {
      await eventually(() => {
        for (const id of ids) expect(telegramAnnounced(h.telegram, id).length, `subscriber ${id}`).toBeGreaterThanOrEqual(1);
      }, 30_000);
      // Let it run a few more cycles: nothing more is sent.
      const settled = h.feed.requests.length;
      await eventually(async () => expect(h.feed.requests.length).toBeGreaterThanOrEqual(settled + 3), 10_000);
      const copies = ids.map((id) => telegramAnnounced(h.telegram, id).length);
      expect(copies.every((n) => n >= 1)).toBe(true);
      const twice = copies.filter((n) => n > 1).length;
      expect(copies.every((n) => n <= 2)).toBe(true);
      expect(twice).toBeLessThanOrEqual(IN_FLIGHT); // sent, but killed before their outcomes were recorded
    } finally {
      second.kill("SIGTERM");
      await new Promise((r) => second.on("close", r));
      await Promise.all([h.telegram.close(), h.discord.close(), h.feed.close()]);
      await h.dropStore();
    }
  }, 90_000);
});
