import { describe, expect, it } from "vitest";
import { daysSinceLast, findRound, latestPool, latestRound, listRounds, standingInPool, withChange, yearStats } from "../../../src/core/draws/queries.ts";
import { snapshotRounds } from "../../helpers/fixtures.ts";

const rounds = snapshotRounds();

describe("queries over the real snapshot", () => {
  it("finds the latest round overall and by category, and rounds by number", () => {
    expect(latestRound(rounds)!.id).toBe("434");
    expect(latestRound(rounds, "cec")!.id).toBe("432");
    expect(latestRound(rounds, "cec", "2026-07-31")!.id).toBe("428");
    expect(latestRound(rounds, "nothing")).toBeUndefined();
    expect(findRound(rounds, "#262")!.crs).toBe(496);
    expect(findRound(rounds, 91)).toBeUndefined();
    expect(findRound(rounds, "91A")!.id).toBe("91a");
  });

  it("lists rounds newest first, filtered by category, year and count", () => {
    expect(listRounds(rounds, { limit: 3 }).map((r) => r.id)).toEqual(["434", "433", "432"]);
    const fst = listRounds(rounds, { category: "fst" });
    expect(fst).toHaveLength(7);
    expect(fst.every((r) => r.category.key === "fst")).toBe(true);
    const y2025 = listRounds(rounds, { year: 2025 });
    expect(y2025.every((r) => r.date.startsWith("2025-"))).toBe(true);
    expect(y2025.at(0)!.date >= y2025.at(-1)!.date).toBe(true);
  });

  it("compares a round with the previous round of the same kind (#262 at 496 was 21 below the previous general round)", () => {
    const c = withChange(rounds, findRound(rounds, "262")!);
    expect(c.previous!.category.key).toBe("general");
    expect(c.crsChange).toBe(-21);
    expect(c.previous!.crs).toBe(517);
    expect(withChange(rounds, findRound(rounds, "1")!).previous).toBeUndefined();
  });

  it("gives a year's figures as of a date, with earlier years and a straight-line projection", () => {
    const full = yearStats(rounds, 2024, "2026-11-21");
    const listed = listRounds(rounds, { year: 2024 });
    expect(full.rounds).toBe(listed.length);
    expect(full.invitations).toBe(listed.reduce((s, r) => s + r.size, 0));
    expect(full.partial).toBe(false);
    expect(full.projection).toBeUndefined();
    expect(full.earlier[0]!.year).toBe(2023);

    const mid = yearStats(rounds, 2025, "2025-06-30");
    const before = listRounds(rounds, { year: 2025 }).filter((r) => r.date <= "2025-06-30");
    expect(mid.rounds).toBe(before.length);
    expect(mid.partial).toBe(true);
    const invitations = before.reduce((s, r) => s + r.size, 0);
    expect(mid.projection!.invitations).toBe(Math.round((invitations * 365) / 181));
    const samePeriod2024 = listRounds(rounds, { year: 2024 }).filter((r) => r.date <= "2024-06-30");
    expect(mid.earlier[0]!.samePeriod.rounds).toBe(samePeriod2024.length);
    expect(mid.byCategory.reduce((s, c) => s + c.invitations, 0)).toBe(invitations);
  });

  it("counts days since each category's last round", () => {
    const days = daysSinceLast(rounds, "2026-08-10");
    expect(days[0]).toMatchObject({ key: "transport", days: 3 });
    expect(days.find((d) => d.key === "fsw")).toMatchObject({ days: 1285, last: { id: "240", date: "2023-02-02" } });
    expect(days.find((d) => d.key === "cec")).toMatchObject({ days: 5 });
  });

  it("finds the latest pool and how many stand at or above a score", () => {
    const { round, pool } = latestPool(rounds)!;
    expect(round.id).toBe("434");
    const exact = standingInPool(pool, 501);
    expect(exact.atLeast).toBe(exact.atMost);
    expect(exact.atLeast).toBe(500 + 19_705);
    const inside = standingInPool(pool, 475);
    expect(inside.band).toMatchObject({ min: 471, max: 480 });
    expect(inside.atMost - inside.atLeast).toBe(inside.band!.count);
    expect(standingInPool(pool, 0).atLeast).toBe(pool.total);
  });
});
