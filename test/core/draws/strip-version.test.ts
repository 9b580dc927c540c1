import { describe, expect, it } from "vitest";
import { categoryName, stripVersion } from "../../../src/core/draws/categories.ts";
import { parseFeedText } from "../../../src/core/draws/parse-feed.ts";
import { feedOf, snapshotRaw } from "../../helpers/fixtures.ts";

describe("IRCC's version suffixes", () => {
  it("are removed in each form IRCC has used", () => {
    expect(stripVersion("Healthcare occupations (Version 1)")).toBe("Healthcare occupations");
    expect(stripVersion("French language proficiency (2023-1)")).toBe("French language proficiency");
    expect(stripVersion("STEM occupations, 2026-Version 3")).toBe("STEM occupations");
    expect(stripVersion("Trade occupations 2026-Version 2  ")).toBe("Trade occupations");
    expect(stripVersion("Agriculture ,, 2026 - version 12 ")).toBe("Agriculture");
    expect(stripVersion("Astronauts (version 1) 2026-Version 2")).toBe("Astronauts (version 1)");
    expect(stripVersion("Provincial Nominee Program")).toBe("Provincial Nominee Program");
    expect(stripVersion("  (Version 2) ")).toBe("");
  });

  // Before: 29 s for a name with 100,000 spaces inside, 13 s with 100,000 commas (the suffix regex
  // retried from every position of the run). A feed with such a name must not stall the sync.
  it("a feed round whose unknown category name hides long runs of spaces or commas parses at once", () => {
    const base = snapshotRaw().find((r) => r.drawNumber === "434")!;
    const names = [`New ${" ".repeat(100_000)}category`, `New${",".repeat(100_000)} category`, `New category${" ".repeat(50_000)}2026 -${" ".repeat(50_000)}x`];
    const rounds = names.map((drawName, i) => ({ ...base, drawNumber: String(500 + i), drawName }));
    const started = Date.now();
    const parsed = parseFeedText(feedOf(rounds));
    for (const r of parsed.rounds) categoryName(r.category.key, "en", r.category.label);
    expect(parsed.rounds.map((r) => r.category.known)).toEqual([false, false, false]);
    expect(Date.now() - started).toBeLessThan(2_000);
  }, 10_000);
});
