import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DrawStore } from "../../../src/core/draws/draw-store.ts";
import { openStores } from "../../../src/core/store/open.ts";
import type { RecordStore } from "../../../src/core/store/records.ts";
import { parseFeedText } from "../../../src/core/draws/parse-feed.ts";
import { seedIfEmpty } from "../../../src/core/draws/seed.ts";
import { silentLogger } from "../../../src/core/ports.ts";
import { fixedClock, raw2024Text, SNAPSHOT_FILE, snapshotRounds, tempStore, type TempStore } from "../../helpers/fixtures.ts";

let t: TempStore | undefined;
afterEach(async () => {
  await t?.cleanup();
  t = undefined;
});

describe("DrawStore over SQLite", () => {
  it("GIVEN an empty store and a seed file THEN seeds it once, and the rounds survive a reopen", async () => {
    t = await tempStore();
    expect(await seedIfEmpty(t.store, SNAPSHOT_FILE, fixedClock(), silentLogger)).toBe(435);
    expect(await seedIfEmpty(t.store, SNAPSHOT_FILE, fixedClock(), silentLogger)).toBe(0);
    t = await t.reopen();
    expect(t.store.size).toBe(435);
    expect(t.store.newest()!.id).toBe("434");
    expect(t.store.get("91b")!.date).toBe("2018-05-30");
    expect(t.store.all()).toEqual(snapshotRounds());
  });

  it("GIVEN no seed file or an unreadable one THEN the store stays empty and nothing throws", async () => {
    t = await tempStore();
    expect(await seedIfEmpty(t.store, "", fixedClock(), silentLogger)).toBe(0);
    expect(await seedIfEmpty(t.store, "/nonexistent/seed.json", fixedClock(), silentLogger)).toBe(0);
    expect(t.store.size).toBe(0);
  });

  it("GIVEN IRCC edited published rounds THEN keeps the new value and remembers the old one", async () => {
    t = await tempStore();
    await t.store.upsert(parseFeedText(raw2024Text()).rounds, "2024-04-06T12:00:00.000Z");
    const result = await t.store.upsert(snapshotRounds(), "2026-08-07T15:00:00.000Z");
    expect(result.added.map((r) => r.id)).toEqual(snapshotRounds().slice(292).map((r) => r.id));
    expect(result.added[0]!.id).toBe("292");
    const edited = new Map(result.edited.map((e) => [e.round.id, e.changes]));
    expect(edited.get("262")).toContainEqual({ field: "tieBreak", old: "August 01, 2023 at 12:59:52 UTC", new: "July 04, 2023 at 19:36:18 UTC", seenAt: "2026-08-07T15:00:00.000Z" });
    // A renamed category is an edit of its label, not a new category.
    expect(edited.get("291")).toContainEqual(expect.objectContaining({ field: "category", old: "French language proficiency (2024-1)", new: "French language proficiency (Version 1)" }));
    expect(t.store.get("291")!.category.key).toBe("french");
    t = await t.reopen();
    expect(t.store.get("262")!.tieBreak!.raw).toBe("July 04, 2023 at 19:36:18 UTC");
    expect(await t.store.edits("262")).toContainEqual(expect.objectContaining({ field: "tieBreak", old: "August 01, 2023 at 12:59:52 UTC" }));
    expect(t.store.size).toBe(435);
  });

  it("GIVEN a feed missing rounds THEN nothing is deleted", async () => {
    t = await tempStore();
    await t.store.upsert(snapshotRounds(), "2026-08-07T15:00:00.000Z");
    const result = await t.store.upsert(snapshotRounds().slice(0, 10), "2026-08-08T15:00:00.000Z");
    expect(result).toEqual({ added: [], edited: [] });
    t = await t.reopen();
    expect(t.store.size).toBe(435);
  });

  it("GIVEN two copies syncing the same edited feed at once THEN the edit is recorded once and both keep it", async () => {
    t = await tempStore();
    await t.store.upsert(snapshotRounds(), "2026-08-07T15:00:00.000Z");
    const other = await openStores(t.url);
    try {
      const copy = await DrawStore.open(other.kv, other.records);
      const feed = snapshotRounds().map((r) => (r.id === "434" ? { ...r, crs: r.crs + 5 } : r));
      const results = await Promise.all([t.store.upsert(feed, "2026-08-08T15:00:00.000Z"), copy.upsert(feed, "2026-08-08T15:00:00.000Z")]);
      expect(results.flatMap((r) => r.edited.map((e) => e.round.id))).toEqual(["434"]); // one copy wrote it; the other found it written
      expect(await t.store.edits("434")).toEqual([{ field: "crs", old: feed.at(-1)!.crs - 5, new: feed.at(-1)!.crs, seenAt: "2026-08-08T15:00:00.000Z" }]);
      await t.store.refresh();
      expect(t.store.get("434")!.crs).toBe(copy.get("434")!.crs);
      expect(copy.get("434")!.crs).toBe(feed.at(-1)!.crs);
    } finally {
      await other.records.close();
      await other.kv.close();
    }
  });

  it("GIVEN a withdrawn round THEN it stays out of answers after a reopen, and comes back when the feed lists it again", async () => {
    t = await tempStore();
    await t.store.upsert(snapshotRounds(), "2026-08-07T15:00:00.000Z");
    expect((await t.store.withdraw(["434"], "2026-08-08T15:00:00.000Z", "a typo")).map((r) => r.id)).toEqual(["434"]);
    expect(await t.store.withdraw(["434"], "2026-08-08T15:00:00.000Z", "a typo")).toEqual([]);
    t = await t.reopen();
    expect(t.store.newest()!.id).toBe("433");
    expect(t.store.get("434")!.withdrawn).toEqual({ at: "2026-08-08T15:00:00.000Z", reason: "a typo" });
    await t.store.upsert(snapshotRounds(), "2026-08-09T15:00:00.000Z");
    t = await t.reopen();
    expect(t.store.newest()!.id).toBe("434");
    expect(t.store.get("434")!.withdrawn).toBeUndefined();
  });
});

