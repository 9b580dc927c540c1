import { afterAll, describe, expect, it } from "vitest";
import { EVAL_SET } from "./eval-set.ts";
import { runEval, summarise, type EvalResult } from "./run-eval.ts";

let cleanup: (() => Promise<void>) | undefined;
afterAll(async () => cleanup?.());

describe("question answering on the evaluation set", () => {
  it("has at least 100 questions, a third in French and a fifth with typos or slang", () => {
    expect(EVAL_SET.length).toBeGreaterThanOrEqual(100);
    expect(EVAL_SET.filter((c) => c.lang === "fr").length).toBeGreaterThanOrEqual(EVAL_SET.length / 3);
    expect(EVAL_SET.filter((c) => c.typo).length).toBeGreaterThanOrEqual(EVAL_SET.length / 5);
  });

  it("answers at least 90% correctly (topic, language and every required fact)", async () => {
    const run = await runEval();
    cleanup = run.cleanup;
    const s = summarise(run.results);
    const misses = run.results.filter((r: EvalResult) => !r.ok).map((r) => `${r.case.q} → ${r.topic}/${r.lang} missing ${r.missing.join(", ")}`);
    expect(s.accuracy, misses.join("\n")).toBeGreaterThanOrEqual(0.9);
    // Questions with nothing to answer must never get a confident answer.
    for (const r of run.results.filter((x) => x.case.topic === "none")) expect(r.confidence).toBeLessThan(0.5);
  });
});
