import { afterEach, describe, expect, it } from "vitest";
import type { Round } from "../../../src/core/draws/round.ts";
import type { CountdownRecord } from "../../../src/core/store/rounds.ts";
import { snapshotRounds } from "../../helpers/fixtures.ts";
import type { RecordStoreFactory } from "./record-store-contract.ts";

/**
 * The record store's rounds, round edits and ITA countdowns (`src/core/store/rounds.ts`): the same
 * tests for every adapter, beside the rest of the contract (`record-store-contract.ts`).
 */

const T1 = "2026-08-07T15:00:00.000Z";
const T2 = "2026-08-08T15:00:00.000Z";

const countdown = (n: number, extra: Partial<CountdownRecord> = {}): CountdownRecord => ({
  chatKey: `telegram:${n}`, platform: "telegram", chatId: String(n), itaDate: "2026-11-01", lang: "en", sent: [60], ...extra,
});

export function describeRoundRecords(name: string, factory: () => Promise<RecordStoreFactory>): void {
  describe(`record store contract, rounds and countdowns: ${name}`, () => {
    let db: RecordStoreFactory | undefined;
    const fresh = async () => (db = await factory());
    afterEach(async () => {
      await db?.cleanup();
      db = undefined;
    });

    it("keeps rounds whole: written with the version check, read back equal, withdrawn and restored", async () => {
      const s = await (await fresh()).open();
      expect(await s.loadRounds()).toEqual({ version: 0, rounds: [] });
      const rounds = snapshotRounds().slice(-3); // real rounds: pools, tie-breaks, IRCC's texts
      expect(await s.writeRounds(0, rounds, [], T1)).toBe(1);
      expect(await s.roundsVersion()).toBe(1);
      const loaded = await s.loadRounds<Round>();
      expect(loaded.version).toBe(1);
      expect(loaded.rounds).toEqual(rounds); // oldest first
      const withdrawn: Round = { ...rounds[2]!, withdrawn: { at: T2, reason: "no longer in IRCC's feed" } };
      expect(await s.writeRounds(1, [withdrawn], [], T2)).toBe(2);
      expect((await s.loadRounds<Round>()).rounds[2]).toEqual(withdrawn);
      expect(await s.writeRounds(2, [rounds[2]!], [], T2)).toBe(3);
      expect((await s.loadRounds<Round>()).rounds[2]!.withdrawn).toBeUndefined();
    });

    it("GIVEN two copies writing from the same version THEN one write wins and the other writes nothing", async () => {
      const f = await fresh();
      const [a, b] = await Promise.all([f.open(), f.open()]);
      const [r] = snapshotRounds().slice(-1);
      await a.writeRounds(0, [r!], [], T1);
      const fromA = { ...r!, crs: r!.crs + 1 };
      const fromB = { ...r!, crs: r!.crs + 2 };
      const edit = (to: number) => ({ roundId: r!.id, field: "crs", old: r!.crs, new: to, seenAt: T2 });
      const results = await Promise.all([a.writeRounds(1, [fromA], [edit(fromA.crs)], T2), b.writeRounds(1, [fromB], [edit(fromB.crs)], T2)]);
      expect(results.filter((v) => v === 2)).toHaveLength(1);
      expect(results.filter((v) => v === undefined)).toHaveLength(1);
      const winner = results[0] === 2 ? fromA : fromB;
      expect((await b.loadRounds<Round>()).rounds).toEqual([winner]);
      expect(await a.roundEdits(r!.id)).toEqual([edit(winner.crs)]);
      expect(await a.writeRounds(1, [fromA], [], T2)).toBeUndefined(); // a stale version writes nothing
      expect(await b.roundsVersion()).toBe(2);
    });

    it("records edits in order, with any JSON value, per round and newest first across rounds", async () => {
      const s = await (await fresh()).open();
      const [r1, r2] = snapshotRounds().slice(-2);
      const pool = r1!.pool;
      await s.writeRounds(0, [r1!, r2!], [], T1);
      const e1 = { roundId: r1!.id, field: "size", old: 3000, new: 3100, seenAt: T2 };
      const e2 = { roundId: r1!.id, field: "tieBreak", old: null, new: "July 04, 2023 at 19:36:18 UTC", seenAt: T2 };
      const e3 = { roundId: r2!.id, field: "pool", old: pool, new: null, seenAt: "2026-08-09T15:00:00.000Z" };
      expect(await s.writeRounds(1, [r1!], [e1, e2], T2)).toBe(2);
      expect(await s.writeRounds(2, [r2!], [e3], e3.seenAt)).toBe(3);
      expect(await s.roundEdits(r1!.id)).toEqual([e1, e2]);
      expect(await s.roundEdits(r2!.id)).toEqual([e3]);
      expect(await s.roundEdits("no-such-round")).toEqual([]);
      expect(await s.recentRoundEdits(2)).toEqual([e3, e2]);
    });

    it("keeps one countdown per chat: save, replace, list, remove; sent reminders merge once, for the same ITA date only", async () => {
      const s = await (await fresh()).open();
      await s.saveCountdown(countdown(1));
      await s.saveCountdown(countdown(2, { lang: "fr", sent: [30, 60] }));
      expect(await s.getCountdown("telegram:2")).toEqual(countdown(2, { lang: "fr", sent: [60, 30] }));
      await s.saveCountdown(countdown(1, { itaDate: "2026-11-10" })); // /ita with a new date replaces it
      expect((await s.listCountdowns()).map((c) => [c.chatKey, c.itaDate])).toEqual([["telegram:1", "2026-11-10"], ["telegram:2", "2026-11-01"]]);
      expect(await s.markCountdownSent("telegram:1", "2026-11-01", [30])).toBe(false); // the countdown was replaced
      expect(await s.markCountdownSent("telegram:1", "2026-11-10", [30, 60])).toBe(true);
      expect((await s.getCountdown("telegram:1"))!.sent).toEqual([60, 30]);
      expect(await s.removeCountdown("telegram:1")).toBe(true);
      expect(await s.removeCountdown("telegram:1")).toBe(false);
      expect(await s.getCountdown("telegram:1")).toBeUndefined();
      expect(await s.markCountdownSent("telegram:1", "2026-11-10", [14])).toBe(false);
    });

    it("GIVEN two copies adding countdowns and marking reminders at once THEN none is lost", async () => {
      const f = await fresh();
      const [a, b] = await Promise.all([f.open(), f.open()]);
      await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).saveCountdown(countdown(1000 + i))));
      expect((await b.listCountdowns()).map((c) => c.chatKey).sort()).toEqual(Array.from({ length: 40 }, (_, i) => `telegram:${1000 + i}`).sort());
      await Promise.all([30, 14, 7, 2].map((days, i) => (i % 2 ? a : b).markCountdownSent("telegram:1000", "2026-11-01", [days])));
      expect((await a.getCountdown("telegram:1000"))!.sent).toEqual([60, 30, 14, 7, 2]);
    });
  });
}
