import { describe, expect, it } from "vitest";
import { freshness } from "../../../src/core/draws/freshness.ts";
import { gaps, gapSummary, record, sliceRounds, totals } from "../../../src/core/draws/slices.ts";
import { snapshotRounds } from "../../helpers/fixtures.ts";

const rounds = snapshotRounds();

describe("slices of rounds", () => {
  it("filters by category and inclusive dates", () => {
    const s = sliceRounds(rounds, { category: "cec", from: "2025-01-01", to: "2025-12-31" });
    expect(s.length).toBeGreaterThan(0);
    expect(s.every((r) => r.category.key === "cec" && r.date.startsWith("2025-"))).toBe(true);
  });

  it("records keep every tied round; the snapshot's lowest cutoff and largest round are #176 (IRCC-FEED.md)", () => {
    expect(record(rounds, "crs", "min")).toMatchObject({ value: 75 });
    expect(record(rounds, "size", "max")!.rounds.map((r) => r.id)).toEqual(["176"]);
    expect(record([], "crs", "min")).toBeUndefined();
  });

  it("totals match the feed's documented total", () => {
    expect(totals(rounds)).toMatchObject({ rounds: 435, invitations: 1_030_671 });
  });

  it("gaps count rounds on the same day once", () => {
    const g = gaps(rounds);
    expect(g.every((x) => x.days > 0)).toBe(true);
    const s = gapSummary(rounds)!;
    expect(s.longest.days).toBe(Math.max(...g.map((x) => x.days)));
  });
});

describe("freshness", () => {
  it("GIVEN an old newest round and no recent feed read THEN data as of that round, may be stale", () => {
    const f = freshness(rounds, new Date("2026-11-21T12:00:00Z"));
    expect(f).toMatchObject({ asOf: "2026-08-07", maybeStale: true, daysSinceNewest: 106 });
  });

  it("GIVEN a feed read within a day THEN data as of today, not stale", () => {
    const f = freshness(rounds, new Date("2026-11-21T12:00:00Z"), { lastReachedAt: () => "2026-11-21T06:00:00Z" });
    expect(f).toMatchObject({ asOf: "2026-11-21", maybeStale: false });
  });

  it("GIVEN a round 14 days old THEN not yet stale", () => {
    expect(freshness(rounds, new Date("2026-08-21T12:00:00Z")).maybeStale).toBe(false);
  });
});
