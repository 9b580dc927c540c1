import { describe, expect, it } from "vitest";
import { CATEGORIES_2026 } from "../../../src/content/eligibility/categories.ts";
import { SOURCES } from "../../../src/content/eligibility/sources.ts";
import { CEC_RULES } from "../../../src/content/eligibility/cec.ts";
import { FST_RULES } from "../../../src/content/eligibility/fst.ts";
import { FSW_FACTOR_MAX, FSW_GRID, FSW_MINIMUMS } from "../../../src/content/eligibility/fsw.ts";
import { nocCatalogue } from "../../../src/core/eligibility/noc-catalogue.ts";
import {
  categoriesListing, fswAbilityPoints, fswAgePoints, fswEducationPoints, fswExperiencePoints, fundsRequired, isFstTrade, programsForTeer,
} from "../../../src/core/eligibility/rules.ts";

describe("eligibility rules as data", () => {
  it("GIVEN the FSW grid THEN its factor maxima sum to 100 and the pass mark is 67", () => {
    expect(Object.values(FSW_FACTOR_MAX).reduce((a, b) => a + b, 0)).toBe(100);
    expect(FSW_MINIMUMS.passMark.points).toBe(67);
    expect(4 * fswAbilityPoints(12) + FSW_GRID.language.second.points).toBe(FSW_FACTOR_MAX.language);
  });

  it("GIVEN every rule THEN each cites known sources with a date", () => {
    const cited = [...Object.values(FSW_MINIMUMS), ...Object.values(CEC_RULES), ...Object.values(FST_RULES), FSW_GRID.age, FSW_GRID.education];
    for (const rule of cited) {
      expect(rule.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const id of rule.sources) expect(SOURCES[id].url).toMatch(/^https:\/\//);
    }
  });

  it("GIVEN ages at the edges THEN FSW age points follow the grid", () => {
    expect([17, 18, 35, 36, 40, 46, 47, 60].map(fswAgePoints)).toEqual([0, 12, 12, 11, 7, 1, 0, 0]);
  });

  it("GIVEN CLB levels and years THEN per-ability and experience points follow the grid", () => {
    expect([6, 7, 8, 9, 10].map(fswAbilityPoints)).toEqual([0, 4, 5, 6, 6]);
    expect([0, 1, 2, 3, 4, 5, 6, 9].map(fswExperiencePoints)).toEqual([0, 9, 11, 11, 13, 13, 15, 15]);
    expect(fswEducationPoints("masters", true)).toBe(23);
    expect(fswEducationPoints("masters", false)).toBe(0);
  });

  it("GIVEN family sizes THEN the 2025-07-07 funds table applies, +4,112 per member past 7", () => {
    expect([1, 2, 7, 8, 10].map(fundsRequired)).toEqual([15_263, 19_001, 40_392, 44_504, 52_728]);
  });

  it("GIVEN NOC codes THEN FST trades follow the NOC 2021 groups with 726 and 932 carved out", () => {
    expect(["72100", "73100", "82010", "83100", "92010", "93100", "63200", "63201", "62200"].every(isFstTrade)).toBe(true);
    expect(["72600", "93200", "62100", "21231", "63100", "74100"].some(isFstTrade)).toBe(false);
  });

  it("GIVEN the bundled data THEN 516 unit groups, every category code is one of them", () => {
    const noc = nocCatalogue();
    expect(noc.units).toHaveLength(516);
    expect(noc.get("21231")?.teer).toBe(1);
    for (const c of CATEGORIES_2026.categories) for (const code of c.nocs) expect(noc.get(code), `${c.key} ${code}`).toBeDefined();
    expect(CATEGORIES_2026.categories.map((c) => c.key)[0]).toBe("french-language-proficiency");
    expect(categoriesListing("31100").map((c) => c.key)).toEqual(["healthcare-social-services", "physicians-canadian-experience"]);
    expect(programsForTeer("72600", 2)).toEqual({ fsw: true, cec: true, fst: false });
  });
});
