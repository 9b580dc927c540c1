import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import sqlite3 from "sqlite3";
import { afterEach, describe, expect, it, onTestFinished } from "vitest";
import { eventually } from "../helpers/eventually.ts";
import { json } from "../helpers/feed-server.ts";
import { feedUpTo, startFullHarness, telegramAnnounced, type FullHarness } from "../helpers/full-app.ts";
import type { Subscription } from "../../src/core/subscriptions.ts";

let h: FullHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const sub = (chatId: string): Subscription => ({ id: `telegram:${chatId}`, platform: "telegram", chatId, categories: null, maxCrs: null, lang: "en", createdAt: "2026-08-01T00:00:00.000Z" });

/** Runs SQL on the store's file from another connection, as an operator (or a full disk) would. */
async function onStoreFile(file: string, sql: string): Promise<void> {
  const db = new sqlite3.Database(file);
  db.configure("busyTimeout", 10_000);
  await new Promise<void>((resolve, reject) => db.exec(sql, (e) => (e ? reject(e) : resolve())));
  await new Promise<void>((resolve) => db.close(() => resolve()));
}

async function tables(file: string): Promise<string[]> {
  const db = new sqlite3.Database(file);
  const rows = await new Promise<Array<{ name: string }>>((resolve, reject) => db.all("SELECT name FROM sqlite_master WHERE type = 'table'", (e, r: Array<{ name: string }>) => (e ? reject(e) : resolve(r))));
  await new Promise<void>((resolve) => db.close(() => resolve()));
  return rows.map((r) => r.name);
}

describe("detection and queueing are one atomic step", () => {
  it("GIVEN the disk fails half-way through queueing a round THEN nothing is half-written: once the disk is back, every subscriber gets the round exactly once", async () => {
    // This test makes the SQLite file itself fail (triggers), so it stays on SQLite whatever TEST_STORE says.
    const dir = mkdtempSync(join(tmpdir(), "ee-bot-atomic-"));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    h = await startFullHarness({ seedTo: 433, dir, env: { DISCORD_TOKEN: "", STORE_URL: `sqlite://${join(dir, "store.sqlite")}` } });
    await eventually(async () => expect(h!.feed.requests.length).toBeGreaterThanOrEqual(1));
    for (const id of ["1901", "1902", "1903"]) await h.app.subs.save(sub(id));
    const file = join(h.dir, "store.sqlite");
    // The store fails after the first write of a round's queue (outbox rows, or the key-value queue of older versions).
    const known = await tables(file);
    const faults = [
      known.includes("outbox") ? "CREATE TRIGGER disk_full_outbox BEFORE INSERT ON outbox WHEN (SELECT COUNT(*) FROM outbox) >= 1 BEGIN SELECT RAISE(FAIL, 'database or disk is full'); END;" : "",
      known.includes("keyv") ? "CREATE TRIGGER disk_full_queue BEFORE INSERT ON keyv WHEN NEW.key LIKE '%announce:queue%' BEGIN SELECT RAISE(FAIL, 'database or disk is full'); END;" : "",
    ].join("\n");
    await onStoreFile(file, faults);
    h.feed.next(json(feedUpTo(434)));
    await eventually(() => expect(h!.log.text()).toMatch(/disk is full/), 8_000);
    const polls = h.feed.requests.length;
    await eventually(async () => expect(h!.feed.requests.length).toBeGreaterThanOrEqual(polls + 3), 8_000);
    await onStoreFile(file, "DROP TRIGGER IF EXISTS disk_full_outbox; DROP TRIGGER IF EXISTS disk_full_queue;");
    await eventually(() => {
      for (const id of [1901, 1902, 1903]) expect(telegramAnnounced(h!.telegram, id)).toEqual(["434"]);
    }, 8_000);
    const settled = h.feed.requests.length;
    await eventually(async () => expect(h!.feed.requests.length).toBeGreaterThanOrEqual(settled + 3), 8_000);
    for (const id of [1901, 1902, 1903]) expect(telegramAnnounced(h.telegram, id)).toEqual(["434"]);
  });
});
