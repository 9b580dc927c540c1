import { describe, expect, it } from "vitest";
import { normalise } from "../../../../src/core/qa/text.ts";
import { understand } from "../../../../src/core/qa/understand/understand.ts";

const slots = (q: string) => understand(normalise(q).replace(/'/g, " ")).slots;

describe("round references", () => {
  it("reads a pair of rounds in either language", () => {
    expect(slots("gap from round #400 to #410?")).toMatchObject({ round: "400", roundTo: "410" });
    expect(slots("entre la ronde 420 et la 424, combien de jours")).toMatchObject({ round: "420", roundTo: "424" });
    expect(slots("draw 91a vs draw 91b")).toMatchObject({ round: "91a", roundTo: "91b" });
  });

  it("reads a round before or after another, and the one before the newest", () => {
    expect(slots("what about the round preceding #400?")).toMatchObject({ round: "400", roundStep: -1 });
    expect(slots("la ronde après la 429")).toMatchObject({ round: "429", roundStep: 1 });
    expect(slots("penultimate CEC draw")).toMatchObject({ round: "latest", roundStep: -1 });
    expect(slots("l'avant-dernier tirage")).toMatchObject({ round: "latest", roundStep: -1 });
  });

  it("does not read a count, a year or a lone round as a pair", () => {
    expect(slots("draw 300 and 2,000 invitations").roundTo).toBeUndefined();
    expect(slots("round 350 to 2025").roundTo).toBeUndefined();
    expect(slots("cutoff of round 350")).toMatchObject({ round: "350" });
    expect(slots("cutoff of round 350").roundTo).toBeUndefined();
  });

  it("reads a score written with 'or more' or a plus sign", () => {
    expect(slots("how many have 480 or more").score).toBe(480);
    expect(slots("combien de candidats à 470 et plus").score).toBe(470);
  });
});

describe("score ranges", () => {
  it("reads a range of scores in either language and word order", () => {
    expect(slots("how many profiles from 470 to 490")).toMatchObject({ score: 470, scoreTo: 490 });
    expect(slots("candidats dans la tranche 481-490")).toMatchObject({ score: 481, scoreTo: 490 });
    expect(slots("people in the 500-600 band")).toMatchObject({ score: 500, scoreTo: 600 });
  });

  it("does not read years or a descending pair as a range", () => {
    expect(slots("draws between 2023 and 2025").scoreTo).toBeUndefined();
    expect(slots("from 500 to 450").scoreTo).toBeUndefined();
  });
});

describe("a date that starts a period", () => {
  it("GIVEN 'since DATE' or 'DATE … since then' THEN a period from that day, not that day's round", () => {
    expect(slots("rounds after April 2, 2026?")).toMatchObject({ period: { kind: "since", from: "2026-04-02" } });
    expect(slots("my profile went in on 2026-05-20, how many CEC rounds since then?")).toMatchObject({ period: { kind: "since", from: "2026-05-20" } });
    expect(slots("my profile went in on 2026-05-20, how many CEC rounds since then?").roundDate).toBeUndefined();
    expect(slots("the round on April 2, 2026")).toMatchObject({ roundDate: "2026-04-02" });
  });
});