describe("DrawStore shared by two copies on one SQLite file", () => {
  it("GIVEN the other copy stores a round THEN the next refresh has it at once; while nothing is written, refreshing reads nothing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ee-bot-test-"));
    // SQLite whatever TEST_STORE says: its change token is exact, so "at once" holds here.
    t = await tempStore(dir, { url: `sqlite://${join(dir, "store.sqlite")}`, drop: async () => {} });
    const other = await openStores(t.url);
    try {
      const copy = await DrawStore.open(other.kv, other.records);
      let reads = 0;
      const counted: RecordStore = { ...t.records, roundsVersion: () => (reads++, t!.records.roundsVersion()) };
      const mine = await DrawStore.open(t.kv, counted);
      const rounds = snapshotRounds();
      await copy.upsert(rounds.slice(0, -1), "2026-08-07T15:00:00.000Z");
      expect(await mine.refresh()).toBe(true);
      expect(mine.newest()!.id).toBe(rounds.at(-2)!.id);

      reads = 0;
      for (let i = 0; i < 20; i++) expect(await mine.refresh()).toBe(false);
      expect(reads).toBe(0);

      await copy.upsert(rounds.slice(-1), "2026-08-08T15:00:00.000Z");
      expect(await mine.refresh()).toBe(true);
      expect(mine.newest()!.id).toBe(rounds.at(-1)!.id);
      expect(reads).toBe(1);
      // Its own writes: seen without reloading, and the next check reads once.
      await mine.withdraw([rounds.at(-1)!.id], "2026-08-09T15:00:00.000Z", "a typo");
      expect(mine.newest()!.id).toBe(rounds.at(-2)!.id);
      expect(await mine.refresh()).toBe(false);
      expect(await copy.refresh()).toBe(true);
      expect(copy.newest()!.id).toBe(rounds.at(-2)!.id);
    } finally {
      await other.records.close();
      await other.kv.close();
    }
  });
});
