import type { Pool, Round } from "../draws/round.ts";
import type { Lang, ReplyImage } from "../reply.ts";
import { poolChart, trendChart, type TrendOptions } from "./charts.ts";

/** A chart to draw, as plain data (it crosses to the worker thread). */
export type ChartJob =
  | { kind: "trend"; rounds: Round[]; opts: TrendOptions }
  | { kind: "pool"; pool: Pool; round: Round; opts: { score?: number; lang: Lang } };

export function renderJob(job: ChartJob): Promise<ReplyImage> {
  return job.kind === "trend" ? trendChart(job.rounds, job.opts) : poolChart(job.pool, job.round, job.opts);
}
