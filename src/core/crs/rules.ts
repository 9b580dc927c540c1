/**
 * The CRS points grid as data, one table per set of rules with the date it took effect. The next
 * change of rules is a new table with its date, not an edit of the calculator.
 * Source: shared/domain/CRS-RULES.md (Ministerial Instructions; IRCC's CRS criteria page).
 */

export type Education = "none" | "secondary" | "one_year" | "two_year" | "bachelors" | "two_or_more" | "masters" | "doctoral";
export const EDUCATION_LEVELS: readonly Education[] = ["none", "secondary", "one_year", "two_year", "bachelors", "two_or_more", "masters", "doctoral"];

/** Points with an accompanying spouse / without. */
export interface Pair {
  with: number;
  without: number;
}

export interface CrsRules {
  /** The date these rules took effect (ISO). Results name it. */
  effective: string;
  /** Where the rules come from, for people. */
  source: string;
  /** Age 0…45 → points (index = age; 45 and over score the last entry). */
  age: { with: readonly number[]; without: readonly number[] };
  education: Record<Education, Pair & { spouse: number }>;
  /** First official language, per ability, by CLB (index 0…10; 10 = CLB 10 or more). */
  firstLanguage: { with: readonly number[]; without: readonly number[] };
  /** Second official language, per ability, by CLB; capped in total. */
  secondLanguage: { perAbility: readonly number[]; cap: Pair };
  /** Canadian skilled work, by years 0…5. */
  canadianWork: { with: readonly number[]; without: readonly number[] };
  spouse: { language: readonly number[]; canadianWork: readonly number[] };
  transferability: {
    /** Points by education tier (0 = secondary or less, 1 = one credential of 1+ years, 2 = two or more / master's / PhD). */
    education: { language: readonly [readonly number[], readonly number[]]; canadianWork: readonly [readonly number[], readonly number[]] };
    /** By foreign tier (0 = none, 1 = 1–2 years, 2 = 3+ years); [CLB 7 tier, CLB 9 tier] and [1 year, 2+ years]. */
    foreign: { language: readonly [readonly number[], readonly number[]]; canadianWork: readonly [readonly number[], readonly number[]] };
    /** Certificate of qualification: [CLB 5+ with one under 7, CLB 7+ in all four]. */
    certificate: readonly [number, number];
    groupCap: number;
    cap: number;
  };
  additional: {
    provincialNomination: number;
    jobOffer: { teer_0_1_2_3: number; teer_major_group_00: number };
    /** NCLC 7+ in all four French abilities: with English CLB 4 or less (or none) / with CLB 5+ in all four. */
    french: { weakEnglish: number; strongEnglish: number };
    canadianStudy: { one_or_two_year: number; three_year_plus: number };
    sibling: number;
    cap: number;
  };
  coreCap: Pair;
  /** Core + spouse together. */
  coreAndSpouseCap: number;
  total: number;
}

/** In force since 2025-03-25: arranged employment no longer earns points. */
export const RULES_2025_03_25: CrsRules = {
  effective: "2025-03-25",
  source: "Ministerial Instructions respecting the Express Entry system, as amended 2025-03-25",
  age: {
    //     0…17                                 18  19  20…29                                    30  31  32  33  34  35  36  37  38  39  40  41  42  43  44  45+
    with: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 90, 95, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 95, 90, 85, 80, 75, 70, 65, 60, 55, 50, 45, 35, 25, 15, 5, 0],
    without: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 99, 105, 110, 110, 110, 110, 110, 110, 110, 110, 110, 110, 105, 99, 94, 88, 83, 77, 72, 66, 61, 55, 50, 39, 28, 17, 6, 0],
  },
  education: {
    none: { with: 0, without: 0, spouse: 0 },
    secondary: { with: 28, without: 30, spouse: 2 },
    one_year: { with: 84, without: 90, spouse: 6 },
    two_year: { with: 91, without: 98, spouse: 7 },
    bachelors: { with: 112, without: 120, spouse: 8 },
    two_or_more: { with: 119, without: 128, spouse: 9 },
    masters: { with: 126, without: 135, spouse: 10 },
    doctoral: { with: 140, without: 150, spouse: 10 },
  },
  //                 CLB: 0  1  2  3  4  5  6   7   8   9   10
  firstLanguage: { with: [0, 0, 0, 0, 6, 6, 8, 16, 22, 29, 32], without: [0, 0, 0, 0, 6, 6, 9, 17, 23, 31, 34] },
  secondLanguage: { perAbility: [0, 0, 0, 0, 0, 1, 1, 3, 3, 6, 6], cap: { with: 22, without: 24 } },
  canadianWork: { with: [0, 35, 46, 56, 63, 70], without: [0, 40, 53, 64, 72, 80] },
  spouse: { language: [0, 0, 0, 0, 0, 1, 1, 3, 3, 5, 5], canadianWork: [0, 5, 7, 8, 9, 10] },
  transferability: {
    education: { language: [[0, 13, 25], [0, 25, 50]], canadianWork: [[0, 13, 25], [0, 25, 50]] },
    foreign: { language: [[0, 13, 25], [0, 25, 50]], canadianWork: [[0, 13, 25], [0, 25, 50]] },
    certificate: [25, 50],
    groupCap: 50,
    cap: 100,
  },
  additional: {
    provincialNomination: 600,
    jobOffer: { teer_0_1_2_3: 0, teer_major_group_00: 0 },
    french: { weakEnglish: 25, strongEnglish: 50 },
    canadianStudy: { one_or_two_year: 15, three_year_plus: 30 },
    sibling: 15,
    cap: 600,
  },
  coreCap: { with: 460, without: 500 },
  coreAndSpouseCap: 500,
  total: 1200,
};

/** 2020-10-27 to 2025-03-24: the same grid, with 50 or 200 points for a qualifying job offer. */
export const RULES_2020_10_27: CrsRules = {
  ...RULES_2025_03_25,
  effective: "2020-10-27",
  source: "Ministerial Instructions respecting the Express Entry system, 2020-10-27 to 2025-03-24",
  additional: { ...RULES_2025_03_25.additional, jobOffer: { teer_0_1_2_3: 50, teer_major_group_00: 200 } },
};

/** Every table we have, newest first. */
export const RULES: readonly CrsRules[] = [RULES_2025_03_25, RULES_2020_10_27];

export const CURRENT_RULES = RULES_2025_03_25;

/** The rules in force on a date (ISO); the current rules when no date is given. Undefined before the oldest table. */
export function rulesOn(date?: string): CrsRules | undefined {
  if (!date) return CURRENT_RULES;
  return RULES.find((r) => r.effective <= date);
}
