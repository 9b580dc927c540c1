import { afterEach, describe, expect, it } from "vitest";
import type { Round } from "../../../src/core/draws/round.ts";
import type { RecordStore } from "../../../src/core/store/records.ts";
import { wantsRound, type Subscription } from "../../../src/core/subscriptions.ts";
import { eventually } from "../../helpers/eventually.ts";

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

/** Leases and claims in these tests: short, so expiry is real time passing (some adapters use the database's clock). */
const LEASE_MS = 400;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

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
      expect((await s.getSubscriptions(["telegram:3", "telegram:1", "discord:2"])).map((x) => x.id).sort()).toEqual(["discord:2", "telegram:3"]);
      expect(await s.getSubscriptions([])).toEqual([]);
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
      // Real time: an adapter may judge leases by the database's clock rather than `now`.
      const grant = (await s.takeLease("announce", "me", LEASE_MS, Date.now()))!;
      const t1 = Date.now();
      expect(await s.updateDelivery(d1!.seq, { status: "sent", attempts: 1 }, t1, grant)).toBe(true);
      expect(await s.updateDelivery(d2!.seq, { attempts: 1, nextAttemptAt: t1 + 9_000, firstFailureAt: t1, reason: "500" }, t1)).toBe(true);
      await sleep(LEASE_MS + 50);
      expect(await s.updateDelivery(d3!.seq, { status: "sent" }, Date.now(), grant)).toBe(false); // the lease expired
      const other = (await s.takeLease("announce", "other", LEASE_MS, Date.now()))!;
      expect(await s.updateDelivery(d3!.seq, { status: "sent" }, Date.now(), { ...grant, until: other.until })).toBe(false); // the old token, even with a new time
      const all = await s.deliveriesOf("434");
      expect(all.map((d) => d.status)).toEqual(["sent", "pending", "pending"]);
      expect(all[1]).toMatchObject({ attempts: 1, nextAttemptAt: t1 + 9_000, firstFailureAt: t1, reason: "500" });
      expect(await s.purgeDeliveries(t1)).toBe(0);
      expect(await s.purgeDeliveries(t1 + 1)).toBe(1); // the sent one; pending ones stay
      expect((await s.deliveriesOf("434")).map((d) => d.target)).toEqual(["telegram:2", "telegram:3"]);
    });

    it("queues a round for its audience, selected by the store: exactly the subscriptions wantsRound lets through, in their order", async () => {
      const s = await (await fresh()).open();
      // Every kind of filter: none, a list (one, several, empty), a cutoff below, at and above the round's, both.
      const filters: Array<Pick<Subscription, "categories" | "maxCrs">> = [];
      for (const categories of [null, [], ["cec"], ["pnp"], ["cec", "french"], ["french", "cec"]])
        for (const maxCrs of [null, 1, 480, 500, 501, 1200]) filters.push({ categories, maxCrs });
      const subs = filters.map((f, i) => sub(100 + ((i * 7) % filters.length), f)); // made in a shuffled order
      for (const x of subs) await s.saveSubscription(x);
      const legacy: Partial<Subscription> = sub(999); // an old record without maxCrs: no score filter
      delete legacy.maxCrs;
      await s.saveSubscription(legacy as Subscription);
      const rounds = [{ id: "434", key: "cec", crs: 500 }, { id: "435", key: "pnp", crs: 800 }, { id: "436", key: "general", crs: 1 }, { id: "437", key: "french", crs: 501 }];
      expect(await s.queueRounds(undefined, "437", rounds.map((r) => ({ roundId: r.id, audience: { category: r.key, crs: r.crs } })), 1)).toBe(true);
      const listed = await s.listSubscriptions();
      for (const r of rounds) {
        const round = { id: r.id, category: { key: r.key }, crs: r.crs } as unknown as Round;
        const expected = listed.filter((x) => wantsRound(x, round)).map((x) => x.id);
        expect(expected.length).toBeGreaterThan(0);
        expect((await s.deliveriesOf(r.id)).map((d) => d.target), `round ${r.id}`).toEqual(expected);
      }
      expect(await s.queueRounds("437", "437", [{ roundId: "434", audience: { category: "cec", crs: 500 } }], 2)).toBe(true); // queued already: left alone
      expect((await s.deliveriesOf("434")).every((d) => d.queuedAt === 1)).toBe(true);
    });

    it("records a batch of outcomes in one step, fenced once: a batch written after the lease was lost records nothing", async () => {
      const f = await fresh();
      const [s, other] = await Promise.all([f.open(), f.open()]);
      await s.queueRounds(undefined, "434", [{ roundId: "434", targets: ["telegram:1", "telegram:2", "telegram:3", "telegram:4"] }], 1_000);
      const [d1, d2, d3, d4] = await s.pendingDeliveries(0, 10);
      const grant = (await s.takeLease("announce", "me", LEASE_MS, Date.now()))!;
      const t1 = Date.now();
      expect(await s.updateDeliveries([{ seq: d1!.seq, update: { status: "sent", attempts: 1 } }, { seq: d2!.seq, update: { attempts: 1, nextAttemptAt: t1 + 9_000, firstFailureAt: t1, reason: "500" } }], t1, grant)).toBe(true);
      expect(await s.updateDeliveries([], t1, grant)).toBe(true);
      await sleep(LEASE_MS + 50);
      const taken = (await other.takeLease("announce", "other", LEASE_MS, Date.now()))!; // another copy took over
      expect(taken.token).toBeGreaterThan(grant.token);
      expect(await s.updateDeliveries([{ seq: d3!.seq, update: { status: "sent" } }, { seq: d4!.seq, update: { status: "dropped", reason: "x" } }], Date.now(), grant)).toBe(false);
      expect(await s.updateDeliveries([{ seq: d3!.seq, update: { status: "sent" } }], Date.now(), { ...grant, until: taken.until })).toBe(false); // the old token, even with a new time
      expect((await s.deliveriesOf("434")).map((d) => d.status)).toEqual(["sent", "pending", "pending", "pending"]);
      // The new holder's batch goes through; null clears a field, an absent one is left as it was.
      const t2 = Date.now();
      expect(await other.updateDeliveries([{ seq: d2!.seq, update: { status: "sent", attempts: 2, reason: null } }, { seq: d3!.seq, update: { status: "dropped", reason: "gone" } }], t2, taken)).toBe(true);
      const all = await s.deliveriesOf("434");
      expect(all.map((d) => d.status)).toEqual(["sent", "sent", "dropped", "pending"]);
      expect(all[1]).toMatchObject({ attempts: 2, reason: null, nextAttemptAt: t1 + 9_000, firstFailureAt: t1, updatedAt: t2 });
      expect(all[2]).toMatchObject({ attempts: 0, reason: "gone", updatedAt: t2 });
      expect(all[0]).toMatchObject({ attempts: 1, reason: null, updatedAt: t1 });
      // Without a fence a batch is written whoever holds the lease.
      expect(await s.updateDeliveries([{ seq: d4!.seq, update: { status: "sent" } }], t2)).toBe(true);
      expect((await s.deliveriesOf("434"))[3]!.status).toBe("sent");
    });

    it("bumps counters atomically from two stores", async () => {
      const f = await fresh();
      const [a, b] = await Promise.all([f.open(), f.open()]);
      expect(await a.counter("draws")).toBe(0);
      await Promise.all(Array.from({ length: 30 }, (_, i) => (i % 2 ? a : b).bump("draws")));
      expect(await b.counter("draws")).toBe(30);
    });

    it("GIVEN another store bumps a counter THEN the change token changes; reads leave it as it was", async () => {
      const f = await fresh();
      const [a, b] = await Promise.all([f.open(), f.open()]);
      // PostgreSQL has a token once its connection listens (none before: callers read the counter).
      const before = await eventually(() => {
        const token = a.changeToken();
        expect(token).toBeDefined();
        return token;
      });
      expect(await a.counter("draws")).toBe(0);
      await b.getMark();
      expect(a.changeToken()).toBe(before);
      await b.bump("draws");
      // SQLite: at once (see the draw store's test); PostgreSQL: once the notification arrives.
      await eventually(() => expect(a.changeToken()).not.toBe(before));
    });

    it("gives the lease to one copy at a time, with a fencing token that grows when it changes hands", async () => {
      const f = await fresh();
      const [a, b] = await Promise.all([f.open(), f.open()]);
      const now = () => Date.now(); // real time: the adapter may use the database's clock instead
      const grants = await Promise.all([a.takeLease("l", "A", LEASE_MS, now()), b.takeLease("l", "B", LEASE_MS, now()), a.takeLease("l", "C", LEASE_MS, now())]);
      expect(grants.filter(Boolean)).toHaveLength(1);
      const first = grants.find(Boolean)!;
      await sleep(100);
      const renewed = (await a.takeLease("l", first.owner, LEASE_MS, now()))!;
      expect(renewed.token).toBe(first.token);
      expect(renewed.until).toBeGreaterThanOrEqual(first.until + 90); // renewed from the time of renewal
      expect(await b.takeLease("l", "D", LEASE_MS, now())).toBeUndefined();
      expect(await b.holdsLease(renewed, now())).toBe(true);
      await sleep(LEASE_MS + 50);
      const taken = (await b.takeLease("l", "D", LEASE_MS, now()))!; // expired: D takes over
      expect(taken.token).toBeGreaterThan(first.token);
      expect(await a.holdsLease(renewed, now())).toBe(false);
      expect(await a.takeLease("l", first.owner, LEASE_MS, now())).toBeUndefined(); // the old holder cannot renew
      await a.releaseLease(renewed); // not the holder: nothing happens
      expect(await a.holdsLease(taken, now())).toBe(true);
      await b.releaseLease(taken);
      const again = (await a.takeLease("l", first.owner, LEASE_MS, now()))!;
      expect(again.token).toBeGreaterThan(taken.token);
    });

    it("claims a key for one caller among many stores until it expires or its owner releases it", async () => {
      const f = await fresh();
      const [a, b] = await Promise.all([f.open(), f.open()]);
      const won = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).claimOnce("tg:update:77", 60_000, `copy-${i}`)));
      expect(won.filter(Boolean)).toHaveLength(1);
      const owner = `copy-${won.indexOf(true)}`;
      expect(await a.claimOnce("tg:update:77", 60_000, owner)).toBe(false); // held, even for its owner
      expect(await a.claimOnce("tg:update:78", 60_000)).toBe(true); // another key is free
      await b.releaseClaim("tg:update:77", "someone-else"); // not the owner: nothing happens
      expect(await b.claimOnce("tg:update:77", 60_000, "x")).toBe(false);
      await b.releaseClaim("tg:update:77", owner);
      expect(await b.claimOnce("tg:update:77", LEASE_MS, "x")).toBe(true);
      await sleep(LEASE_MS + 50);
      expect(await a.claimOnce("tg:update:77", 60_000, "y")).toBe(true); // x's claim expired
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

    it("numbers every write of chat settings and wizards: a reader asks only for what came after the last number it saw", async () => {
      const f = await fresh();
      const [a, b] = await Promise.all([f.open(), f.open()]);
      expect(await b.chatStateSince(-1, 1_000)).toEqual({ upTo: 0, changes: [] });
      await a.setChatLanguage("tg:1", "fr");
      await a.saveWizard("tg:eligible:2", { step: 1 }, 9_000);
      await a.saveWizard("tg:3", { step: 1 }, 900); // expired at 1,000
      const all = await b.chatStateSince(-1, 1_000);
      expect(all.changes.map(({ seq: _seq, ...change }) => change)).toEqual(
        expect.arrayContaining([
          { kind: "lang", key: "tg:1", lang: "fr" },
          { kind: "wizard", key: "tg:eligible:2", expiresAt: 9_000 },
        ]),
      );
      expect(all.changes).toHaveLength(2);
      for (const change of all.changes) expect(change.seq).toBeLessThanOrEqual(all.upTo);
      expect(await b.chatStateSince(all.upTo, 1_000)).toEqual({ upTo: all.upTo, changes: [] });

      // Changing a row numbers it again, after everything before; a deleted wizard is not reported.
      await b.setChatLanguage("tg:1", "en");
      await b.saveWizard("tg:eligible:2", { step: 2 }, 9_500);
      await b.saveWizard("tg:4", {}, 9_000);
      await b.deleteWizard("tg:4");
      const next = await a.chatStateSince(all.upTo, 1_000);
      expect(next.changes.map(({ seq: _seq, ...change }) => change)).toEqual(
        expect.arrayContaining([
          { kind: "lang", key: "tg:1", lang: "en" },
          { kind: "wizard", key: "tg:eligible:2", expiresAt: 9_500 },
        ]),
      );
      expect(next.changes).toHaveLength(2);
      for (const change of next.changes) expect(change.seq).toBeGreaterThan(all.upTo);
      expect(next.upTo).toBeGreaterThan(Math.max(...next.changes.map((c) => c.seq))); // the deleted wizard's number
      expect((await a.chatStateSince(next.upTo, 1_000)).changes).toEqual([]);
    });

    it("claims a chat's lock and tells the chat state's change number as of the claim", async () => {
      const f = await fresh();
      const [a, b] = await Promise.all([f.open(), f.open()]);
      expect(await a.claimChat("tg:chat-lock:1", 60_000, "a")).toBe(0);
      expect(await b.claimChat("tg:chat-lock:1", 60_000, "b")).toBeUndefined(); // held
      await a.setChatLanguage("tg:1", "fr");
      await a.releaseClaim("tg:chat-lock:1", "a");
      const seq = await b.claimChat("tg:chat-lock:1", 60_000, "b");
      expect(seq).toBe((await a.chatStateSince(-1, 0)).upTo);
      expect(seq).toBeGreaterThan(0);
    });

    it("GIVEN two stores writing chat settings at once while a third reads what changed since its last number THEN the reader misses none", async () => {
      const f = await fresh();
      const [a, b, reader] = await Promise.all([f.open(), f.open(), f.open()]);
      const replica = new Map<string, string | undefined>();
      let cursor = -1;
      const poll = async () => {
        const { upTo, changes } = await reader.chatStateSince(cursor, 0);
        for (const change of changes) if (change.kind === "lang") replica.set(change.key, change.lang);
        cursor = upTo;
      };
      let writing = true;
      const polling = (async () => {
        while (writing) await poll();
      })();
      const truth = new Map<string, "en" | "fr">();
      await Promise.all(
        [a, b].map(async (store, s) => {
          for (let i = 0; i < 60; i++) {
            const key = `tg:${(i * 7 + s) % 25}`;
            const lang = (i + s) % 3 ? "fr" : "en";
            await store.setChatLanguage(key, lang);
          }
        }),
      );
      writing = false;
      await polling;
      for (let i = 0; i < 25; i++) truth.set(`tg:${i}`, (await a.getChatLanguage(`tg:${i}`))!);
      // Whatever it read along the way, one more read from its last number gives the latest of every chat.
      await poll();
      expect(replica).toEqual(truth);
    });
  });
}
