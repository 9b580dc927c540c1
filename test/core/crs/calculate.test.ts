import { describe, expect, it } from "vitest";
import { calculate } from "../../../src/core/crs/calculate.ts";
import { RULES_2020_10_27, rulesOn } from "../../../src/core/crs/rules.ts";
import { clb, ielts, married, single } from "../../helpers/profiles.ts";

describe("the worked examples of CRS-RULES.md", () => {
  const examples: Array<[string, number, ReturnType<typeof single>]> = [
    ["1. single, 29, master's, CLB 9, 3 yrs foreign", 469, single({ education: "masters", firstLanguage: clb(9), foreignWorkYears: 3 })],
    ["2. single, 29, bachelor's, IELTS 7.0 ×4 (the bachelor's-tier trap)", 353, single({ education: "bachelors", firstLanguage: ielts(7, 7, 7, 7) })],
    ["3. married, 30, bachelor's, CLB 10, 1 yr Cdn; spouse bachelor's CLB 7", 428, married({ age: 30, education: "bachelors", firstLanguage: clb(10), canadianWorkYears: 1, spouse: { education: "bachelors", language: clb(7), canadianWorkYears: 0 } })],
    ["4. single, 35, 2-yr, NCLC 7 first + CLB 5 second", 310, single({ age: 35, education: "two_year", firstLanguage: clb(7, "fr"), secondLanguage: clb(5) })],
    ["5. single, 27, PhD, everything (additional capped at 600)", 1160, single({ age: 27, education: "doctoral", firstLanguage: clb(10), canadianWorkYears: 3, foreignWorkYears: 3, certificateOfQualification: true, provincialNomination: true, siblingInCanada: true, canadianStudy: "three_year_plus" })],
    ["6. single, 40, secondary, CLB 6, CoQ", 141, single({ age: 40, education: "secondary", firstLanguage: clb(6), certificateOfQualification: true })],
    ["7. married, spouse a Canadian PR → scored as single", 379, married({ age: 25, spouseCanadianOrPR: true, education: "bachelors", firstLanguage: clb(9) })],
    ["8. single, 28, master's, IELTS 8.5/8.0/7.5/8.0, 3 yrs Cdn", 495, single({ age: 28, education: "masters", firstLanguage: ielts(8.5, 8.0, 7.5, 8.0), canadianWorkYears: 3 })],
    ["9. married, 32, master's, IELTS 8.5 ×4, 2 yrs Cdn; spouse bachelor's IELTS 5.0 ×4", 447, married({ age: 32, education: "masters", firstLanguage: ielts(8.5, 8.5, 8.5, 8.5), canadianWorkYears: 2, spouse: { education: "bachelors", language: ielts(5, 5, 5, 5), canadianWorkYears: 0 } })],
    ["10. single, 35, bachelor's, IELTS 7.0 ×4, 1 yr Cdn, PNP", 973, single({ age: 35, education: "bachelors", firstLanguage: ielts(7, 7, 7, 7), canadianWorkYears: 1, provincialNomination: true })],
  ];
  it.each(examples)("%s → %i", (_name, total, profile) => {
    const result = calculate(profile);
    expect(result.total).toBe(total);
    expect(result.rules).toBe("2025-03-25");
  });

  it("example 1 gives the documented breakdown exactly", () => {
    expect(calculate(single({ education: "masters", firstLanguage: clb(9), foreignWorkYears: 3 }))).toEqual({
      total: 469,
      breakdown: {
        core: { age: 110, education: 135, firstLanguage: 124, secondLanguage: 0, canadianWork: 0, total: 369 },
        spouse: { education: 0, language: 0, canadianWork: 0, total: 0 },
        transferability: { education: 50, foreignWork: 50, certificateOfQualification: 0, total: 100 },
        additional: { provincialNomination: 0, french: 0, canadianStudy: 0, sibling: 0, jobOffer: 0, total: 0 },
      },
      clb: { first: { listening: 9, reading: 9, writing: 9, speaking: 9 }, second: null, spouse: null },
      rules: "2025-03-25",
    });
  });
});

