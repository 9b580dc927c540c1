import { afterEach, describe, expect, it } from "vitest";
import type { RecordStore } from "../../../src/core/store/records.ts";
import type { Subscription } from "../../../src/core/subscriptions.ts";

/**
 * The contract of the record store port, as a reusable suite: every adapter (SQLite, PostgreSQL)
 * runs these very tests. `factory` makes a new empty database and returns a way to open any
 * number of stores on it (each its own connection, as two copies of the bot would have).
 */
export interface RecordStoreFactory {
  /** Opens a store on the shared database (migrations run on each open). */
  open(): Promise<RecordStore>;
  /** Closes what it opened and removes the database. */
  cleanup(): Promise<void>;
}

export const sub = (n: number | string, extra: Partial<Subscription> = {}): Subscription => ({
  id: `telegram:${n}`, platform: "telegram", chatId: String(n), categories: null, maxCrs: null, lang: "en", createdAt: "2026-08-01T00:00:00.000Z", ...extra,
});

export function describeRecordStore(name: string, factory: () => Promise<RecordStoreFactory>): void {
  describe(`record store contract: ${name}`, () => {
    let db: RecordStoreFactory | undefined;
    const fresh = async () => (db = await factory());
    afterEach(async () => {
      await db?.cleanup();
      db = undefined;
    });

    it("GIVEN two stores opened at once on a new database THEN both migrate safely and see the same tables", async () => {
      const f = await fresh();
      const [a, b] = await Promise.all([f.open(), f.open()]);
      await a.saveSubscription(sub(1));
      expect(await b.getSubscription("telegram:1")).toMatchObject({ chatId: "1" });
      const c = await f.open(); // opening again runs nothing twice
      expect(await c.countSubscriptions()).toBe(1);
    });

    it("keeps one record per subscription: save, replace, list by platform in order, remove", async () => {
      const s = await (await fresh()).open();
      await s.saveSubscription(sub(1));
      await s.saveSubscription(sub("2", { id: "discord:2", platform: "discord" }));
      await s.saveSubscription(sub(3, { categories: ["cec"] }));
      await s.saveSubscription(sub(1, { maxCrs: 480 })); // a replacement keeps its place
      expect((await s.listSubscriptions()).map((x) => x.id)).toEqual(["telegram:1", "discord:2", "telegram:3"]);
      expect((await s.listSubscriptions("telegram")).map((x) => [x.id, x.maxCrs])).toEqual([["telegram:1", 480], ["telegram:3", null]]);
      expect(await s.removeSubscription("telegram:1")).toBe(true);
      expect(await s.removeSubscription("telegram:1")).toBe(false);
      expect(await s.countSubscriptions()).toBe(2);
      expect(await s.getSubscription("telegram:1")).toBeUndefined();
    });

    it("GIVEN 40 subscriptions saved at once through two stores THEN all 40 are kept", async () => {
      const f = await fresh();
      const [a, b] = await Promise.all([f.open(), f.open()]);
      await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).saveSubscription(sub(1000 + i))));
      expect(await a.countSubscriptions()).toBe(40);
      expect(new Set((await b.listSubscriptions()).map((x) => x.id)).size).toBe(40);
    });

    it("moves a subscription atomically and remembers where it went; a pause is kept across saves and cleared", async () => {
      const s = await (await fresh()).open();
      await s.saveSubscription(sub(-5));
      await s.moveSubscription("telegram:-5", sub(-1005));
      expect(await s.getSubscription("telegram:-5")).toBeUndefined();
      expect(await s.movedTo("telegram:-5")).toBe("telegram:-1005");
      const pause = { since: "2026-11-01T00:00:00.000Z", reason: "not enough rights", failures: 2 };
      await s.setPause("telegram:-1005", pause);
      await s.saveSubscription(sub(-1005, { categories: ["pnp"] }));
      expect(await s.getSubscription("telegram:-1005")).toMatchObject({ categories: ["pnp"], paused: pause });
      await s.setPause("telegram:-1005", null);
      expect((await s.getSubscription("telegram:-1005"))!.paused).toBeUndefined();
    });

    it("queues rounds and moves the mark in one step; of two copies queuing from the same mark, one wins; a pair is queued once", async () => {
      const f = await fresh();
      const [a, b] = await Promise.all([f.open(), f.open()]);
      expect(await a.getMark()).toBeUndefined();
      expect(await a.queueRounds(undefined, "433", [], 1)).toBe(true);
      const rounds = [{ roundId: "434", targets: ["telegram:1", "telegram:2"] }, { roundId: "435", targets: ["telegram:1"] }];
      const won = await Promise.all([a.queueRounds("433", "435", rounds, 2), b.queueRounds("433", "435", rounds, 2)]);
      expect(won.filter(Boolean)).toHaveLength(1);
      expect(await b.getMark()).toBe("435");
      expect(await a.queueRounds("435", "435", [{ roundId: "434", targets: ["telegram:1"] }], 3)).toBe(true); // already there: left alone
      const pending = await a.pendingDeliveries(0, 10);
      expect(pending.map((d) => [d.roundId, d.target, d.status])).toEqual([["434", "telegram:1", "pending"], ["434", "telegram:2", "pending"], ["435", "telegram:1", "pending"]]);
      expect(pending[0]!.seq).toBeLessThan(pending[2]!.seq);
      expect((await a.pendingDeliveries(pending[0]!.seq, 1)).map((d) => d.target)).toEqual(["telegram:2"]);
    });

    it("updates a delivery, and with a fence only while the lease is held; purges finished deliveries", async () => {
      const s = await (await fresh()).open();
      await s.queueRounds(undefined, "434", [{ roundId: "434", targets: ["telegram:1", "telegram:2", "telegram:3"] }], 1_000);
      const [d1, d2, d3] = await s.pendingDeliveries(0, 10);
      const grant = (await s.takeLease("announce", "me", 1_000, 1_000))!;
      expect(await s.updateDelivery(d1!.seq, { status: "sent", attempts: 1 }, 1_500, grant)).toBe(true);
      expect(await s.updateDelivery(d2!.seq, { attempts: 1, nextAttemptAt: 9_000, firstFailureAt: 1_500, reason: "500" }, 1_500)).toBe(true);
      expect(await s.updateDelivery(d3!.seq, { status: "sent" }, 2_500, grant)).toBe(false); // the lease expired at 2,000
      const all = await s.deliveriesOf("434");
      expect(all.map((d) => d.status)).toEqual(["sent", "pending", "pending"]);
      expect(all[1]).toMatchObject({ attempts: 1, nextAttemptAt: 9_000, firstFailureAt: 1_500, reason: "500" });
      expect(await s.purgeDeliveries(1_400)).toBe(0);
      expect(await s.purgeDeliveries(1_600)).toBe(1); // the sent one; pending ones stay
      expect((await s.deliveriesOf("434")).map((d) => d.target)).toEqual(["telegram:2", "telegram:3"]);
    });

    it("bumps counters atomically from two stores", async () => {
      const f = await fresh();
      const [a, b] = await Promise.all([f.open(), f.open()]);
      expect(await a.counter("draws")).toBe(0);
      await Promise.all(Array.from({ length: 30 }, (_, i) => (i % 2 ? a : b).bump("draws")));
      expect(await b.counter("draws")).toBe(30);
    });

    it("gives the lease to one copy at a time, with a fencing token that grows when it changes hands", async () => {
      const f = await fresh();
      const [a, b] = await Promise.all([f.open(), f.open()]);
      const grants = await Promise.all([a.takeLease("l", "A", 1_000, 10_000), b.takeLease("l", "B", 1_000, 10_000), a.takeLease("l", "C", 1_000, 10_000)]);
      expect(grants.filter(Boolean)).toHaveLength(1);
      const first = grants.find(Boolean)!;
      const renewed = (await a.takeLease("l", first.owner, 1_000, 10_500))!;
      expect(renewed.token).toBe(first.token);
      expect(renewed.until).toBe(11_500);
      expect(await b.takeLease("l", "D", 1_000, 11_000)).toBeUndefined();
      expect(await b.holdsLease(renewed, 11_000)).toBe(true);
      const taken = (await b.takeLease("l", "D", 1_000, 11_600))!; // expired: D takes over
      expect(taken.token).toBeGreaterThan(first.token);
      expect(await a.holdsLease(renewed, 11_600)).toBe(false);
      expect(await a.takeLease("l", first.owner, 1_000, 11_700)).toBeUndefined(); // the old holder cannot renew
      await a.releaseLease(renewed); // not the holder: nothing happens
      expect(await a.holdsLease(taken, 11_700)).toBe(true);
      await b.releaseLease(taken);
      const again = (await a.takeLease("l", first.owner, 1_000, 11_800))!;
      expect(again.token).toBeGreaterThan(taken.token);
    });

    it("keeps chat languages, profiles, and wizard states that expire and are purged", async () => {
      const f = await fresh();
      const [a, b] = await Promise.all([f.open(), f.open()]);
      await a.setChatLanguage("tg:1", "fr");
      expect(await b.getChatLanguage("tg:1")).toBe("fr");
      expect(await b.getChatLanguage("tg:2")).toBeUndefined();
      await a.saveProfile("tg:1", { age: 30 });
      expect(await b.getProfile("tg:1")).toEqual({ age: 30 });
      await a.saveWizard("tg:1", { step: 2 }, 5_000);
      await a.saveWizard("tg:2", { step: 1 }, 9_000);
      expect(await b.getWizard("tg:1", 4_999)).toEqual({ step: 2 });
      expect(await b.getWizard("tg:1", 5_000)).toBeUndefined();
      expect(await b.purgeWizards(6_000)).toBe(1);
      expect(await b.getWizard("tg:2", 6_000)).toEqual({ step: 1 });
      await b.deleteWizard("tg:2");
      expect(await a.getWizard("tg:2", 6_000)).toBeUndefined();
    });
  });
}
