import { describe, expect, it } from "vitest";
import { calculate } from "../../../src/core/crs/calculate.ts";
import { validateProfile } from "../../../src/core/crs/profile.ts";
import { clb, ielts, married, single } from "../../helpers/profiles.ts";

const errorsOf = (input: unknown) => {
  const r = validateProfile(input);
  if (r.ok) throw new Error("expected the profile to be refused");
  return Object.fromEntries(r.errors.map((e) => [e.field, e.message]));
};

describe("validateProfile", () => {
  it("GIVEN a complete valid profile THEN accepts it unchanged", () => {
    const p = single({ firstLanguage: ielts(7, 7, 7, 7) });
    expect(validateProfile(p)).toEqual({ ok: true, profile: p });
  });

  it("GIVEN only the required fields THEN fills the rest with 'none/0/false'", () => {
    const r = validateProfile({ age: 30, maritalStatus: "single", education: "masters", firstLanguage: clb(9) });
    expect(r.ok && r.profile).toMatchObject({ canadianWorkYears: 0, foreignWorkYears: 0, secondLanguage: null, spouse: null, jobOffer: "none", canadianStudy: "none" });
  });

  it("GIVEN impossible values THEN one message per wrong field, saying what it accepts", () => {
    expect(errorsOf({ age: 12, maritalStatus: "single", education: "phd", firstLanguage: ielts(9.5, 7, 7, 7), canadianWorkYears: 7, foreignWorkYears: 1.5 })).toEqual({
      age: "must be 17 or more: Express Entry candidates are adults",
      education: 'must be one of "none", "secondary", "one_year", "two_year", "bachelors", "two_or_more", "masters", "doctoral"',
      "firstLanguage.scores.listening": "IELTS bands go from 0 to 9 in steps of 0.5 (got 9.5)",
      canadianWorkYears: "must be from 0 to 5 (years of skilled Canadian work in the last 10 years; 5 means 5 or more)",
      foreignWorkYears: "must be a whole number from 0 to 3",
    });
  });

  it("GIVEN scores outside each test's range THEN names the test's range", () => {
    const bad = (firstLanguage: unknown) => errorsOf({ ...single(), firstLanguage });
    expect(bad({ test: "ielts", scores: { listening: 7.25, reading: 7, writing: 7, speaking: 7 } })["firstLanguage.scores.listening"]).toMatch(/steps of 0.5 \(got 7.25\)/);
    expect(bad({ test: "celpip", scores: { listening: 13, reading: 7, writing: 7, speaking: 7 } })["firstLanguage.scores.listening"]).toMatch(/0 to 12/);
    expect(bad({ test: "pte_core", scores: { listening: 5, reading: 70, writing: 70, speaking: 70 } })["firstLanguage.scores.listening"]).toMatch(/10 to 90/);
    expect(bad({ test: "tcf_canada", scores: { listening: 500, reading: 500, writing: 25, speaking: 10 } })["firstLanguage.scores.writing"]).toMatch(/0 to 20/);
    expect(bad({ test: "tef_canada", testDate: "2018-01-01", scores: { listening: 300, reading: 350, writing: 300, speaking: 300 } })["firstLanguage.scores.reading"]).toMatch(/0 to 300/);
    expect(bad({ test: "toefl", scores: { listening: 1, reading: 1, writing: 1, speaking: 1 } })["firstLanguage.test"]).toMatch(/must be one of "ielts", "celpip"/);
    expect(bad({ test: "clb", scores: { listening: 9, reading: 9, writing: 9, speaking: 9 } })["firstLanguage.language"]).toMatch(/is required with "clb"/);
    expect(bad({ test: "ielts", scores: { listening: 7, reading: 7, writing: 7 } })["firstLanguage.scores.speaking"]).toBe("is required");
  });

  it("GIVEN a second language in the same language as the first THEN refuses it", () => {
    expect(errorsOf(single({ secondLanguage: ielts(6, 6, 6, 6) })).secondLanguage).toMatch(/must be in the other official language: the first language is English/);
    expect(errorsOf(single({ firstLanguage: clb(7, "fr"), secondLanguage: { test: "tcf_canada", scores: { listening: 500, reading: 500, writing: 12, speaking: 12 } } })).secondLanguage).toMatch(/the first language is French/);
  });

  it("GIVEN a single candidate said to have an accompanying spouse THEN refuses it", () => {
    const e = errorsOf({ ...single(), spouseAccompanying: true, spouse: { education: "masters", language: null, canadianWorkYears: 0 } });
    expect(e.spouseAccompanying).toMatch(/must be null or false for a single candidate/);
    expect(e.spouse).toBeUndefined();
  });

  it("GIVEN spouse results on a single candidate THEN accepts them and scores the candidate as single (CRS-PROFILE: may be present when not scored)", () => {
    const spouse = { education: "masters", language: ielts(8, 8, 8, 8), canadianWorkYears: 3 };
    const withSpouse = validateProfile({ ...single(), spouse });
    const alone = validateProfile(single());
    expect(withSpouse.ok && alone.ok).toBe(true);
    if (withSpouse.ok && alone.ok) expect(calculate(withSpouse.profile).total).toBe(calculate(alone.profile).total);
  });

  it("GIVEN a married candidate without saying whether the spouse comes THEN asks for it", () => {
    const e = errorsOf({ ...married(), spouseAccompanying: null, spouseCanadianOrPR: undefined });
    expect(e.spouseAccompanying).toMatch(/is your spouse or partner coming to Canada/);
    expect(e.spouseCanadianOrPR).toMatch(/Canadian citizen or PR/);
  });

  it("GIVEN a misspelt field, a wrong type or not an object THEN says so", () => {
    expect(errorsOf({ ...single(), maritalstatus: "single" }).maritalstatus).toMatch(/is not a profile field/);
    expect(errorsOf({ ...single(), age: "thirty" }).age).toBe("must be a number of years");
    expect(errorsOf({ ...single(), provincialNomination: "yes" }).provincialNomination).toBe("must be true or false");
    expect(errorsOf(42)["(profile)"]).toMatch(/must be a JSON object/);
    expect(errorsOf({}).age).toMatch(/is required/);
  });

  it("GIVEN a Canadian credential above the education level THEN refuses it", () => {
    expect(errorsOf(single({ education: "secondary", canadianStudy: "one_or_two_year" })).canadianStudy).toMatch(/at least "one_year"/);
    expect(errorsOf(single({ education: "two_year", canadianStudy: "three_year_plus" })).canadianStudy).toMatch(/at least "bachelors"/);
  });

  it("GIVEN an age over 50 THEN accepts it (it scores 0)", () => {
    expect(validateProfile(single({ age: 55 })).ok).toBe(true);
  });
});
