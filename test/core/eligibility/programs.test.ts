import { describe, expect, it } from "vitest";
import type { LanguageResult } from "../../../src/core/crs/language.ts";
import { clb, ielts } from "../../helpers/profiles.ts";
import { base, category, check, foreignJob, job, json } from "./builders.ts";

/** Program verdicts and FSW points at their edges (ELIGIBILITY-PROFILE.md "Programs"). */

const levels = (listening: number, reading: number, writing: number, speaking: number, language: "en" | "fr" = "en"): LanguageResult =>
  ({ test: "clb", language, scores: { listening, reading, writing, speaking } });
const year = [foreignJob("21231", "2024-01-01", "2024-12-29")];
const ids = (reasons: { id: string }[]) => reasons.map((r) => r.id);

describe("GIVEN the FSW 67-point grid", () => {
  // 19 + 4 (language) + 23 (master's + ECA) + 9 (1 year) + 12 (age 35) = 67.
  const at67 = { age: 35, firstLanguage: levels(8, 8, 8, 7), secondLanguage: levels(5, 5, 5, 5, "fr"), work: year };

  it("THEN 67 passes and 66 does not, with the breakdown either way", () => {
    const pass = check(base(at67)).programs.fsw;
    expect(pass).toMatchObject({ eligible: true, points: 67, passMark: 67, reasons: [] });
    expect(pass.breakdown).toEqual({ language: 23, education: 23, experience: 9, age: 12, arrangedEmployment: 0, adaptability: 0 });
    const fail = check(base({ ...at67, firstLanguage: levels(8, 8, 7, 7) })).programs.fsw;
    expect(fail).toMatchObject({ eligible: false, points: 66 });
    expect(ids(fail.reasons)).toEqual(["fsw-points"]);
    const reason = json(base({ ...at67, firstLanguage: levels(8, 8, 7, 7) })).programs.fsw.reasons[0]!;
    expect(reason).toMatch(/66 points, below the pass mark of 67 \(1 short\)/);
  });

  it("THEN CLB 6 in one ability fails the minimum but the points are still computed", () => {
    const r = check(base({ firstLanguage: levels(9, 9, 9, 6), work: year })).programs.fsw;
    expect([r.breakdown.language, r.points]).toEqual([18, 62]);
    expect(ids(r.reasons)).toEqual(["fsw-language", "fsw-points"]);
    expect(json(base({ firstLanguage: levels(9, 9, 9, 6), work: year })).programs.fsw.reasons[0]).toMatch(/CLB 7 in speaking would meet it/);
  });

  it("THEN a foreign credential counts only with an ECA, a Canadian one without", () => {
    const noEca = check(base({ educationCredentialAssessed: false, work: year })).programs.fsw;
    expect(noEca.breakdown.education).toBe(0);
    expect(ids(noEca.reasons)).toContain("education-not-recognised");
    expect(check(base({ educationCredentialAssessed: false, educationInCanada: true, work: year })).programs.fsw.breakdown.education).toBe(23);
    expect(ids(check(base({ education: "none", work: year })).programs.fsw.reasons)).toContain("education-none");
  });

  it("THEN age points run 12 to 35, then one less a year to 0 at 47", () => {
    const age = (n: number) => check(base({ age: n })).programs.fsw.breakdown.age;
    expect([17, 18, 35, 36, 46, 47].map(age)).toEqual([0, 12, 12, 11, 1, 0]);
  });

  it("THEN adaptability sums its elements, capped at 10, and counts the spouse only when accompanying", () => {
    const spouse = { education: "bachelors", language: clb(4), canadianWorkYears: 1, canadianStudyTwoYears: true };
    const married = { maritalStatus: "married", spouseAccompanying: true, spouseCanadianOrPR: false, spouse };
    expect(check(base(married)).programs.fsw.breakdown.adaptability).toBe(10);
    expect(check(base({ ...married, spouse: { ...spouse, canadianWorkYears: 0, canadianStudyTwoYears: false } })).programs.fsw.breakdown.adaptability).toBe(5);
    expect(check(base({ ...married, spouse: { ...spouse, language: clb(3), canadianWorkYears: 0, canadianStudyTwoYears: false } })).programs.fsw.breakdown.adaptability).toBe(0);
    expect(check(base({ ...married, spouseCanadianOrPR: true })).programs.fsw.breakdown.adaptability).toBe(0);
    expect(check(base({ ...married, spouseAccompanying: false })).programs.fsw.breakdown.adaptability).toBe(0);
    expect(check(base({ siblingInCanada: true })).programs.fsw.breakdown.adaptability).toBe(5);
    expect(check(base({ siblingInCanada: true, relativeInCanada: false })).programs.fsw.breakdown.adaptability).toBe(0);
  });

  it("THEN own Canadian work earns 10 only from jobs of 30 h/week or more", () => {
    expect(check(base({ work: [job("21231", "2024-01-01", "2024-12-29")] })).programs.fsw.breakdown.adaptability).toBe(10);
    expect(check(base({ work: [job("21231", "2023-01-01", "2024-12-29", 29)] })).programs.fsw.breakdown.adaptability).toBe(0);
  });

  it("THEN a job offer gives 10 arranged employment and 5 adaptability", () => {
    const r = check(base({ jobOffer: "teer_0_1_2_3" })).programs.fsw.breakdown;
    expect([r.arrangedEmployment, r.adaptability]).toEqual([10, 5]);
  });

  it("THEN an expired first-language result counts as none", () => {
    const old = { ...ielts(8, 8, 8, 8), testDate: "2024-10-31" };
    const r = check(base({ firstLanguage: old, work: year })).programs.fsw;
    expect(r.breakdown.language).toBe(0);
    expect(ids(r.reasons)).toContain("language-expired");
    expect(check(base({ firstLanguage: { ...old, testDate: "2024-11-01" }, work: year })).programs.fsw.eligible).toBe(true);
  });
});

