import { describe, expect, it } from "vitest";
import { checkEligibility } from "../../../src/core/eligibility/check.ts";
import { eligibilityAnswer, eligibilityBack, eligibilityPrompt, startEligibility, type EligibilityWizardState } from "../../../src/core/eligibility/wizard.ts";
import { clb, single } from "../../helpers/profiles.ts";

const TODAY = "2026-11-01";

/** Answers each question in turn; returns the final result or throws on an error. */
function run(state: EligibilityWizardState, answers: string[]) {
  let s = state;
  for (const [i, input] of answers.entries()) {
    const r = eligibilityAnswer(s, input, "en", TODAY);
    if ("error" in r) throw new Error(`answer ${i} (${input}) at ${s.step}: ${r.error}`);
    if (r.done) return { done: true as const, profile: r.profile, state: r.state };
    s = r.state;
  }
  return { done: false as const, state: s };
}

describe("GIVEN a saved /crs profile", () => {
  const base = single({ education: "masters", firstLanguage: clb(9) });

  it("THEN it asks only the rest: a job by title, funds, family, and the check follows", () => {
    const start = startEligibility(base);
    expect(start.step).toBe("eduOrigin");
    const r = run(start, ["eca", "registered nurse", "canada", "yes", "2024-01", "now", "40", "employee", "no", "no", "no", "20000", "1", "no", "no"]);
    expect(r.done).toBe(true);
    if (!r.done) return;
    expect(r.profile.work).toEqual([{ noc: "31301", country: "canada", authorized: true, from: "2024-01-01", to: null, hoursPerWeek: 40, selfEmployed: false, whileFullTimeStudent: false }]);
    const result = checkEligibility(r.profile);
    expect(result.programs.cec.eligible).toBe(true);
    expect(result.categories.find((c) => c.key === "healthcare-social-services")!.eligible).toBe(true);
  });

  it("THEN an ambiguous title offers a pick, a bad date is refused, Back returns to the question", () => {
    let s = run(startEligibility(base), ["eca", "software"]).state;
    expect(s.step).toBe("nocPick");
    expect(eligibilityPrompt(s, "en").choices!.map((c) => c.value)).toContain("21231");
    s = run(s, ["21231", "foreign"]).state;
    expect(s.step).toBe("from");
    const bad = eligibilityAnswer(s, "last spring", "en", TODAY);
    expect(bad).toEqual({ error: "Please type a date as YYYY-MM-DD or YYYY-MM." });
    const backed = eligibilityBack(s);
    expect(backed.step).toBe("country");
    expect(eligibilityAnswer(s, "2025-02", "en", TODAY)).toMatchObject({ done: false, state: { step: "to" } });
  });

  it("THEN a TEER 4 job offer is refused", () => {
    const s = run(startEligibility(base), ["eca", "none", "yes"]).state;
    expect(s.step).toBe("offerNoc");
    expect(eligibilityAnswer(s, "64100", "en", TODAY)).toHaveProperty("error");
    expect(eligibilityAnswer(s, "21231", "en", TODAY)).toMatchObject({ state: { step: "authorizedNow" } });
  });
});

describe("GIVEN no saved profile", () => {
  it("THEN the CRS questions come first", () => {
    const s = startEligibility(null);
    expect(s.step).toBe("crs");
    expect(eligibilityPrompt(s, "fr").text).toMatch(/Quel âge/);
    const r = run(s, ["30", "single", "bachelors", "clb:en", "9 9 9 9", "none", "0", "3", "no", "no", "none", "no"]);
    expect(r.state.step).toBe("eduOrigin");
  });
});
