import { afterEach, describe, expect, it } from "vitest";
import { ChartBusyError, ChartRenderer } from "../../../src/core/charts/renderer.ts";
import { snapshotRounds } from "../../helpers/fixtures.ts";
import { captureLogger } from "../../helpers/log-capture.ts";

/** The real chart worker under load: the queue is bounded, one person draws one chart at a time, a chart that takes too long is given up. */

const rounds = snapshotRounds();
const job = (months: number) => {
  const until = "2026-08-20";
  const since = `${2026 - Math.ceil(months / 12)}-0${1 + (months % 9)}-01`;
  return { kind: "trend" as const, rounds: rounds.filter((r) => r.date >= since), opts: { since, until, lang: "en" as const } };
};
const reasonOf = async (p: Promise<unknown>) => p.then(() => "drawn", (e: unknown) => (e instanceof ChartBusyError ? e.reason : `failed: ${(e as Error).message}`));

let renderer: ChartRenderer | undefined;
afterEach(async () => renderer?.close());

describe("ChartRenderer bounds", () => {
  it("past `maxQueued` waiting charts, more distinct requests are refused at once instead of piling up", async () => {
    renderer = new ChartRenderer(captureLogger().logger, { maxQueued: 2 });
    const requests = Array.from({ length: 6 }, (_, i) => renderer!.render(`q${i}`, job(i + 1), `user-${i}`));
    expect(renderer.queued).toBeLessThanOrEqual(2);
    const outcomes = await Promise.all(requests.map(reasonOf));
    expect(outcomes.filter((o) => o === "drawn")).toHaveLength(3); // one drawing + two waiting
    expect(outcomes.filter((o) => o === "queue-full")).toHaveLength(3);
    // Refusals are not cached: the same chart asked again later is drawn.
    expect(await reasonOf(renderer.render("q5", job(6)))).toBe("drawn");
  }, 60_000);

  it("one person's distinct requests are drawn one at a time; a cached chart is always served", async () => {
    renderer = new ChartRenderer(captureLogger().logger);
    const first = renderer.render("a", job(1), "ana");
    expect(await reasonOf(renderer.render("b", job(2), "ana"))).toBe("owner-busy");
    expect(await reasonOf(renderer.render("c", job(3), "bob"))).toBe("drawn");
    await first;
    expect(await reasonOf(renderer.render("a", job(1), "ana"))).toBe("drawn");
    expect(await reasonOf(renderer.render("b", job(2), "ana"))).toBe("drawn");
  }, 60_000);

  it("a chart not drawn in time is given up with a timeout, the worker is restarted, and later charts are drawn", async () => {
    const log = captureLogger();
    renderer = new ChartRenderer(log.logger, { timeoutMs: 1 });
    expect(await reasonOf(renderer.render("slow", job(1)))).toBe("timeout");
    expect(await reasonOf(renderer.render("slow2", job(2)))).toBe("timeout");
    expect(log.lines.some((l) => String(l.msg).includes("restarting the chart worker"))).toBe(true);
    await renderer.close();
    renderer = new ChartRenderer(log.logger, { timeoutMs: 30_000 });
    expect(await reasonOf(renderer.render("slow", job(1)))).toBe("drawn");
  }, 60_000);

  it("the worker starts with the first chart, exits after `idleMs` without one, and the next chart starts it again", async () => {
    renderer = new ChartRenderer(captureLogger().logger, { idleMs: 300 });
    expect(renderer.running).toBe(false);
    const drawing = renderer.render("a", job(1));
    expect(renderer.running).toBe(true);
    expect(await reasonOf(drawing)).toBe("drawn");
    expect(renderer.running).toBe(true); // not at once: a burst of charts keeps one worker
    await new Promise((r) => setTimeout(r, 800));
    expect(renderer.running).toBe(false);
    expect(await reasonOf(renderer.render("b", job(2)))).toBe("drawn");
    expect(renderer.running).toBe(true);
  }, 60_000);
});
