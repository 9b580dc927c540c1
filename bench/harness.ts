import { cpus, loadavg, totalmem } from "node:os";
import { performance } from "node:perf_hooks";

/** Small helpers shared by the benchmarks: the machine line, timing loops and percentiles. */

export function machine(): string {
  const cpu = cpus();
  return `node ${process.version} · ${cpu.length} × ${cpu[0]?.model ?? "unknown CPU"} · ${Math.round(totalmem() / 2 ** 30)} GiB · ${process.platform}/${process.arch}`;
}

/** Runs `fn` repeatedly for about `ms` milliseconds (after a warm-up) and returns operations per second. */
export function opsPerSecond(fn: () => void, ms = 1_000): number {
  const warmUntil = performance.now() + ms / 4;
  while (performance.now() < warmUntil) fn();
  let ops = 0;
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    for (let i = 0; i < 100; i++) fn();
    ops += 100;
    now = performance.now();
  }
  return (ops * 1000) / (now - start);
}

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** The machine's load average over 1, 5 and 15 minutes: benchmarks on a shared machine report it beside their figures. */
export const loadAverage = () => loadavg().map((l) => l.toFixed(2)).join(" / ");

export const fmt = (n: number, digits = 0) => n.toLocaleString("en-CA", { maximumFractionDigits: digits, minimumFractionDigits: digits });

export function report(title: string, rows: Array<[string, string]>): void {
  console.log(`\n## ${title}`);
  const width = Math.max(...rows.map(([k]) => k.length));
  for (const [k, v] of rows) console.log(`  ${k.padEnd(width)}  ${v}`);
}
