import { describe, expect, it } from "vitest";
import { levelFor, tefScale, type Ability, type LanguageResult } from "../../../src/core/crs/language.ts";

// The equivalency tables of shared/domain/CRS-RULES.md, typed again here from the document so a
// wrong threshold in the code cannot agree with itself. Columns: level, L, R, W, S (lowest score of the level).
type Rows = Array<[number, number, number, number, number]>;
const TABLES: Array<{ name: string; test: Pick<LanguageResult, "test" | "testDate">; step: number; rows: Rows; floor: number }> = [
  { name: "IELTS General", test: { test: "ielts" }, step: 0.5, floor: 0,
    rows: [[10, 8.5, 8, 7.5, 7.5], [9, 8, 7, 7, 7], [8, 7.5, 6.5, 6.5, 6.5], [7, 6, 6, 6, 6], [6, 5.5, 5, 5.5, 5.5], [5, 5, 4, 5, 5], [4, 4.5, 3.5, 4, 4]] },
  { name: "CELPIP-General", test: { test: "celpip" }, step: 1, floor: 0,
    rows: [[10, 10, 10, 10, 10], [9, 9, 9, 9, 9], [8, 8, 8, 8, 8], [7, 7, 7, 7, 7], [6, 6, 6, 6, 6], [5, 5, 5, 5, 5], [4, 4, 4, 4, 4]] },
  { name: "PTE Core", test: { test: "pte_core" }, step: 1, floor: 10,
    rows: [[10, 89, 88, 90, 89], [9, 82, 78, 88, 84], [8, 71, 69, 79, 76], [7, 60, 60, 69, 68], [6, 50, 51, 60, 59], [5, 39, 42, 51, 51], [4, 28, 33, 41, 42], [3, 18, 24, 32, 34]] },
  { name: "TEF Canada (since 2023-12-10)", test: { test: "tef_canada" }, step: 1, floor: 0,
    rows: [[10, 546, 546, 558, 556], [9, 503, 503, 512, 518], [8, 462, 462, 472, 494], [7, 434, 434, 428, 456], [6, 393, 393, 379, 422], [5, 352, 352, 330, 387], [4, 306, 306, 268, 328]] },
  { name: "TEF Canada (2019-10-01 to 2023-12-09)", test: { test: "tef_canada", testDate: "2022-05-01" }, step: 1, floor: 0,
    rows: [[10, 566, 566, 566, 566], [9, 533, 533, 533, 533], [8, 500, 500, 500, 500], [7, 450, 450, 450, 450], [6, 400, 400, 400, 400], [5, 350, 350, 350, 350], [4, 300, 300, 300, 300]] },
  { name: "TEF (before 2019-10-01)", test: { test: "tef_canada", testDate: "2018-06-01" }, step: 1, floor: 0,
    rows: [[10, 316, 263, 393, 393], [9, 298, 248, 371, 371], [8, 280, 233, 349, 349], [7, 249, 207, 310, 310], [6, 217, 181, 271, 271], [5, 181, 151, 226, 226], [4, 145, 121, 181, 181]] },
  { name: "TCF Canada", test: { test: "tcf_canada" }, step: 1, floor: 0,
    rows: [[10, 549, 549, 16, 16], [9, 523, 524, 14, 14], [8, 503, 499, 12, 12], [7, 458, 453, 10, 10], [6, 398, 406, 7, 7], [5, 369, 375, 6, 6], [4, 331, 342, 4, 4]] },
];
const ABILITY_COLUMNS: Array<[Ability, 1 | 2 | 3 | 4]> = [["listening", 1], ["reading", 2], ["writing", 3], ["speaking", 4]];

describe("test score → CLB/NCLC, every threshold just below, at and above", () => {
  for (const table of TABLES) {
    it(`${table.name}`, () => {
      for (const [ability, col] of ABILITY_COLUMNS) {
        table.rows.forEach((row, i) => {
          const level = row[0];
          const min = row[col];
          const below = i + 1 < table.rows.length ? table.rows[i + 1]![0] : 0;
          expect(levelFor(table.test, ability, min), `${ability} ${min}`).toBe(level);
          const higher = table.rows[i - 1];
          const above = higher && higher[col] <= min + table.step ? higher[0] : level;
          expect(levelFor(table.test, ability, min + table.step), `${ability} ${min + table.step}`).toBe(above);
          if (min - table.step >= table.floor) expect(levelFor(table.test, ability, min - table.step), `${ability} ${min - table.step}`).toBe(below);
        });
      }
    });
  }

  it("CELPIP 11 and 12 count as CLB 10; CELPIP 3 is below CLB 4", () => {
    expect(levelFor({ test: "celpip" }, "reading", 12)).toBe(10);
    expect(levelFor({ test: "celpip" }, "reading", 11)).toBe(10);
    expect(levelFor({ test: "celpip" }, "reading", 3)).toBe(0);
  });

  it("TEF scale follows the test date; the current scale when no date is given", () => {
    expect(tefScale()).toBe("2023");
    expect(tefScale("2023-12-10")).toBe("2023");
    expect(tefScale("2023-12-09")).toBe("2019");
    expect(tefScale("2019-10-01")).toBe("2019");
    expect(tefScale("2019-09-30")).toBe("old");
    // 450 on the old reading scale is far above NCLC 10; 450 on the 2019 scale is NCLC 7.
    expect(levelFor({ test: "tef_canada", testDate: "2019-01-01" }, "writing", 393)).toBe(10);
    expect(levelFor({ test: "tef_canada", testDate: "2020-01-01" }, "writing", 450)).toBe(7);
    expect(levelFor({ test: "tef_canada" }, "writing", 450)).toBe(7);
    expect(levelFor({ test: "tef_canada" }, "speaking", 450)).toBe(6);
  });
});
