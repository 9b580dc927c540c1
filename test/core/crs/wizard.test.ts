import { describe, expect, it } from "vitest";
import { calculate } from "../../../src/core/crs/calculate.ts";
import { answer, back, prompt, startWizard, type WizardState } from "../../../src/core/crs/wizard.ts";

/** Applies answers in turn; returns the last state, or the result when the wizard finishes. */
function walk(inputs: string[], state: WizardState = startWizard()) {
  for (const [i, input] of inputs.entries()) {
    const r = answer(state, input, "en");
    if ("error" in r) throw new Error(`answer ${i} (${state.step}): ${r.error}`);
    if (r.done) return { done: true as const, profile: r.profile, state: r.state };
    state = r.state;
  }
  return { done: false as const, state };
}

describe("the CRS wizard (platform-neutral)", () => {
  it("GIVEN a single candidate THEN the spouse steps are skipped and the profile is complete", () => {
    const r = walk(["29", "single", "bachelors", "ielts", "7 7 7 7", "none", "0", "2", "no", "no", "none", "no"]);
    expect(r.done).toBe(true);
    if (!r.done) return;
    expect(r.state.history).not.toContain("spouseAccompanying");
    expect(r.profile).toMatchObject({ age: 29, maritalStatus: "single", spouse: null, education: "bachelors", foreignWorkYears: 2 });
    expect(calculate(r.profile).total).toBeGreaterThan(0);
  });

  it("GIVEN a bad typed answer THEN a specific error and the same step; a bad choice lists the choices", () => {
    expect(answer(startWizard(), "sixteen", "en")).toEqual({ error: "Please type your age as a whole number from 17 to 99." });
    expect(answer(startWizard(), "16", "fr")).toEqual({ error: "Tapez votre âge en nombre entier, de 17 à 99." });
    const marital = walk(["30"]).state;
    expect(answer(marital, "divorced", "en")).toEqual({ error: "Please choose one of: Single, Married, Common-law." });
    const scores = walk(["30", "single", "bachelors", "ielts"]).state;
    expect(scores.step).toBe("firstScores");
    expect((answer(scores, "7 7 7", "en") as { error: string }).error).toMatch(/^Please type exactly four numbers\. Type the four scores/);
    expect((answer(scores, "7 7 7 12", "en") as { error: string }).error).toMatch(/^speaking: /);
  });

  it("GIVEN Back THEN the previous step comes again with its answer changeable, and the progress follows", () => {
    const s = walk(["30", "married"]).state;
    expect(s.step).toBe("spouseAccompanying");
    expect(prompt(s, "en").position).toBe(3);
    const previous = back(s);
    expect(previous.step).toBe("marital");
    expect(prompt(previous, "en").position).toBe(2);
    expect(walk(["single"], previous).state.step).toBe("education");
    expect(back(startWizard())).toEqual(startWizard());
  });

  it("GIVEN a first test in English THEN the second-language step offers only French tests, in the user's language", () => {
    const s = walk(["30", "single", "bachelors", "celpip", "9 9 9 9"]).state;
    const fr = prompt(s, "fr");
    expect(fr.text).toBe("Un test dans votre seconde langue officielle (français) ?");
    expect(fr.choices!.map((c) => c.value)).toEqual(["none", "tef_canada", "tcf_canada", "clb:fr"]);
    expect(fr.choices![0]!.label).toBe("Aucun");
  });
});
