import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LEGACY_CASES } from "./legacy.ts";
import { byId, extreme, latest, onDate, poolCount, ROUNDS, select, sum, yearSlice } from "./rounds-facts.ts";
import {
  AGE_POINTS, CANADIAN_WORK, CATEGORY_2026, CATEGORY_CODES, clbOf, coqPoints, EDUCATION, educationCombo, firstLanguagePoints, foreignCombo, FSW_ADAPTABILITY, FSW_EDUCATION, FSW_GRID,
  FSW_GRID_MAX, fswAgePoints, fswExperiencePoints, fswFirstLanguagePoints, fswLanguagePoints, fswSecondLanguagePoints, languageTier, NOC, NOC_TEER, secondLanguageTotal,
  SPOUSE_EDUCATION, spouseLanguagePoints, teerOf, type Ability, type Test,
} from "./rules-facts.ts";

/** The eval's own tables and computations, checked against figures stated elsewhere, so a transcription slip shows. */

const abilities: Ability[] = ["listening", "reading", "writing", "speaking"];
const levels = (test: Test, s: number[]) => abilities.map((a, i) => clbOf(test, a, s[i]!));
const first = (clbs: number[], spouse: boolean) => clbs.reduce((a, c) => a + firstLanguagePoints(c, spouse), 0);

describe("rule tables reproduce CRS-RULES.md's worked examples", () => {
  it("1. single, 29, master's, CLB 9 in all four, 3 years foreign → 469", () => {
    const clb = [9, 9, 9, 9];
    expect(AGE_POINTS[29]![1] + EDUCATION.masters[1] + first(clb, false) + educationCombo("multi", languageTier(9), 0) + foreignCombo(3, languageTier(9), 0)).toBe(469);
  });

  it("2. single, 29, bachelor's, IELTS 7.0 in all four → 353", () => {
    const clb = levels("ielts", [7, 7, 7, 7]);
    expect(clb).toEqual([7, 9, 9, 9]);
    expect(AGE_POINTS[29]![1] + EDUCATION.bachelors[1] + first(clb, false) + educationCombo("single", languageTier(Math.min(...clb)), 0)).toBe(353);
  });

  it("3. married, 30, bachelor's, CLB 10, 1 year Canadian; spouse bachelor's, CLB 7 → 428", () => {
    const core = AGE_POINTS[30]![0] + EDUCATION.bachelors[0] + first([10, 10, 10, 10], true) + CANADIAN_WORK[1]![0];
    const spouse = SPOUSE_EDUCATION.bachelors + 4 * spouseLanguagePoints(7);
    expect(core + spouse + educationCombo("single", languageTier(10), 1)).toBe(428);
  });

  it("4. single, 35, 2-year diploma, NCLC 7 first + CLB 5 second → 310 with the French 50", () => {
    expect(AGE_POINTS[35]![1] + EDUCATION.two_year[1] + first([7, 7, 7, 7], false) + secondLanguageTotal([5, 5, 5, 5], false) + educationCombo("single", 1, 0) + 50).toBe(310);
  });

  it("6. single, 40, secondary, CLB 6, certificate of qualification → 141", () => {
    expect(AGE_POINTS[40]![1] + EDUCATION.secondary[1] + first([6, 6, 6, 6], false) + coqPoints(6)).toBe(141);
  });

  it("8. single, 28, master's, IELTS L8.5 S8.0 R8.0 W7.5, 3 years Canadian → 495", () => {
    const clb = levels("ielts", [8.5, 8, 7.5, 8]);
    expect(AGE_POINTS[28]![1] + EDUCATION.masters[1] + first(clb, false) + CANADIAN_WORK[3]![1] + educationCombo("multi", languageTier(Math.min(...clb)), 3)).toBe(495);
  });

  it("9. married, 32, master's, IELTS 8.5 in all, 2 years Canadian; spouse bachelor's, IELTS 5.0 → 447", () => {
    const clb = levels("ielts", [8.5, 8.5, 8.5, 8.5]);
    const spouse = SPOUSE_EDUCATION.bachelors + levels("ielts", [5, 5, 5, 5]).reduce((a, c) => a + spouseLanguagePoints(c), 0);
    expect(AGE_POINTS[32]![0] + EDUCATION.masters[0] + first(clb, true) + CANADIAN_WORK[2]![0] + spouse + educationCombo("multi", languageTier(Math.min(...clb)), 2)).toBe(447);
  });

  it("test tables: band edges", () => {
    expect(levels("pte", [89, 88, 90, 89])).toEqual([10, 10, 10, 10]);
    expect(levels("tef", [434, 434, 428, 456])).toEqual([7, 7, 7, 7]);
    expect(levels("tef", [433, 433, 427, 455])).toEqual([6, 6, 6, 6]);
    expect(levels("tcf", [458, 453, 10, 10])).toEqual([7, 7, 7, 7]);
    expect(levels("celpip", [12, 3, 4, 9])).toEqual([10, 0, 4, 9]);
  });
});

