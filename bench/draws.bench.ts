import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseFeedText } from "../src/core/draws/parse-feed.ts";
import { latestRound, listRounds, withChange, yearStats } from "../src/core/draws/queries.ts";
import { benchDrawStore } from "./draw-store.bench.ts";
import { fmt, opsPerSecond, report } from "./harness.ts";

/** The feed parser against plain JSON.parse of the same body (its floor), the store's queries, and its persistence. */
export async function benchDraws(): Promise<void> {
  const body = readFileSync(fileURLToPath(new URL("../data/ee_rounds_123_en.json", import.meta.url)), "utf8");
  const baseline = opsPerSecond(() => JSON.parse(body), 1_000);
  const parse = opsPerSecond(() => parseFeedText(body), 1_000);
  const rounds = parseFeedText(body).rounds;
  const latest = opsPerSecond(() => withChange(rounds, latestRound(rounds, "cec")!));
  const list = opsPerSecond(() => listRounds(rounds, { category: "pnp", limit: 10 }));
  const stats = opsPerSecond(() => yearStats(rounds, 2026, "2026-08-07"), 500);
  report("Feed and queries (435 rounds)", [
    ["JSON.parse of the feed (baseline)", `${fmt(baseline)} /s (${fmt(1000 / baseline, 2)} ms)`],
    ["parseFeedText (zod, lenient)", `${fmt(parse)} /s (${fmt(1000 / parse, 2)} ms, ${fmt(baseline / parse, 1)}× the baseline)`],
    ["latest CEC round + change", `${fmt(latest)} /s`],
    ["list 10 PNP rounds", `${fmt(list)} /s`],
    ["year stats 2026", `${fmt(stats)} /s`],
  ]);
  await benchDrawStore();
}
