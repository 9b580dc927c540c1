import { afterAll, describe, expect, it } from "vitest";
import { lastTwelveMonths, poolChart, trendChart } from "../../../src/core/charts/charts.ts";
import { ChartRenderer } from "../../../src/core/charts/renderer.ts";
import { latestPool } from "../../../src/core/draws/queries.ts";
import { silentLogger } from "../../../src/core/ports.ts";
import { snapshotRounds } from "../../helpers/fixtures.ts";

const rounds = snapshotRounds();
const pngSize = (png: Buffer) => {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.subarray(12, 16).toString("latin1")).toBe("IHDR");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
};
const period = lastTwelveMonths("2026-08-20");

describe("charts from the real snapshot", () => {
  it("the trend is a valid PNG of the expected size that changes with the data, with alt text giving the figures", async () => {
    const all = await trendChart(rounds, { ...period, lang: "en" });
    expect(pngSize(all.png)).toEqual({ width: 1200, height: 800 });
    const cec = await trendChart(rounds, { ...period, category: "cec", lang: "en" });
    expect(pngSize(cec.png)).toEqual({ width: 1200, height: 800 });
    expect(cec.png.equals(all.png)).toBe(false);
    const cecRounds = rounds.filter((r) => r.category.key === "cec" && r.date >= period.since && r.date <= period.until);
    expect(cec.alt).toContain(`CRS cutoffs of ${cecRounds.length} rounds (Canadian Experience Class)`);
    expect(cec.alt).toContain(`latest ${cecRounds.at(-1)!.crs} (#${cecRounds.at(-1)!.id}`);
    expect(cec.alt).toContain(`Lowest cutoff ${Math.min(...cecRounds.map((r) => r.crs))}`);
    const edited = rounds.map((r) => (r.id === "432" ? { ...r, crs: 600 } : r));
    expect((await trendChart(edited, { ...period, category: "cec", lang: "en" })).png.equals(cec.png)).toBe(false);
    const fr = await trendChart(rounds, { ...period, category: "cec", lang: "fr" });
    expect(fr.alt).toMatch(/^Notes minimales de/);
  });

  it("the pool chart handles the nested bands, marks the user's score, and says so in words", async () => {
    const { pool, round } = latestPool(rounds)!;
    const plain = await poolChart(pool, round, { lang: "en" });
    expect(pngSize(plain.png)).toEqual({ width: 1200, height: 800 });
    const marked = await poolChart(pool, round, { score: 475, lang: "en" });
    expect(marked.png.equals(plain.png)).toBe(false);
    expect(marked.alt).toContain("229,100 candidates");
    expect(marked.alt).toContain("Your score 475 is highlighted");
    expect(plain.alt).toContain("The largest band is 351–400 with 50,107");
  });
});

describe("ChartRenderer (worker thread + cache)", () => {
  const renderer = new ChartRenderer(silentLogger);
  afterAll(async () => renderer.close());

  it("renders in a worker and serves the same chart of the same data from its cache", async () => {
    const job = { kind: "trend" as const, rounds: rounds.filter((r) => r.date >= period.since), opts: { ...period, lang: "en" as const } };
    const first = await renderer.render("k1", job);
    expect(pngSize(first.png)).toEqual({ width: 1200, height: 800 });
    const again = renderer.render("k1", job);
    expect(await again).toBe(first);
    const other = await renderer.render("k2", { ...job, opts: { ...job.opts, category: "pnp" } });
    expect(other.png.equals(first.png)).toBe(false);
  });
});
