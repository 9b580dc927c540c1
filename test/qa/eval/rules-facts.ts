import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { NOC_FILE, parseCsv } from "../../../src/core/eligibility/noc-catalogue.ts";

/**
 * The eval's own copy of the rules it checks answers against, transcribed from /work/shared/domain/*.md
 * (never from src/content or src/core). Each table names its source file and section.
 */

export type Ability = "listening" | "reading" | "writing" | "speaking";
export const ABILITIES: readonly Ability[] = ["listening", "reading", "writing", "speaking"];

// CRS-RULES.md § A "First official language, points per ability": CLB → [with spouse, without].
export function firstLanguagePoints(clb: number, withSpouse: boolean): number {
  const row = clb >= 10 ? [32, 34] : clb === 9 ? [29, 31] : clb === 8 ? [22, 23] : clb === 7 ? [16, 17] : clb === 6 ? [8, 9] : clb >= 4 ? [6, 6] : [0, 0];
  return row[withSpouse ? 0 : 1]!;
}

// CRS-RULES.md § A "Second official language, points per ability" (cap 22 with spouse / 24 without).
export const secondLanguagePoints = (clb: number) => (clb >= 9 ? 6 : clb >= 7 ? 3 : clb >= 5 ? 1 : 0);
export const secondLanguageTotal = (clbs: number[], withSpouse: boolean) => Math.min(withSpouse ? 22 : 24, clbs.reduce((a, c) => a + secondLanguagePoints(c), 0));

// CRS-RULES.md § B: spouse's first official language per ability.
export const spouseLanguagePoints = (clb: number) => (clb >= 9 ? 5 : clb >= 7 ? 3 : clb >= 5 ? 1 : 0);
// CRS-RULES.md § B: spouse's Canadian work experience (years 0..5+).
export const SPOUSE_CANADIAN_WORK = [0, 5, 7, 8, 9, 10] as const;
// CRS-RULES.md § A "Level of education", spouse factor column.
export const SPOUSE_EDUCATION = { secondary: 2, one_year: 6, two_year: 7, bachelors: 8, two_or_more: 9, masters: 10, doctoral: 10 } as const;
// CRS-RULES.md § A "Level of education": [with spouse, without].
export const EDUCATION = { secondary: [28, 30], one_year: [84, 90], two_year: [91, 98], bachelors: [112, 120], two_or_more: [119, 128], masters: [126, 135], doctoral: [140, 150] } as const;
// CRS-RULES.md § A "Canadian work experience": years → [with, without].
export const CANADIAN_WORK: ReadonlyArray<readonly [number, number]> = [[0, 0], [35, 40], [46, 53], [56, 64], [63, 72], [70, 80]];
// CRS-RULES.md § A "Age": age → [with spouse, without] (20–29 all 100 / 110).
export const AGE_POINTS: Record<number, readonly [number, number]> = {
  17: [0, 0], 18: [90, 99], 19: [95, 105], ...Object.fromEntries(Array.from({ length: 10 }, (_, i) => [20 + i, [100, 110] as const])),
  30: [95, 105], 31: [90, 99], 32: [85, 94], 33: [80, 88], 34: [75, 83], 35: [70, 77], 36: [65, 72], 37: [60, 66], 38: [55, 61], 39: [50, 55],
  40: [45, 50], 41: [35, 39], 42: [25, 28], 43: [15, 17], 44: [5, 6], 45: [0, 0],
};

// CRS-RULES.md § C: transferability tiers. Language tier from the lowest first-language ability.
export const languageTier = (minClb: number) => (minClb >= 9 ? 2 : minClb >= 7 ? 1 : 0);
/** Education × language or Canadian experience: education group "single" (1-yr..bachelor's) or "multi" (two+, master's, PhD). */
export function educationCombo(group: "single" | "multi", langTier: number, cdnYears: number): number {
  const step = (tier: number) => (tier === 0 ? 0 : group === "single" ? (tier === 1 ? 13 : 25) : tier === 1 ? 25 : 50);
  return Math.min(50, step(langTier) + step(cdnYears >= 2 ? 2 : cdnYears === 1 ? 1 : 0));
}
export function foreignCombo(foreignYears: number, langTier: number, cdnYears: number): number {
  if (foreignYears === 0) return 0;
  const big = foreignYears >= 3;
  const step = (tier: number) => (tier === 0 ? 0 : big ? (tier === 1 ? 25 : 50) : tier === 1 ? 13 : 25);
  return Math.min(50, step(langTier) + step(cdnYears >= 2 ? 2 : cdnYears === 1 ? 1 : 0));
}
// CRS-RULES.md § C "Certificate of qualification": CLB 5+ all with one below 7 → 25; CLB 7+ all → 50.
export const coqPoints = (minClb: number) => (minClb >= 7 ? 50 : minClb >= 5 ? 25 : 0);

