/**
 * Language test results → CLB (English) / NCLC (French) levels, per ability, from IRCC's
 * equivalency tables (shared/domain/CRS-RULES.md). A score at or above a level's threshold earns
 * that level; a score below every threshold is level 0 ("below CLB 4").
 */

export type Ability = "listening" | "reading" | "writing" | "speaking";
export const ABILITIES: readonly Ability[] = ["listening", "reading", "writing", "speaking"];

export type TestKind = "ielts" | "celpip" | "pte_core" | "tef_canada" | "tcf_canada" | "clb";
export type OfficialLanguage = "en" | "fr";

export interface LanguageResult {
  test: TestKind;
  scores: Record<Ability, number>;
  /** For "clb": which language the levels are in. */
  language?: OfficialLanguage;
  /** ISO date of the test (chooses the TEF Canada scale). */
  testDate?: string;
}

export type Levels = Record<Ability, number>;

/** Minimum score for each level, highest level first: [level, L, R, W, S]. */
type Table = ReadonlyArray<readonly [level: number, listening: number, reading: number, writing: number, speaking: number]>;

const IELTS: Table = [
  [10, 8.5, 8.0, 7.5, 7.5],
  [9, 8.0, 7.0, 7.0, 7.0],
  [8, 7.5, 6.5, 6.5, 6.5],
  [7, 6.0, 6.0, 6.0, 6.0],
  [6, 5.5, 5.0, 5.5, 5.5],
  [5, 5.0, 4.0, 5.0, 5.0],
  [4, 4.5, 3.5, 4.0, 4.0],
];

// CELPIP-General: level = CLB for 4–9, 10–12 → CLB 10, 3 and below → below CLB 4.
const CELPIP: Table = [10, 9, 8, 7, 6, 5, 4].map((l) => [l, l, l, l, l] as const);

const PTE_CORE: Table = [
  [10, 89, 88, 90, 89],
  [9, 82, 78, 88, 84],
  [8, 71, 69, 79, 76],
  [7, 60, 60, 69, 68],
  [6, 50, 51, 60, 59],
  [5, 39, 42, 51, 51],
  [4, 28, 33, 41, 42],
  [3, 18, 24, 32, 34],
];

/** TEF Canada since 2023-12-10 (0–699). */
const TEF_2023: Table = [
  [10, 546, 546, 558, 556],
  [9, 503, 503, 512, 518],
  [8, 462, 462, 472, 494],
  [7, 434, 434, 428, 456],
  [6, 393, 393, 379, 422],
  [5, 352, 352, 330, 387],
  [4, 306, 306, 268, 328],
];

/** TEF Canada 2019-10-01 to 2023-12-09: the same bands for all four abilities. */
const TEF_2019: Table = [
  [10, 566, 566, 566, 566],
  [9, 533, 533, 533, 533],
  [8, 500, 500, 500, 500],
  [7, 450, 450, 450, 450],
  [6, 400, 400, 400, 400],
  [5, 350, 350, 350, 350],
  [4, 300, 300, 300, 300],
];

/** TEF before 2019-10-01 (R 0–300, W/S 0–450, L 0–360). */
const TEF_OLD: Table = [
  [10, 316, 263, 393, 393],
  [9, 298, 248, 371, 371],
  [8, 280, 233, 349, 349],
  [7, 249, 207, 310, 310],
  [6, 217, 181, 271, 271],
  [5, 181, 151, 226, 226],
  [4, 145, 121, 181, 181],
];

const TCF: Table = [
  [10, 549, 549, 16, 16],
  [9, 523, 524, 14, 14],
  [8, 503, 499, 12, 12],
  [7, 458, 453, 10, 10],
  [6, 398, 406, 7, 7],
  [5, 369, 375, 6, 6],
  [4, 331, 342, 4, 4],
];

export const TEF_SCALE_2023 = "2023-12-10";
export const TEF_SCALE_2019 = "2019-10-01";

export type TefScale = "2023" | "2019" | "old";

/** The TEF Canada scale in use on a test date; the current one when no date is given. */
export function tefScale(testDate?: string): TefScale {
  if (!testDate || testDate >= TEF_SCALE_2023) return "2023";
  return testDate >= TEF_SCALE_2019 ? "2019" : "old";
}

function tableFor(result: Pick<LanguageResult, "test" | "testDate">): Table | undefined {
  switch (result.test) {
    case "ielts": return IELTS;
    case "celpip": return CELPIP;
    case "pte_core": return PTE_CORE;
    case "tef_canada": {
      const scale = tefScale(result.testDate);
      return scale === "2023" ? TEF_2023 : scale === "2019" ? TEF_2019 : TEF_OLD;
    }
    case "tcf_canada": return TCF;
    case "clb": return undefined;
  }
}

const COLUMN: Record<Ability, 1 | 2 | 3 | 4> = { listening: 1, reading: 2, writing: 3, speaking: 4 };

/** The level one score earns on one ability. */
export function levelFor(result: Pick<LanguageResult, "test" | "testDate">, ability: Ability, score: number): number {
  const table = tableFor(result);
  if (!table) return Math.max(0, Math.min(12, Math.floor(score)));
  for (const row of table) if (score >= row[COLUMN[ability]]) return row[0];
  return 0;
}

export function levelsOf(result: LanguageResult): Levels {
  return {
    listening: levelFor(result, "listening", result.scores.listening),
    reading: levelFor(result, "reading", result.scores.reading),
    writing: levelFor(result, "writing", result.scores.writing),
    speaking: levelFor(result, "speaking", result.scores.speaking),
  };
}

/** The lowest score that earns `level` on an ability, or undefined when the test has no such level. */
export function minScoreFor(result: Pick<LanguageResult, "test" | "testDate">, ability: Ability, level: number): number | undefined {
  const table = tableFor(result);
  if (!table) return level;
  const row = table.find((r) => r[0] === level);
  return row?.[COLUMN[ability]];
}

/** The official language a result is in. */
export function languageOf(result: Pick<LanguageResult, "test" | "language">): OfficialLanguage {
  if (result.test === "clb") return result.language ?? "en";
  return result.test === "tef_canada" || result.test === "tcf_canada" ? "fr" : "en";
}

export const TEST_NAMES: Record<TestKind, string> = {
  ielts: "IELTS General Training",
  celpip: "CELPIP-General",
  pte_core: "PTE Core",
  tef_canada: "TEF Canada",
  tcf_canada: "TCF Canada",
  clb: "CLB/NCLC levels",
};
