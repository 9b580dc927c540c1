import { afterEach, describe, expect, it } from "vitest";
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
});
