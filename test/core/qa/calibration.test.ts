import { describe, expect, it } from "vitest";
import { calibrate, GUESS_CONFIDENCE, OFF_DOMAIN, unusedNumbers } from "../../../src/core/qa/calibration.ts";
import { understand } from "../../../src/core/qa/understand/understand.ts";

const conf = (intent: string, q: string, base = 0.9) => {
  const u = understand(q);
  return calibrate(intent, u.rest, u.slots, base);
};

describe("calibration", () => {
  it("keeps an answer confident when the intent answers every kind of question it holds", () => {
    expect(conf("record", "lowest cutoff ever for a cec draw")).toBe(0.9);
    expect(conf("gaps", "longest gap between draws in 2025")).toBe(0.9);
    expect(conf("round", "how many invitations in round 350")).toBe(0.9);
    expect(conf("days-since", "how many days since the last draw")).toBe(0.9);
  });

  it("lowers it when the question also asks another kind of thing", () => {
    expect(conf("round", "how many days between draw 433 and draw 434")).toBeLessThanOrEqual(GUESS_CONFIDENCE);
    expect(conf("latest-round", "what is the average cutoff of the latest draws")).toBeLessThanOrEqual(GUESS_CONFIDENCE);
    expect(conf("totals", "how often are there draws, how many in total")).toBeLessThanOrEqual(GUESS_CONFIDENCE);
  });

  it("lowers it when a number in the question was used by no slot", () => {
    // (2026-11-22: "the last draw before 430" is now read as a round relative to #430, so another example.)
    expect(unusedNumbers("when was the last draw with 2500 invitations", understand("when was the last draw with 2500 invitations").slots)).toEqual(["2500"]);
    expect(conf("latest-round", "when was the last draw with 2500 invitations")).toBeLessThanOrEqual(GUESS_CONFIDENCE);
    expect(unusedNumbers("cutoff of draw 300", understand("cutoff of draw 300").slots)).toEqual([]);
  });

  it("knows life in Canada is not Express Entry", () => {
    for (const q of ["how much is rent in toronto", "can i get a job in canada", "trouver un emploi a montreal", "best bank for newcomers", "le loyer a quebec"]) expect(OFF_DOMAIN.test(q)).toBe(true);
    for (const q of ["do i need a job offer for fst", "points for arranged employment", "latest cec draw"]) expect(OFF_DOMAIN.test(q)).toBe(false);
    expect(conf("fees", "fees and rent for a family of 3")).toBeLessThanOrEqual(GUESS_CONFIDENCE);
  });
});