describe("the NOC 2021 table matches its README", () => {
  it("516 unit groups, TEER counts 0:48 1:97 2:162 3:69 4:95 5:45, each TEER the code's second digit", () => {
    expect(NOC_TEER.size).toBe(516);
    const counts = [0, 0, 0, 0, 0, 0];
    for (const [code, teer] of NOC_TEER) {
      expect(teer, code).toBe(Number(code[1]));
      counts[teer]!++;
    }
    expect(counts).toEqual([48, 97, 162, 69, 95, 45]);
    expect(teerOf("21232")).toBe(1);
    expect(() => teerOf("99999")).toThrow();
  });
});

describe("round computations agree with the figures typed by hand in the first 132 cases", () => {
  const typed = (q: string) => LEGACY_CASES.find((c) => c.q === q)!.facts.map(String);
  it("year totals and counts", () => {
    expect(typed("How many invitations were issued in 2025?")).toEqual([sum(select(yearSlice(2025))).toLocaleString("en-US"), `${select(yearSlice(2025)).length} rounds`]);
    expect(typed("how many draws in 2023")).toEqual([`${select(yearSlice(2023)).length} rounds`, sum(select(yearSlice(2023))).toLocaleString("en-US")]);
    expect(typed("total ITAs in 2024")).toEqual([sum(select(yearSlice(2024))).toLocaleString("en-US")]);
  });

  it("the largest round ever is #176 with 27,332", () => {
    const big = extreme(ROUNDS, (r) => r.size, "max");
    expect(big.unique?.id).toBe("176");
    expect(typed("round #176?")).toContain(big.value.toLocaleString("en-US"));
  });
});

describe("helpers added for the held-out part", () => {
  it("byId and onDate find IRCC-FEED.md's #291 and refuse what is not one round", () => {
    expect([byId("291").date, byId("291").size, byId("291").crs]).toEqual(["2024-03-26", 1500, 388]);
    expect(onDate("2024-03-26").id).toBe("291");
    expect(byId("91b").date).toBe("2018-05-30");
    expect(() => onDate("2018-05-30")).toThrow(); // 91a and 91b
    expect(() => onDate("2026-08-08")).toThrow();
    expect(() => byId("999")).toThrow();
  });

  it("poolCount adds #434's bands to IRCC's total of 229,100 and refuses a bound inside a band", () => {
    const r = latest(ROUNDS)!;
    expect(poolCount(r, 0, 1200)).toBe(229_100);
    expect(poolCount(r, 451, 500) + poolCount(r, 0, 450) + poolCount(r, 501, 1200)).toBe(229_100);
    expect(() => poolCount(r, 455, 500)).toThrow();
  });

  it("the FSW grid's six factor maxima add up to 100 and its pass mark example holds", () => {
    const language = 4 * fswLanguagePoints(10) + FSW_GRID.secondLanguage;
    expect(language).toBe(28);
    expect(language + FSW_EDUCATION.doctoral + fswExperiencePoints(6) + fswAgePoints(25) + FSW_GRID.arrangedEmployment + FSW_GRID.adaptabilityMax).toBe(100);
    expect([fswLanguagePoints(8), fswLanguagePoints(7), fswLanguagePoints(6)]).toEqual([5, 4, 0]);
  });

  it("teerOf gives the TEER column of every row of data/noc-2021.csv, and data/README.md's counts", () => {
    const rows = readFileSync(new URL("../../../data/noc-2021.csv", import.meta.url), "utf8").trim().split(/\r?\n/).slice(1).map((l) => l.split(","));
    expect(rows.length).toBe(516);
    for (const [code, teer] of rows) expect(teerOf(code!), code).toBe(Number(teer));
    const counts = [0, 1, 2, 3, 4, 5].map((t) => rows.filter(([code]) => teerOf(code!) === t).length);
    expect(counts).toEqual([48, 97, 162, 69, 95, 45]);
    expect(() => teerOf("2123")).toThrow();
  });

  it("the 2026 category code lists equal data/category-occupations-2026.json", () => {
    const data = JSON.parse(readFileSync(new URL("../../../data/category-occupations-2026.json", import.meta.url), "utf8")) as { categories: Record<string, string[]> };
    const names = { physicians: "physicians-canadian-experience", seniorManagers: "senior-managers-canadian-experience", researchers: "researchers-canadian-experience",
      transport: "transport", military: "skilled-military-recruits", education: "education" } as const;
    for (const [key, name] of Object.entries(names)) expect([...CATEGORY_2026[key as keyof typeof names]].sort(), key).toEqual([...data.categories[name]!].sort());
  });
});

