import { describe, expect, it } from "vitest";
import { countWork, type Span } from "../../../src/core/eligibility/work-hours.ts";
import { prng } from "../../helpers/profiles.ts";

/** The interval sweep against the rule read literally: day by day, min(30, Σ hours), runs of days with a job. */
function dayByDay(spans: readonly Span[], start: number, end: number) {
  let weekHours = 0;
  let run = 0;
  let longestRun = 0;
  for (let d = start; d <= end; d++) {
    const active = spans.filter((s) => s.from <= d && d <= s.to);
    if (active.length === 0) {
      run = 0;
      continue;
    }
    const add = Math.min(30, active.reduce((sum, s) => sum + s.hoursPerWeek, 0));
    weekHours += add;
    run += add;
    longestRun = Math.max(longestRun, run);
  }
  return { weekHours, longestRun };
}

describe("GIVEN random work histories", () => {
  it("THEN counting by intervals equals counting day by day", () => {
    const rand = prng(20261121);
    for (let trial = 0; trial < 400; trial++) {
      const spans: Span[] = Array.from({ length: 1 + Math.floor(rand() * 5) }, () => {
        const from = Math.floor(rand() * 1500);
        return { from, to: from + Math.floor(rand() * 600), hoursPerWeek: [5, 10, 15, 20, 25, 30, 37.5, 40, 60][Math.floor(rand() * 9)]! };
      });
      const start = Math.floor(rand() * 400);
      const end = start + 300 + Math.floor(rand() * 1500);
      const fast = countWork(spans, start, end);
      const slow = dayByDay(spans, start, end);
      expect({ weekHours: fast.weekHours, longestRun: fast.longestRun }, JSON.stringify({ spans, start, end })).toEqual(slow);
    }
  });
});
