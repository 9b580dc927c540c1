import { describe, expect, it } from "vitest";
import { profileFromOptions } from "../../../src/bots/discord/crs-options.ts";
import { answer, back, startWizard, type WizardState } from "../../../src/core/crs/wizard.ts";
import type { CrsProfile } from "../../../src/core/crs/profile.ts";

/** Answers the wizard step by step; returns the finished profile. */
function runWizard(inputs: string[], state: WizardState = startWizard()): CrsProfile {
  for (const input of inputs) {
    const r = answer(state, input, "en");
    if ("error" in r) throw new Error(`${state.step}: ${r.error}`);
    if (r.done) return r.profile;
    state = r.state;
  }
  throw new Error(`wizard not finished at ${state.step}`);
}

describe("one way to build a profile: the wizard and Discord's /crs form", () => {
  it("GIVEN the same answers THEN both give the same profile (married, spouse coming, second language)", () => {
    const wizard = runWizard(["34", "married", "yes", "no", "masters", "ielts", "7 7.5 6.5 7", "tef_canada", "300 320 310 330", "2", "3", "no", "bachelors", "celpip", "8 8 8 8", "1", "no", "one_or_two_year", "yes"]);
    const form = profileFromOptions({
      age: 34, marital: "married", spouse_coming: true, spouse_canadian: false, education: "masters", test: "ielts", listening: 7, reading: 7.5, writing: 6.5, speaking: 7,
      second_test: "tef_canada", second_scores: "300 320 310 330", canadian_work: 2, foreign_work: 3, certificate: false,
      spouse_education: "bachelors", spouse_test: "celpip", spouse_scores: "8 8 8 8", spouse_canadian_work: 1, nomination: false, canadian_study: "one_or_two_year", sibling: true,
    }, "en");
    expect(form.ok).toBe(true);
    expect(form.ok && form.profile).toEqual(wizard);
    expect(wizard.spouse).toMatchObject({ education: "bachelors", canadianWorkYears: 1 });
  });

  it("GIVEN an answer left behind by going back THEN it does not count", () => {
    let s = startWizard();
    for (const input of ["30", "married", "yes", "yes"]) s = (answer(s, input, "en") as { state: WizardState }).state;
    s = back(back(s)); // back to "is your spouse coming?"
    const profile = runWizard(["no", "bachelors", "ielts", "7 7 7 7", "none", "0", "0", "no", "no", "none", "no"], s);
    expect(profile.spouseAccompanying).toBe(false);
    expect(profile.spouseCanadianOrPR).toBe(false);
    expect(profile.spouse).toBeNull();
  });
});
