import { describe, expect, it } from "vitest";
import { askedPart, uncovered } from "../../../src/core/qa/coverage.ts";
import { calibrate, GUESS_CONFIDENCE } from "../../../src/core/qa/calibration.ts";
import { understand } from "../../../src/core/qa/understand/understand.ts";

describe("what a message asks, and whether an answer covers it", () => {
  it("reads the sentences that ask, not the background around them", () => {
    expect(askedPart("Long-time lurker. Got my ECA in May! Which TEER is a welder?")).toBe("which teer is a welder");
    expect(askedPart("hi all 🙌 quick one — is the medical valid 12 months")).toBe("is the medical valid 12 months");
    expect(askedPart("no question mark here just words")).toBe("no question mark here just words");
  });

  it("names the subject an answer leaves out, and only that", () => {
    expect(uncovered("fees", "when do i pay the rprf").map((c) => c.id)).toEqual(["when"]);
    expect(uncovered("crs-points:age", "what do police certificates cost").map((c) => c.id).sort()).toEqual(["fees", "police"]);
    expect(uncovered("fees", "frais de traitement pour le demandeur principal")).toEqual([]);
    expect(uncovered("after-ita", "what do i need to pay and when after the ita")).toEqual([]);
  });
});

describe("calibration reads cutoffs and tie-breaks as what they are", () => {
  const conf = (intent: string, q: string, asked?: string) => {
    const u = understand(q);
    return calibrate(intent, u.rest, u.slots, 0.9, asked);
  };
  it("'score minimal' is a cutoff, 'tie break' is no gap between rounds", () => {
    expect(conf("round", "ronde 250 score minimal et invitations")).toBe(0.9);
    expect(conf("round", "tie break time of round 300")).toBe(0.9);
    expect(conf("round", "days between round 300 and the next")).toBeLessThanOrEqual(GUESS_CONFIDENCE);
  });
  it("a number or month in a background sentence does not make the answer partial", () => {
    expect(conf("latest-round", "in the pool since march with 478 what was the last cec cutoff", "what was the last cec cutoff")).toBe(0.9);
    expect(conf("latest-round", "in the pool since march with 478 what was the last cec cutoff")).toBeLessThanOrEqual(GUESS_CONFIDENCE);
  });
});

describe("calibration of round answers the engine cannot narrow", () => {
  const conf = (intent: string, q: string) => {
    const u = understand(q);
    return calibrate(intent, u.rest, u.slots, 0.9);
  };
  it("an excluded category or two things compared are not read by a single-round answer", () => {
    expect(conf("record", "highest cutoff in 2024 leaving aside pnp rounds, excluding pnp")).toBeLessThanOrEqual(GUESS_CONFIDENCE);
    expect(conf("latest-round", "the last draw other than the big ones")).toBeLessThanOrEqual(GUESS_CONFIDENCE);
    // An excluded category a slot reads is left to the intent that reads it.
    expect(conf("latest-round", "le dernier tirage hors pcp")).toBe(0.9);
    expect(conf("latest-round", "which was higher, the latest cutoff or the one two months ago")).toBeLessThanOrEqual(GUESS_CONFIDENCE);
    expect(conf("record", "le plus petit tirage de 2026 c etait lequel")).toBe(0.9);
    expect(conf("pool", "how many candidates have more than 480 points in the pool")).toBe(0.9);
  });
});