describe("the grid, factor by factor", () => {
  it("age, with and without a spouse", () => {
    const table: Array<[number, number, number]> = [[17, 0, 0], [18, 90, 99], [19, 95, 105], [20, 100, 110], [29, 100, 110], [30, 95, 105], [31, 90, 99], [32, 85, 94], [33, 80, 88], [34, 75, 83], [35, 70, 77], [36, 65, 72], [37, 60, 66], [38, 55, 61], [39, 50, 55], [40, 45, 50], [41, 35, 39], [42, 25, 28], [43, 15, 17], [44, 5, 6], [45, 0, 0], [60, 0, 0]];
    for (const [age, withSpouse, without] of table) {
      expect(calculate(married({ age })).breakdown.core.age, `age ${age} with`).toBe(withSpouse);
      expect(calculate(single({ age })).breakdown.core.age, `age ${age} without`).toBe(without);
    }
  });

  it("education, and the spouse's education", () => {
    const table = { none: [0, 0, 0], secondary: [28, 30, 2], one_year: [84, 90, 6], two_year: [91, 98, 7], bachelors: [112, 120, 8], two_or_more: [119, 128, 9], masters: [126, 135, 10], doctoral: [140, 150, 10] } as const;
    for (const [education, [withSpouse, without, spouse]] of Object.entries(table)) {
      const e = education as keyof typeof table;
      expect(calculate(married({ education: e })).breakdown.core.education).toBe(withSpouse);
      expect(calculate(single({ education: e })).breakdown.core.education).toBe(without);
      expect(calculate(married({ spouse: { education: e, language: null, canadianWorkYears: 0 } })).breakdown.spouse.education).toBe(spouse);
    }
  });

  it("first language per ability, by CLB", () => {
    const table: Array<[number, number, number]> = [[3, 0, 0], [4, 6, 6], [5, 6, 6], [6, 8, 9], [7, 16, 17], [8, 22, 23], [9, 29, 31], [10, 32, 34], [12, 32, 34]];
    for (const [level, withSpouse, without] of table) {
      expect(calculate(married({ firstLanguage: clb(level) })).breakdown.core.firstLanguage).toBe(4 * withSpouse);
      expect(calculate(single({ firstLanguage: clb(level) })).breakdown.core.firstLanguage).toBe(4 * without);
    }
  });

  it("second language: 0/1/3/6 per ability, capped at 22 with a spouse and 24 without", () => {
    for (const [level, per] of [[4, 0], [5, 1], [6, 1], [7, 3], [8, 3], [9, 6], [10, 6]] as const)
      expect(calculate(single({ secondLanguage: clb(level, "fr") })).breakdown.core.secondLanguage).toBe(4 * per);
    expect(calculate(married({ secondLanguage: clb(9, "fr") })).breakdown.core.secondLanguage).toBe(22);
    expect(calculate(single({ secondLanguage: clb(9, "fr") })).breakdown.core.secondLanguage).toBe(24);
    expect(calculate(married({ secondLanguage: { test: "clb", language: "fr", scores: { listening: 9, reading: 9, writing: 9, speaking: 8 } } })).breakdown.core.secondLanguage).toBe(21);
  });

  it("Canadian work experience, and the spouse's", () => {
    const withS = [0, 35, 46, 56, 63, 70];
    const without = [0, 40, 53, 64, 72, 80];
    const spouse = [0, 5, 7, 8, 9, 10];
    for (let y = 0; y <= 5; y++) {
      expect(calculate(married({ canadianWorkYears: y })).breakdown.core.canadianWork).toBe(withS[y]);
      expect(calculate(single({ canadianWorkYears: y })).breakdown.core.canadianWork).toBe(without[y]);
      expect(calculate(married({ spouse: { education: "none", language: null, canadianWorkYears: y } })).breakdown.spouse.canadianWork).toBe(spouse[y]);
    }
  });

  it("spouse's language per ability: 0/1/3/5", () => {
    for (const [level, per] of [[4, 0], [5, 1], [6, 1], [7, 3], [8, 3], [9, 5], [10, 5]] as const)
      expect(calculate(married({ spouse: { education: "none", language: clb(level), canadianWorkYears: 0 } })).breakdown.spouse.language).toBe(4 * per);
  });
});

describe("spouse cases", () => {
  const spouse = { education: "masters" as const, language: clb(9), canadianWorkYears: 2 };
  it("accompanying, not a Canadian: scored with a spouse", () => {
    const r = calculate(married({ spouse }));
    expect(r.breakdown.spouse).toEqual({ education: 10, language: 20, canadianWork: 7, total: 37 });
    expect(r.breakdown.core.age).toBe(100);
  });
  it("not accompanying: scored as single, spouse factors 0 (the spouse may still be listed)", () => {
    const r = calculate(married({ spouseAccompanying: false, spouse }));
    expect(r.breakdown.spouse.total).toBe(0);
    expect(r.breakdown.core.age).toBe(110);
    expect(r.total).toBe(calculate(single()).total);
  });
  it("a Canadian citizen or PR: scored as single", () => {
    expect(calculate(married({ spouseCanadianOrPR: true, spouse })).total).toBe(calculate(single()).total);
  });
  it("common-law is scored like married", () => {
    expect(calculate(married({ maritalStatus: "common_law", spouse })).total).toBe(calculate(married({ spouse })).total);
  });
});