describe("GIVEN proof of funds", () => {
  it("THEN the 2025-07-07 table applies by family size, and authorized workers with a job offer are exempt", () => {
    const married = { maritalStatus: "married", spouseAccompanying: false, spouseCanadianOrPR: false };
    expect(check(base({ ...married, work: year, settlementFundsCAD: 19_001 })).programs.fsw.eligible).toBe(true);
    expect(ids(check(base({ ...married, work: year, settlementFundsCAD: 19_000 })).programs.fsw.reasons)).toEqual(["funds-short"]);
    expect(check(base({ familySize: 3, work: year, settlementFundsCAD: 23_360 })).programs.fsw.eligible).toBe(true);
    expect(ids(check(base({ work: year, settlementFundsCAD: null })).programs.fsw.reasons)).toEqual(["funds-missing"]);
    const exempt = { work: year, settlementFundsCAD: null, jobOffer: "teer_0_1_2_3", jobOfferNoc: "21231" };
    expect(check(base({ ...exempt, authorizedToWorkInCanada: true })).programs.fsw.eligible).toBe(true);
    expect(check(base(exempt)).programs.fsw.eligible).toBe(false);
  });
});

describe("GIVEN CEC language by TEER", () => {
  const teer3 = [job("63200", "2025-01-01", "2025-12-30")];
  const teer1 = [job("21231", "2025-01-01", "2025-12-30")];
  it("THEN CLB 5 is enough with a year of TEER 2–3 work, CLB 7 is needed with TEER 0–1 work", () => {
    expect(check(base({ firstLanguage: clb(5), work: teer3 })).programs.cec.eligible).toBe(true);
    expect(check(base({ firstLanguage: levels(5, 5, 5, 4), work: teer3 })).programs.cec.eligible).toBe(false);
    expect(ids(check(base({ firstLanguage: clb(6), work: teer1 })).programs.cec.reasons)).toEqual(["cec-language"]);
    expect(check(base({ firstLanguage: clb(7), work: teer1 })).programs.cec.eligible).toBe(true);
  });
  it("THEN CEC needs neither education nor funds", () => {
    expect(check(base({ education: "none", settlementFundsCAD: null, work: teer1 })).programs.cec.eligible).toBe(true);
  });
});