// CRS-RULES.md § D "Additional points".
export const ADDITIONAL = { nomination: 600, sibling: 15, frenchWithEnglish: 50, frenchOnly: 25, canadianStudyShort: 15, canadianStudyLong: 30, jobOfferSince: "2025-03-25" } as const;

// CRS-RULES.md "Test score → CLB/NCLC". IELTS General Training thresholds per CLB 10..4.
const IELTS: Record<Ability, number[]> = {
  reading: [8.0, 7.0, 6.5, 6.0, 5.0, 4.0, 3.5],
  writing: [7.5, 7.0, 6.5, 6.0, 5.5, 5.0, 4.0],
  listening: [8.5, 8.0, 7.5, 6.0, 5.5, 5.0, 4.5],
  speaking: [7.5, 7.0, 6.5, 6.0, 5.5, 5.0, 4.0],
};
// PTE Core: lowest score of each CLB band 10..3.
const PTE: Record<Ability, number[]> = {
  reading: [88, 78, 69, 60, 51, 42, 33, 24],
  writing: [90, 88, 79, 69, 60, 51, 41, 32],
  listening: [89, 82, 71, 60, 50, 39, 28, 18],
  speaking: [89, 84, 76, 68, 59, 51, 42, 34],
};
// TEF Canada after 2023-12-10: lowest score of each NCLC band 10..4.
const TEF: Record<Ability, number[]> = {
  reading: [546, 503, 462, 434, 393, 352, 306],
  writing: [558, 512, 472, 428, 379, 330, 268],
  listening: [546, 503, 462, 434, 393, 352, 306],
  speaking: [556, 518, 494, 456, 422, 387, 328],
};
// TCF Canada: lowest score of each NCLC band 10..4 (writing and speaking out of 20).
const TCF: Record<Ability, number[]> = {
  reading: [549, 524, 499, 453, 406, 375, 342],
  writing: [16, 14, 12, 10, 7, 6, 4],
  listening: [549, 523, 503, 458, 398, 369, 331],
  speaking: [16, 14, 12, 10, 7, 6, 4],
};

export type Test = "ielts" | "celpip" | "pte" | "tef" | "tcf";
/** CLB/NCLC level for one ability's score; 0 means below the lowest level of the table. */
export function clbOf(test: Test, ability: Ability, score: number): number {
  if (test === "celpip") return score >= 10 ? 10 : score >= 4 ? score : 0;
  const table = { ielts: IELTS, pte: PTE, tef: TEF, tcf: TCF }[test][ability];
  const i = table.findIndex((min) => score >= min);
  return i < 0 ? 0 : 10 - i;
}

// ELIGIBILITY.md § 4 "Proof of settlement funds": from 2025-07-07 (1..7 members, then +4,112 each).
export const POF_EFFECTIVE = "2025-07-07";
export const POF = [15263, 19001, 23360, 28362, 32168, 36280, 40392] as const;
export const POF_PREVIOUS = [14690, 18288, 22483, 27297, 30690, 34917, 38875] as const;
export const POF_EACH_MORE = 4112;
export const pofFor = (n: number) => (n <= 7 ? POF[n - 1]! : POF[6] + (n - 7) * POF_EACH_MORE);

// ELIGIBILITY.md § 6 "Fees": from 2026-04-30 (processing fee of the principal applicant 990, RPRF 600); biometrics 85 / 170.
export const FEES = { since: "2026-04-30", processing: 990, processingBefore: 950, rprf: 600, rprfBefore: 575, biometrics: 85, biometricsFamily: 170 } as const;

// ELIGIBILITY.md § 1.1, § 2, § 3: program minimums.
export const PROGRAM_MIN = {
  fsw: { years: 1, hours: 1560, clb: 7, passMark: 67, window: 10 },
  cec: { years: 1, hours: 1560, window: 3, clbTeer01: 7, clbTeer23: 5 },
  fst: { years: 2, hours: 3120, window: 5, clbSpeakListen: 5, clbReadWrite: 4 },
} as const;
// ELIGIBILITY.md § 1.2 Factor 4 "Age" (FSW grid) and Factor 3 "Skilled work experience".
export const fswAgePoints = (age: number) => (age < 18 ? 0 : age <= 35 ? 12 : age >= 47 ? 0 : 12 - (age - 35));
export const fswExperiencePoints = (years: number) => (years >= 6 ? 15 : years >= 4 ? 13 : years >= 2 ? 11 : years >= 1 ? 9 : 0);
// ELIGIBILITY.md § 1.2 Factor 2 "Education" (FSW grid).
export const FSW_EDUCATION = { secondary: 5, one_year: 15, two_year: 19, three_year: 21, bachelors: 21, two_or_more: 22, masters: 23, doctoral: 25 } as const;
// ELIGIBILITY.md § 1.2 Factor 1 "Language": first official language per ability (below CLB 7 is not eligible, 0 here).
export const fswLanguagePoints = (clb: number) => (clb >= 9 ? 6 : clb === 8 ? 5 : clb === 7 ? 4 : 0);
// ELIGIBILITY.md § 1.2: second official language (all four at CLB 5+), Factor 5 arranged employment, Factor 6 relative in Canada, the adaptability cap.
export const FSW_GRID = { secondLanguage: 4, arrangedEmployment: 10, adaptabilityRelative: 5, adaptabilityMax: 10 } as const;

