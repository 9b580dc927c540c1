import { describe, expect, it } from "vitest";
import { CUES } from "../../../src/core/qa/cues.ts";
import { calibrate } from "../../../src/core/qa/calibration.ts";
import { normalise } from "../../../src/core/qa/text.ts";
import { understand } from "../../../src/core/qa/understand/understand.ts";
import { resolvePeriod } from "../../../src/core/qa/understand/period.ts";

const n = (q: string) => normalise(q).replace(/'/g, " ");

describe("record cues", () => {
  it("reads 'record low' and 'le plus bas jamais' as the lowest, not the highest", () => {
    for (const q of ["record low crs for cec", "all time low cutoff", "le plus bas jamais vu", "record minimum score"]) {
      expect(CUES.min.test(n(q)), q).toBe(true);
      expect(CUES.max.test(n(q)), q).toBe(false);
    }
  });

  it("keeps 'record' in the question for the record intent while still meaning the whole history", () => {
    const u = understand(n("record number of itas in one round"));
    expect(u.rest).toContain("record");
    expect(u.slots.period?.kind).toBe("all");
  });

  // 2026-11-22: a month named alone is now placed (its most recent occurrence the data covers); a month no rule
  // places (an abbreviation) still lowers the answer.
  it("places 'since March' at the most recent March; does not answer a month it could not place confidently", () => {
    const u = understand(n("how many invitations since march"));
    expect(u.slots.period).toMatchObject({ kind: "since", month: 3 });
    expect(resolvePeriod(u.slots.period!, "2026-08-07")).toEqual({ from: "2026-03-01" });
    expect(resolvePeriod(u.slots.period!, "2027-02-10")).toEqual({ from: "2026-03-01" });
    const loose = understand(n("how many invitations since mid march"));
    expect(calibrate("totals", loose.rest, loose.slots, 0.9)).toBeLessThan(0.5);
    const dated = understand(n("how many invitations since march 2025"));
    expect(dated.slots.period).toMatchObject({ kind: "since", from: "2025-03-01" });
    expect(calibrate("totals", dated.rest, dated.slots, 0.9)).toBe(0.9);
  });
});
