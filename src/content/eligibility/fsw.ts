import type { Cited } from "./sources.ts";

/**
 * Federal Skilled Worker Program: the minimum requirements and the 67-point selection grid, as
 * data (shared/domain/ELIGIBILITY.md §1, researched 2026-11-21). Every table names its sources.
 */

export const FSW_MINIMUMS = {
  work: {
    /** 1 year = 30 h/week × 52 weeks; part-time counts by hours (e.g. 15 h/week × 24 months). */
    hours: 1_560,
    weeklyHoursCounted: 30,
    windowYears: 10,
    teers: [0, 1, 2, 3],
    continuous: true,
    oneOccupation: true,
    countries: "canada or abroad",
    sources: ["pdiWork", "sixFactors", "fswPage"],
    asOf: "2022-11-16",
  },
  language: { clbEachAbility: 7, validYears: 2, sources: ["sixFactors", "fswPage"], asOf: "2023-09-10" },
  education: { foreignNeedsEca: true, sources: ["sixFactors", "fswPage"], asOf: "2023-09-10" },
  passMark: { points: 67, outOf: 100, sources: ["pdiAge", "pdiEducation", "pdiWork", "pdiArranged", "sixFactors"], asOf: "2023-09-10" },
  funds: { exemptWhen: "authorized to work in Canada and a valid job offer", sources: ["funds2025"], asOf: "2025-07-07" },
} as const satisfies Record<string, Cited & Record<string, unknown>>;

/** The factor maxima (sum 100). */
export const FSW_FACTOR_MAX = { language: 28, education: 25, experience: 15, age: 12, arrangedEmployment: 10, adaptability: 10 } as const;

export type FswFactor = keyof typeof FSW_FACTOR_MAX;

export const FSW_GRID = {
  language: {
    /** First official language, per ability, by CLB (9 or higher → 6; below 7 → not eligible, 0 points). */
    firstPerAbility: [
      { minClb: 9, points: 6 },
      { minClb: 8, points: 5 },
      { minClb: 7, points: 4 },
    ],
    /** Second official language: all-or-nothing, CLB 5+ in all four abilities. */
    second: { minClbAllFour: 5, points: 4 },
    sources: ["sixFactors", "fswPage"],
    asOf: "2026-08-15",
  },
  education: {
    /** Canadian credential, or foreign + ECA equivalence. 23 also for an entry-to-practice degree of a licensed TEER 1 occupation (IRPR s.78(1)(f)). */
    points: { doctoral: 25, masters: 23, two_or_more: 22, bachelors: 21, two_year: 19, one_year: 15, secondary: 5, none: 0 } satisfies Record<"none" | "secondary" | "one_year" | "two_year" | "bachelors" | "two_or_more" | "masters" | "doctoral", number>,
    sources: ["irpr78", "pdiEducation"],
    asOf: "2022-11-16",
  },
  experience: {
    /** Full years (1,560 h each) of TEER 0–3 work in the 10 years before applying. */
    byYears: [
      { minYears: 6, points: 15 },
      { minYears: 4, points: 13 },
      { minYears: 2, points: 11 },
      { minYears: 1, points: 9 },
    ],
    sources: ["pdiWork"],
    asOf: "2022-11-16",
  },
  age: {
    /** Age on the day the application is received; under 18 and 47+ score 0. */
    points: { 36: 11, 37: 10, 38: 9, 39: 8, 40: 7, 41: 6, 42: 5, 43: 4, 44: 3, 45: 2, 46: 1 } as Readonly<Record<number, number>>,
    full: { from: 18, to: 35, points: 12 },
    sources: ["pdiAge"],
    asOf: "2013-05-04",
  },
  arrangedEmployment: {
    points: 10,
    /** The offer: one employer, full-time (≥ 30 h/week), non-seasonal, ≥ 1 year, TEER 0–3, LMIA or exempt. */
    minWeeklyHours: 30,
    note: "FSW points still exist although CRS job-offer points were removed on 2025-03-25.",
    sources: ["pdiArranged"],
    asOf: "2013-05-04",
  },
  adaptability: {
    cap: 10,
    points: {
      spouseLanguage: 5,
      ownStudyInCanada: 5,
      spouseStudyInCanada: 5,
      ownWorkInCanada: 10,
      spouseWorkInCanada: 5,
      arrangedEmployment: 5,
      relativeInCanada: 5,
    },
    /** Accompanying spouse's language: CLB/NCLC 4+ in all four abilities. */
    spouseLanguageMinClb: 4,
    /** Own Canadian work: ≥ 1 year full-time (≥ 30 h/week jobs only), TEER 0–3, authorized. */
    ownWorkHours: 1_560,
    ownWorkMinWeeklyHours: 30,
    sources: ["sixFactors", "fswPage"],
    asOf: "2026-08-15",
  },
} as const;
