import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { lastTwelveMonths, poolChart, trendChart } from "../src/core/charts/charts.ts";
import { ChartRenderer } from "../src/core/charts/renderer.ts";
import { parseFeedText } from "../src/core/draws/parse-feed.ts";
import { latestPool } from "../src/core/draws/queries.ts";
import { silentLogger } from "../src/core/ports.ts";
import { fmt, percentile, report } from "./harness.ts";

/** Render time per chart (target: under 100 ms warm), and the cached path the bots use. */
export async function benchCharts(): Promise<void> {
  const rounds = parseFeedText(readFileSync(fileURLToPath(new URL("../data/ee_rounds_123_en.json", import.meta.url)), "utf8")).rounds;
  const period = lastTwelveMonths("2026-08-20");
  const { pool, round } = latestPool(rounds)!;
  const time = async (fn: () => Promise<unknown>, n: number) => {
    const samples: number[] = [];
    for (let i = 0; i < n; i++) {
      const t = performance.now();
      await fn();
      samples.push(performance.now() - t);
    }
    return samples;
  };
  const cold = await time(() => trendChart(rounds, { ...period, lang: "en" }), 1);
  const trendAll = await time(() => trendChart(rounds, { ...period, lang: "en" }), 15);
  const trendCec = await time(() => trendChart(rounds, { ...period, category: "cec", lang: "en" }), 15);
  const poolTimes = await time(() => poolChart(pool, round, { score: 480, lang: "en" }), 15);
  const renderer = new ChartRenderer(silentLogger);
  const job = { kind: "trend" as const, rounds, opts: { ...period, lang: "en" as const } };
  // The worker starts with the first chart (ee-bot start no longer warms it): what the first person to ask waits.
  const firstRequest = await time(() => renderer.render("warm", job), 1);
  const cached = await time(() => renderer.render("warm", job), 200);
  await renderer.close();
  const row = (name: string, s: number[]) => [name, `p50 ${fmt(percentile(s, 50), 1)} ms · max ${fmt(Math.max(...s), 1)} ms`] as [string, string];
  report("Charts (1200 × 800 PNG, chart.js on @napi-rs/canvas; target: < 100 ms warm)", [
    row("first trend chart (cold: fonts, chart.js)", cold),
    row("trend, all categories, 12 months (warm)", trendAll),
    row("trend, one category (warm)", trendCec),
    row("pool with a score marked (warm)", poolTimes),
    row("first chart through a fresh renderer (starts the worker thread)", firstRequest),
    row("same chart again, from the cache", cached),
  ]);
}
