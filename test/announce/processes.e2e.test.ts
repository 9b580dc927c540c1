import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { eventually } from "../helpers/eventually.ts";
import { json } from "../helpers/feed-server.ts";
import { feedUpTo, startFullHarness, telegramAnnounced, type FullHarness } from "../helpers/full-app.ts";
import { BIN } from "../helpers/run-bin.ts";

/**
 * The real bin/ee-bot as separate processes on one store: a shutdown mid-broadcast, and two copies
 * where the one sending is paused (SIGSTOP: a stall longer than its lease) and resumed.
 */

const SUBSCRIBERS = 200;
/** Messages on their way at once (ANNOUNCE_IN_FLIGHT): the most a stall can make repeat. */
const IN_FLIGHT = 1; // the default, which the run below keeps
const ids = Array.from({ length: SUBSCRIBERS }, (_, i) => 6_000_001 + i);
let dir: string;
let h: FullHarness | undefined;
const children: ChildProcess[] = [];

afterEach(async () => {
  for (const child of children.splice(0)) {
    if (child.exitCode !== null || child.signalCode !== null) continue;
    child.kill("SIGCONT");
    child.kill("SIGKILL");
    await new Promise((r) => child.on("close", r));
  }
  await Promise.all([h?.telegram.close(), h?.discord.close(), h?.feed.close()]);
  await h?.dropStore(); // the PostgreSQL schema under TEST_STORE=postgres
  h = undefined;
  rmSync(dir, { recursive: true, force: true });
});

interface Copy {
  child: ChildProcess;
  log: () => string;
  exited: Promise<unknown>;
}

function startBin(env: Record<string, string>): Copy {
  const child = spawn(process.execPath, [BIN, "start"], { env: { PATH: process.env.PATH ?? "", ...env, LOG_LEVEL: "info" }, stdio: ["ignore", "ignore", "pipe"] });
  children.push(child);
  let log = "";
  child.stderr!.on("data", (d) => (log += d));
  return { child, log: () => log, exited: new Promise((r) => child.on("close", r)) };
}

/** A store at #433 with the subscribers, then #434 published; returns the environment for the bin. */
async function prepare(): Promise<Record<string, string>> {
  dir = mkdtempSync(join(tmpdir(), "ee-bot-processes-"));
  h = await startFullHarness({ seedTo: 433, dir, env: { DISCORD_TOKEN: "", DRAWS_POLL_SECONDS: "0.2", ANNOUNCE_LEASE_SECONDS: "1", TELEGRAM_BROADCAST_RATE: "25"} });
  await eventually(async () => expect(h!.feed.requests.length).toBeGreaterThanOrEqual(1));
  for (const id of ids) await h.app.subs.save({ id: `telegram:${id}`, platform: "telegram", chatId: String(id), categories: null, maxCrs: null, lang: "en", createdAt: "2026-08-01T00:00:00.000Z" });
  await h.app.stop();
  h.feed.next(json(feedUpTo(434)));
  return { ...h.env, DRAWS_SEED_FILE: "" };
}

const sent = () => h!.telegram.callsOf("sendMessage").filter((c) => c.ok).length;

describe("SIGTERM in the middle of a broadcast", () => {
  it("GIVEN the bot is announcing to 200 chats THEN SIGTERM stops it between two messages within 5 s, and the restarted bot sends the rest: each chat once", async () => {
    const env = await prepare();
    const first = startBin(env);
    await h!.telegram.waitFor(() => sent() >= 25, 60_000); // two cold starts of the bin on a busy machine
    const asked = Date.now();
    first.child.kill("SIGTERM");
    await first.exited;
    expect(Date.now() - asked).toBeLessThan(5_000);
    const atStop = sent();
    expect(atStop).toBeLessThan(SUBSCRIBERS);

    startBin(env);
    await eventually(() => {
      for (const id of ids) expect(telegramAnnounced(h!.telegram, id).length, `chat ${id}`).toBeGreaterThanOrEqual(1);
    }, 30_000);
    const settled = h!.feed.requests.length;
    await eventually(async () => expect(h!.feed.requests.length).toBeGreaterThanOrEqual(settled + 3), 10_000);
    for (const id of ids) expect(telegramAnnounced(h!.telegram, id), `chat ${id}`).toEqual(["434"]);
  }, 150_000);
});

describe("two copies on one store, the sending one paused past its lease", () => {
  it("GIVEN the leader stalls (SIGSTOP) mid-broadcast THEN the other copy finishes it, and the stalled one sends nothing more once resumed", async () => {
    const env = await prepare();
    const copies = [startBin(env), startBin(env)];
    await h!.telegram.waitFor(() => sent() >= 30, 60_000); // two cold starts of the bin on a busy machine
    const leader = copies.find((c) => /new round queued for announcement/.test(c.log()))!;
    expect(leader).toBeDefined();
    leader.child.kill("SIGSTOP");
    const pausedAt = sent();
    await eventually(() => {
      for (const id of ids) expect(telegramAnnounced(h!.telegram, id).length, `chat ${id}`).toBeGreaterThanOrEqual(1);
    }, 30_000);
    expect(sent()).toBeGreaterThan(pausedAt);
    leader.child.kill("SIGCONT");
    // The resumed copy runs again: its timers fire, it finds it lost the lease, and stops.
    const resumed = h!.feed.requests.length;
    await eventually(async () => expect(h!.feed.requests.length).toBeGreaterThanOrEqual(resumed + 10), 15_000);
    const copiesPerChat = ids.map((id) => telegramAnnounced(h!.telegram, id).length);
    expect(copiesPerChat.every((n) => n >= 1)).toBe(true);
    // At most the messages on their way when it stalled went twice.
    expect(copiesPerChat.filter((n) => n > 1).length).toBeLessThanOrEqual(IN_FLIGHT);
    expect(copiesPerChat.every((n) => n <= 2)).toBe(true);
  }, 150_000);
});