describe("GIVEN FST", () => {
  const trade = (from = "2023-01-01", to = "2024-12-28", more = {}) => [job("72310", from, to, 30, more)]; // carpenters, 728 days
  const certified = { certificateOfQualification: true, certificateOfQualificationNoc: "72310", firstLanguage: levels(5, 4, 4, 5) };
  it("THEN 2 years in one trade with a certificate in it and CLB 5/5/4/4 pass", () => {
    expect(check(base({ ...certified, work: trade() })).programs.fst).toEqual({ eligible: true, reasons: [] });
    expect(ids(check(base({ ...certified, work: trade("2023-01-02") })).programs.fst.reasons)).toEqual(["fst-work-short"]);
    expect(ids(check(base({ ...certified, firstLanguage: levels(5, 4, 4, 4), work: trade() })).programs.fst.reasons)).toEqual(["fst-language"]);
  });
  it("THEN the offer or certificate must be in that trade, and student work does not count", () => {
    expect(ids(check(base({ ...certified, certificateOfQualificationNoc: "72311", work: trade() })).programs.fst.reasons)).toEqual(["fst-offer-or-certificate"]);
    const offer = { firstLanguage: clb(5), jobOffer: "teer_0_1_2_3", jobOfferNoc: "72310" };
    expect(check(base({ ...offer, work: trade() })).programs.fst.eligible).toBe(true);
    expect(ids(check(base({ ...offer, work: trade(undefined, undefined, { whileFullTimeStudent: true }) })).programs.fst.reasons)).toEqual(["fst-no-trade"]);
  });
  it("THEN Sub-Major Group 726 is not a trade but 6320x and 62200 are", () => {
    const pilots = { jobOffer: "teer_0_1_2_3", jobOfferNoc: "72600", work: [job("72600", "2023-01-01", "2024-12-28")] };
    expect(ids(check(base(pilots)).programs.fst.reasons)).toContain("fst-no-trade");
    const butcher = { jobOffer: "teer_0_1_2_3", jobOfferNoc: "62200", work: [job("62200", "2023-01-01", "2024-12-28")] };
    expect(check(base(butcher)).programs.fst.eligible).toBe(true);
  });
});

describe("GIVEN the 2026 categories", () => {
  it("THEN every category is answered in the data file's order, military not assessed", () => {
    const r = check(base());
    expect(r.categories.map((c) => c.key)).toEqual([
      "french-language-proficiency", "healthcare-social-services", "stem", "trades", "education", "transport",
      "physicians-canadian-experience", "senior-managers-canadian-experience", "researchers-canadian-experience", "skilled-military-recruits",
    ]);
    expect(category(r, "skilled-military-recruits").eligible).toBeNull();
    expect(r.rules).toBe("2026-02-18");
  });

  it("THEN 12 months in one listed NOC within 3 years qualifies, 11 do not, and program eligibility comes first", () => {
    const nurse = (to: string) => ({ work: [foreignJob("31301", "2024-01-01", to)] });
    expect(category(check(base(nurse("2024-12-29"))), "healthcare-social-services").eligible).toBe(true);
    expect(category(check(base(nurse("2024-11-30"))), "healthcare-social-services").eligible).toBe(false);
    const noFsw = category(check(base({ ...nurse("2024-12-29"), settlementFundsCAD: 0 })), "healthcare-social-services");
    expect(noFsw).toMatchObject({ eligible: false, reasons: [{ id: "category-needs-program" }] });
  });

  it("THEN the Canadian-experience categories count only work in Canada", () => {
    const abroad = check(base({ work: [foreignJob("31102", "2024-01-01", "2024-12-29")] }));
    expect(category(abroad, "healthcare-social-services").eligible).toBe(true);
    expect(category(abroad, "physicians-canadian-experience").eligible).toBe(false);
    const here = check(base({ work: [job("31102", "2024-01-01", "2024-12-29")] }));
    expect(category(here, "physicians-canadian-experience").eligible).toBe(true);
  });

  it("THEN French needs NCLC 7 in all four French abilities, first or second language", () => {
    const tef = (s: number): LanguageResult => ({ test: "tef_canada", scores: { listening: s, reading: s, writing: s, speaking: 456 } });
    expect(category(check(base({ work: [job("21231", "2025-01-01", "2025-12-30")], secondLanguage: tef(434) })), "french-language-proficiency").eligible).toBe(true);
    expect(category(check(base({ work: [job("21231", "2025-01-01", "2025-12-30")], secondLanguage: tef(433) })), "french-language-proficiency").eligible).toBe(false);
  });
});

describe("GIVEN the documented example", () => {
  it("THEN the JSON has exactly the documented shape", () => {
    const out = json(base({ age: 30, settlementFundsCAD: 12_000, firstLanguage: ielts(8, 7, 7, 7), work: [foreignJob("21231", "2023-01-01", null, 40)] }));
    expect(Object.keys(out)).toEqual(["asOf", "programs", "categories", "rules"]);
    expect(out.programs.fsw).toMatchObject({ eligible: false, points: 70, passMark: 67, breakdown: { language: 24, education: 23, experience: 11, age: 12, arrangedEmployment: 0, adaptability: 0 } });
    expect(out.programs.fsw.reasons).toEqual(["proof of funds: 12,000 CAD is less than 15,263 CAD for 1 person (table as of 2025-07-07) — 3,263 CAD more, or being authorized to work in Canada with a valid job offer, would meet it"]);
    expect(Object.keys(out.programs.cec)).toEqual(["eligible", "reasons"]);
    expect(Object.keys(out.categories[0]!)).toEqual(["key", "eligible", "reasons"]);
  });
});
