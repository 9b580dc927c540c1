import { describe, expect, it } from "vitest";
import { validateProfile } from "../../../src/core/crs/profile.ts";
import { validateEligibilityProfile } from "../../../src/core/eligibility/profile.ts";
import { AS_OF, base, job } from "./builders.ts";

/** The eligibility profile at the edge: defaults, and one message per wrong field. */

const errors = (input: Record<string, unknown>) => {
  const r = validateEligibilityProfile(input, AS_OF);
  return r.ok ? [] : r.errors.map((e) => e.field);
};

describe("GIVEN an eligibility profile", () => {
  it("THEN the defaults follow ELIGIBILITY-PROFILE.md", () => {
    const r = validateEligibilityProfile({ age: 30, maritalStatus: "married", spouseAccompanying: true, spouseCanadianOrPR: false, education: "bachelors", firstLanguage: { test: "celpip", scores: { listening: 9, reading: 9, writing: 9, speaking: 9 } }, siblingInCanada: true }, "2026-11-21");
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.profile).toMatchObject({ asOf: "2026-11-21", work: [], familySize: 2, relativeInCanada: true, settlementFundsCAD: null, jobOfferNoc: null, authorizedToWorkInCanada: false });
  });

  it("THEN each wrong job field is named by its path", () => {
    const bad = base({ work: [job("21231", "2025-01-01", null), { noc: "2123", country: "mars", from: "2025-02-30", hoursPerWeek: 0 }, job("99999", "2025-01-01", null)] });
    expect(errors(bad)).toEqual(["work.1.noc", "work.1.country", "work.1.from", "work.1.hoursPerWeek", "work.2.noc"]);
    expect(errors(base({ work: [job("21231", "2025-03-01", "2025-02-28")] }))).toEqual(["work.0.to"]);
    expect(errors(base({ work: [{ noc: "21231", country: "canada", from: "2025-01-01", to: null, hoursPerWeek: 30 }] }))).toEqual(["work.0.authorized"]);
    expect(errors(base({ work: [{ ...job("21231", "2025-01-01", null), paid: true }] }))).toEqual(["work.0.paid"]);
  });

  it("THEN a job offer NOC must fit the offer: not TEER 4–5, 00 codes with teer_major_group_00", () => {
    expect(errors(base({ jobOffer: "teer_0_1_2_3", jobOfferNoc: "64100" }))).toEqual(["jobOfferNoc"]);
    expect(errors(base({ jobOffer: "teer_0_1_2_3", jobOfferNoc: "00012" }))).toEqual(["jobOfferNoc"]);
    expect(errors(base({ jobOffer: "teer_major_group_00", jobOfferNoc: "00012" }))).toEqual([]);
    expect(errors(base({ jobOffer: "none", jobOfferNoc: "21231" }))).toEqual(["jobOfferNoc"]);
    expect(errors(base({ certificateOfQualificationNoc: "72310" }))).toEqual(["certificateOfQualificationNoc"]);
    expect(errors(base({ settlementFundsCAD: -1, familySize: 0, asOf: "2026-1-1" }))).toEqual(["asOf", "settlementFundsCAD", "familySize"]);
  });

  it("THEN crs accepts the eligibility fields and ignores them", () => {
    const r = validateProfile(base({ work: [job("21231", "2025-01-01", null)], spouse: null, familySize: 1 }));
    expect(r.ok).toBe(true);
    if (r.ok) expect(Object.keys(r.profile)).not.toContain("work");
    expect(validateProfile(base({ wrok: [] })).ok).toBe(false);
  });
});