describe("skill transferability", () => {
  it("a bachelor's is a single credential: 13/25, not 25/50", () => {
    expect(calculate(single({ education: "bachelors", firstLanguage: clb(7) })).breakdown.transferability.education).toBe(13);
    expect(calculate(single({ education: "bachelors", firstLanguage: clb(9) })).breakdown.transferability.education).toBe(25);
    expect(calculate(single({ education: "two_or_more", firstLanguage: clb(9) })).breakdown.transferability.education).toBe(50);
    expect(calculate(single({ education: "secondary", firstLanguage: clb(10), canadianWorkYears: 5 })).breakdown.transferability.education).toBe(0);
  });
  it("language uses the lowest of the four abilities", () => {
    const lowListening = { test: "clb" as const, language: "en" as const, scores: { listening: 6, reading: 10, writing: 10, speaking: 10 } };
    expect(calculate(single({ education: "masters", firstLanguage: lowListening })).breakdown.transferability.education).toBe(0);
  });
  it("each group is capped at 50 and the section at 100", () => {
    const r = calculate(single({ education: "doctoral", firstLanguage: clb(10), canadianWorkYears: 2, foreignWorkYears: 3, certificateOfQualification: true }));
    expect(r.breakdown.transferability).toEqual({ education: 50, foreignWork: 50, certificateOfQualification: 50, total: 100 });
    expect(calculate(single({ education: "masters", firstLanguage: clb(7), canadianWorkYears: 1 })).breakdown.transferability.education).toBe(50);
    expect(calculate(single({ education: "bachelors", firstLanguage: clb(7), canadianWorkYears: 1, foreignWorkYears: 1 })).breakdown.transferability).toMatchObject({ education: 26, foreignWork: 26 });
  });
  it("certificate of qualification: 25 with CLB 5+ and one under 7, 50 with CLB 7+, 0 below CLB 5", () => {
    const coq = (first: ReturnType<typeof clb>) => calculate(single({ certificateOfQualification: true, firstLanguage: first })).breakdown.transferability.certificateOfQualification;
    expect(coq(clb(4))).toBe(0);
    expect(coq(clb(5))).toBe(25);
    expect(coq({ test: "clb", language: "en", scores: { listening: 6, reading: 9, writing: 9, speaking: 9 } })).toBe(25);
    expect(coq(clb(7))).toBe(50);
  });
});

describe("additional points", () => {
  it("French: 50 with English CLB 5+, 25 with weak or no English, 0 below NCLC 7; whether French is first or second", () => {
    expect(calculate(single({ firstLanguage: clb(9), secondLanguage: clb(7, "fr") })).breakdown.additional.french).toBe(50);
    expect(calculate(single({ firstLanguage: clb(7, "fr") })).breakdown.additional.french).toBe(25);
    expect(calculate(single({ firstLanguage: clb(7, "fr"), secondLanguage: clb(4) })).breakdown.additional.french).toBe(25);
    expect(calculate(single({ firstLanguage: clb(7, "fr"), secondLanguage: clb(5) })).breakdown.additional.french).toBe(50);
    expect(calculate(single({ firstLanguage: clb(9), secondLanguage: clb(6, "fr") })).breakdown.additional.french).toBe(0);
  });
  it("study in Canada 15/30, sibling 15, nomination 600, job offers 0 since 2025-03-25", () => {
    expect(calculate(single({ canadianStudy: "one_or_two_year" })).breakdown.additional.canadianStudy).toBe(15);
    expect(calculate(single({ canadianStudy: "three_year_plus" })).breakdown.additional.canadianStudy).toBe(30);
    expect(calculate(single({ siblingInCanada: true })).breakdown.additional.sibling).toBe(15);
    expect(calculate(single({ provincialNomination: true })).breakdown.additional.provincialNomination).toBe(600);
    expect(calculate(single({ jobOffer: "teer_major_group_00" })).breakdown.additional.jobOffer).toBe(0);
    expect(calculate(single({ jobOffer: "teer_0_1_2_3" })).total).toBe(calculate(single()).total);
  });
  it("the section is capped at 600 and the total at 1200", () => {
    const best = single({ age: 25, education: "doctoral", firstLanguage: clb(10), secondLanguage: clb(10, "fr"), canadianWorkYears: 5, foreignWorkYears: 3, certificateOfQualification: true, provincialNomination: true, siblingInCanada: true, canadianStudy: "three_year_plus" });
    const r = calculate(best);
    expect(r.breakdown.additional.total).toBe(600);
    expect(r.breakdown.core.total).toBe(500);
    expect(r.total).toBe(1200);
  });
});

describe("rules by effective date", () => {
  it("picks the rules in force on a date; the job offer counted before 2025-03-25", () => {
    expect(rulesOn("2025-03-25")!.effective).toBe("2025-03-25");
    expect(rulesOn("2025-03-24")!.effective).toBe("2020-10-27");
    expect(rulesOn("2019-01-01")).toBeUndefined();
    const r = calculate(single({ jobOffer: "teer_major_group_00" }), RULES_2020_10_27);
    expect(r.breakdown.additional.jobOffer).toBe(200);
    expect(r.rules).toBe("2020-10-27");
    expect(calculate(single({ jobOffer: "teer_0_1_2_3" }), RULES_2020_10_27).breakdown.additional.jobOffer).toBe(50);
  });
});