// ELIGIBILITY.md § 5: 2026 categories (announced 2026-02-18) and occupation codes of the new ones.
export const CATEGORY_2026 = {
  announced: "2026-02-18",
  experienceMonths: 12,
  physicians: ["31100", "31101", "31102"],
  seniorManagers: ["00012", "00013", "00014", "00015"],
  researchers: ["41200", "41201"],
  transport: ["72600", "72410", "72404", "22313"],
  military: ["40042", "42102", "43204"],
  // ELIGIBILITY.md § 5 "Education occupations: 5 codes" (list: data/category-occupations-2026.json).
  education: ["41220", "41221", "42202", "42203", "43100"],
} as const;

// ELIGIBILITY.md § 7: the reform is a proposal (consultation 2026-04-23 → 2026-05-24); proposed minimum CLB 6.
export const REFORM = { className: "Federal High-Skilled", proposedClb: 6, consultationFrom: "2026-04-23", consultationTo: "2026-05-24" } as const;

/*
 * Process facts that shared/domain does not tabulate (profile validity, 60 days to apply after an ITA,
 * medical exam, police certificates) are checked only by their stable, long-standing figures and words:
 * a profile stays in the pool up to 12 months; an ITA gives 60 days to submit. Source: the canada.ca pages
 * listed in OFFICIAL-LINKS.md ("Apply for permanent residence", "Documents for the application").
 */
export const PROCESS = { profileMonths: 12, daysToApply: 60 } as const;
// ELIGIBILITY.md § 1.1 "Language": approved test, results less than 2 years old.
export const LANGUAGE_TEST_VALID_YEARS = 2;

/*
 * More long-standing process figures, checked the same way (canada.ca "Documents for the application",
 * "Biometrics", "Check processing times", "Who can be a dependant"): police certificates from each country lived in
 * 6 months or more since age 18; biometrics valid 10 years; a dependent child is under 22; IRCC's service standard
 * for Express Entry applications is 6 months.
 */
export const PROCESS_MORE = { policeMonths: 6, policeFromAge: 18, biometricsValidYears: 10, dependentUnder: 22, standardMonths: 6 } as const;

// ../shared/data/README.md: data/noc-2021.csv holds the 516 NOC 2021 unit groups (`code,teer,title_en,title_fr`),
// read once with the project's own CSV reader (titles may hold quoted commas).
export const NOC: ReadonlyMap<string, { teer: number; en: string; fr: string }> = new Map(
  parseCsv(readFileSync(NOC_FILE, "utf8")).slice(1).map(([code, teer, en, fr]) => [code!, { teer: Number(teer), en: en!, fr: fr! }] as const),
);
export const NOC_TEER: ReadonlyMap<string, number> = new Map([...NOC].map(([code, row]) => [code, row.teer]));
/** The TEER of a NOC 2021 code, or a thrown error for a code that is not a unit group (so a typo in a case shows). */
export function teerOf(code: string): number {
  const t = NOC_TEER.get(code);
  if (t === undefined) throw new Error(`not a NOC 2021 unit group: ${code}`);
  return t;
}

// ELIGIBILITY.md § 1.2: the FSW selection grid (pass mark 67 of 100), distinct from CRS.
export const FSW_GRID_MAX = { language: 28, education: 25, experience: 15, age: 12, arrangedEmployment: 10, adaptability: 10 } as const;
/** Factor 1, first official language, points per ability (below CLB 7 is not eligible: 0 here). */
export const fswFirstLanguagePoints = fswLanguagePoints;
/** Factor 1, second official language: 4 when CLB 5+ in all four abilities, else 0. */
export const fswSecondLanguagePoints = (clbs: number[]) => (clbs.length === 4 && clbs.every((c) => c >= 5) ? 4 : 0);
/** Factor 5, arranged employment: 10 with a valid offer (still awarded after CRS job-offer points went on 2025-03-25). */
export const FSW_ARRANGED_EMPLOYMENT = 10;
/** Factor 6, adaptability elements, the sum capped at 10. */
export const FSW_ADAPTABILITY = { spouseLanguage: 5, ownStudy: 5, spouseStudy: 5, ownWork: 10, spouseWork: 5, arrangedEmployment: 5, relative: 5, cap: 10 } as const;

/** The shipped 2026 category lists (data/category-occupations-2026.json, as of 2026-07-27). */
export const CATEGORY_CODES: Readonly<Record<string, readonly string[]>> = JSON.parse(
  readFileSync(fileURLToPath(new URL("../../../data/category-occupations-2026.json", import.meta.url)), "utf8"),
).categories;