describe("FSW grid and shipped lists", () => {
  it("the grid's factor maxima make 100 and each table tops out at its maximum", () => {
    expect(Object.values(FSW_GRID_MAX).reduce((a, b) => a + b, 0)).toBe(100);
    expect(4 * fswFirstLanguagePoints(10) + fswSecondLanguagePoints([5, 5, 5, 5])).toBe(FSW_GRID_MAX.language);
    expect(Math.max(...Object.values(FSW_EDUCATION))).toBe(FSW_GRID_MAX.education);
    expect(fswExperiencePoints(6)).toBe(FSW_GRID_MAX.experience);
    expect(fswAgePoints(35)).toBe(FSW_GRID_MAX.age);
    expect(FSW_ADAPTABILITY.cap).toBe(FSW_GRID_MAX.adaptability);
    expect(fswSecondLanguagePoints([5, 5, 5, 4])).toBe(0);
    expect([fswAgePoints(36), fswAgePoints(46), fswAgePoints(47), fswFirstLanguagePoints(6)]).toEqual([11, 1, 0, 0]);
  });

  it("ELIGIBILITY-PROFILE.md's example: CLB 9+, master's, 2-3 years, 18-35 → 24 + 23 + 11 + 12 = 70", () => {
    expect(4 * fswFirstLanguagePoints(9) + FSW_EDUCATION.masters + fswExperiencePoints(3) + fswAgePoints(30)).toBe(70);
  });

  it("the NOC table has 516 unit groups whose TEER is the code's second digit", () => {
    expect(NOC.size).toBe(516);
    for (const [code, row] of NOC) expect(row.teer, code).toBe(Number(code[1]));
    expect(NOC.get("21232")?.en).toBe("Software developers and programmers");
    expect(NOC.get("00012")?.en).toContain("Senior managers - financial");
  });

  it("the shipped 2026 category lists agree with ELIGIBILITY.md § 5", () => {
    expect(CATEGORY_CODES["physicians-canadian-experience"]).toEqual(CATEGORY_2026.physicians);
    expect(CATEGORY_CODES["senior-managers-canadian-experience"]).toEqual(CATEGORY_2026.seniorManagers);
    expect(CATEGORY_CODES["researchers-canadian-experience"]).toEqual(CATEGORY_2026.researchers);
    expect([...CATEGORY_CODES["transport"]!].sort()).toEqual([...CATEGORY_2026.transport].sort());
    expect(CATEGORY_CODES["skilled-military-recruits"]).toEqual(CATEGORY_2026.military);
    expect([CATEGORY_CODES["healthcare-social-services"]!.length, CATEGORY_CODES["stem"]!.length, CATEGORY_CODES["trades"]!.length, CATEGORY_CODES["education"]!.length]).toEqual([37, 11, 25, 5]);
    expect(CATEGORY_CODES["trades"]).toContain("63201");
    expect(CATEGORY_CODES["trades"]).not.toContain("63200");
  });
});
