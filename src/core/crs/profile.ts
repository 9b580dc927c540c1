import { z } from "zod";
import { parseIsoDate } from "../draws/date-text.ts";
import { ABILITIES, languageOf, tefScale, type Ability, type LanguageResult, type TestKind } from "./language.ts";
import { EDUCATION_LEVELS, type Education } from "./rules.ts";
import { ELIGIBILITY_FIELDS, SPOUSE_ELIGIBILITY_FIELDS } from "./eligibility-fields.ts";

/**
 * The CRS profile (shared/domain/CRS-PROFILE.md; field names and values are fixed) and its
 * validation. An impossible profile is refused with one message per wrong field, each saying what
 * the field accepts.
 */

export type MaritalStatus = "single" | "married" | "common_law";
export type CanadianStudy = "none" | "one_or_two_year" | "three_year_plus";
export type JobOffer = "none" | "teer_0_1_2_3" | "teer_major_group_00";

export interface SpouseProfile {
  education: Education;
  language: LanguageResult | null;
  canadianWorkYears: number;
}

export interface CrsProfile {
  age: number;
  maritalStatus: MaritalStatus;
  spouseAccompanying: boolean | null;
  spouseCanadianOrPR: boolean | null;
  education: Education;
  canadianStudy: CanadianStudy;
  firstLanguage: LanguageResult;
  secondLanguage: LanguageResult | null;
  canadianWorkYears: number;
  foreignWorkYears: number;
  certificateOfQualification: boolean;
  spouse: SpouseProfile | null;
  provincialNomination: boolean;
  siblingInCanada: boolean;
  jobOffer: JobOffer;
}

/** The range of scores each test accepts, per ability, with the words to say it. */
interface ScoreRange {
  min: number;
  max: number;
  step: number;
  says: string;
}

function scoreRange(test: TestKind, ability: Ability, testDate?: string): ScoreRange {
  switch (test) {
    case "ielts": return { min: 0, max: 9, step: 0.5, says: "IELTS bands go from 0 to 9 in steps of 0.5" };
    case "celpip": return { min: 0, max: 12, step: 1, says: "CELPIP levels are whole numbers from 0 to 12" };
    case "pte_core": return { min: 10, max: 90, step: 1, says: "PTE Core scores are whole numbers from 10 to 90" };
    case "tcf_canada":
      return ability === "writing" || ability === "speaking"
        ? { min: 0, max: 20, step: 1, says: "TCF Canada writing and speaking are scored from 0 to 20" }
        : { min: 100, max: 699, step: 1, says: "TCF Canada listening and reading are scored from 100 to 699" };
    case "tef_canada": {
      if (tefScale(testDate) !== "old") return { min: 0, max: 699, step: 1, says: "TEF Canada scores go from 0 to 699" };
      const max = { reading: 300, listening: 360, writing: 450, speaking: 450 }[ability];
      return { min: 0, max, step: 1, says: `TEF scores before 2019-10-01 go from 0 to ${max} for ${ability}` };
    }
    case "clb": return { min: 0, max: 12, step: 1, says: "CLB/NCLC levels are whole numbers from 0 to 12" };
  }
}

const TESTS = ["ielts", "celpip", "pte_core", "tef_canada", "tcf_canada", "clb"] as const;
const listOf = (values: readonly string[]) => values.map((v) => `"${v}"`).join(", ");
const oneOf = <const T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, { error: (i) => (i.input === undefined ? `is required: ${what} (${listOf(values)})` : `must be one of ${listOf(values)}`) });
const bool = (what: string) => z.boolean({ error: (i) => (i.input === undefined ? `is required: ${what} (true or false)` : "must be true or false") });
const int = (min: number, max: number, what: string) =>
  z.number({ error: (i) => (i.input === undefined ? `is required: ${what}` : `must be a number (${what})`) })
    .int({ error: `must be a whole number from ${min} to ${max}` })
    .min(min, { error: `must be from ${min} to ${max} (${what})` })
    .max(max, { error: `must be from ${min} to ${max} (${what})` });

const scoreNumber = z.number({ error: (i) => (i.input === undefined ? "is required" : "must be a number") });

export const LanguageSchema = z
  .object(
    {
      test: oneOf(TESTS, "the language test"),
      scores: z.object(
        { listening: scoreNumber, reading: scoreNumber, writing: scoreNumber, speaking: scoreNumber },
        { error: "must give listening, reading, writing and speaking" },
      ).strict(),
      language: z.enum(["en", "fr"], { error: 'must be "en" (CLB) or "fr" (NCLC)' }).optional(),
      testDate: z.string().refine((d) => parseIsoDate(d) !== null, { error: "must be a date written YYYY-MM-DD" }).optional(),
    },
    { error: "must be a language result: { test, scores: { listening, reading, writing, speaking } }" },
  )
  .strict()
  .superRefine((value, ctx) => {
    if (value.test === "clb" && !value.language)
      ctx.addIssue({ code: "custom", path: ["language"], message: 'is required with "clb": "en" for CLB (English) or "fr" for NCLC (French)' });
    if (value.test !== "clb" && value.language && value.language !== languageOf(value))
      ctx.addIssue({ code: "custom", path: ["language"], message: `does not match the test: ${value.test} is in ${languageOf(value) === "en" ? "English" : "French"}` });
    for (const ability of ABILITIES) {
      const score = value.scores[ability];
      const range = scoreRange(value.test, ability, value.testDate);
      const offStep = Math.abs(score / range.step - Math.round(score / range.step)) > 1e-9;
      if (score < range.min || score > range.max || offStep)
        ctx.addIssue({ code: "custom", path: ["scores", ability], message: `${range.says} (got ${score})` });
    }
  });

const EDUCATION = EDUCATION_LEVELS as unknown as [Education, ...Education[]];

export const spouseShape = {
  education: oneOf(EDUCATION, "the spouse's highest education"),
  language: LanguageSchema.nullable().default(null),
  canadianWorkYears: int(0, 5, "years of skilled Canadian work; 5 means 5 or more").default(0),
};
export const SPOUSE_ERROR = "must be null or { education, language, canadianWorkYears }";

/** Fields of the eligibility profile (ELIGIBILITY-PROFILE.md) that the CRS accepts and ignores. */
const ignored = (names: readonly string[]) => Object.fromEntries(names.map((n) => [n, z.unknown().optional()]));

const SpouseSchema = z.object({ ...spouseShape, ...ignored(SPOUSE_ELIGIBILITY_FIELDS) }, { error: SPOUSE_ERROR }).strict();

const STUDY_RANK: Record<string, number> = { none: 0, one_or_two_year: 1, three_year_plus: 2 };
const EDUCATION_RANK = Object.fromEntries(EDUCATION_LEVELS.map((e, i) => [e, i]));

export const crsShape = {
      age: z
        .number({ error: (i) => (i.input === undefined ? "is required: age in years on the day the profile is scored" : "must be a number of years") })
        .int({ error: "must be a whole number of years" })
        .min(17, { error: "must be 17 or more: Express Entry candidates are adults" })
        .max(99, { error: "must be 99 or less" }),
      maritalStatus: oneOf(["single", "married", "common_law"], "marital status; divorced, separated or widowed count as single"),
      spouseAccompanying: z.boolean({ error: "must be true, false or null" }).nullable().default(null),
      spouseCanadianOrPR: z.boolean({ error: "must be true, false or null" }).nullable().default(null),
      education: oneOf(EDUCATION, "the highest level of education"),
      canadianStudy: oneOf(["none", "one_or_two_year", "three_year_plus"], "a Canadian post-secondary credential").default("none"),
      firstLanguage: LanguageSchema,
      secondLanguage: LanguageSchema.nullable().default(null),
      canadianWorkYears: int(0, 5, "years of skilled Canadian work in the last 10 years; 5 means 5 or more").default(0),
      foreignWorkYears: int(0, 3, "years of skilled foreign work in the last 10 years; 3 means 3 or more").default(0),
      certificateOfQualification: bool("a provincial or territorial certificate of qualification").default(false),
      spouse: SpouseSchema.nullable().default(null),
      provincialNomination: bool("a provincial or territorial nomination").default(false),
      siblingInCanada: bool("a brother or sister in Canada who is a citizen or PR").default(false),
      jobOffer: oneOf(["none", "teer_0_1_2_3", "teer_major_group_00"], "a qualifying job offer").default("none"),
};
export const PROFILE_ERROR = "must be a JSON object with the profile's fields (see CRS-PROFILE)";

/** The checks across CRS fields, shared with the eligibility profile. */
export function refineCrs(p: z.output<z.ZodObject<typeof crsShape>>, ctx: z.RefinementCtx): void {
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (p.maritalStatus === "single") {
      if (p.spouseAccompanying) issue("spouseAccompanying", "must be null or false for a single candidate");
      if (p.spouseCanadianOrPR) issue("spouseCanadianOrPR", "must be null or false for a single candidate");
      if (p.spouse) issue("spouse", "must be null for a single candidate (spouse results are only for married or common-law candidates)");
    } else {
      if (p.spouseAccompanying === null) issue("spouseAccompanying", "is required for a married or common-law candidate: is your spouse or partner coming to Canada? (true or false)");
      if (p.spouseCanadianOrPR === null) issue("spouseCanadianOrPR", "is required for a married or common-law candidate: is your spouse or partner a Canadian citizen or PR? (true or false)");
    }
    if (p.secondLanguage && languageOf(p.secondLanguage) === languageOf(p.firstLanguage))
      issue("secondLanguage", `must be in the other official language: the first language is ${languageOf(p.firstLanguage) === "en" ? "English, so the second must be French (TEF Canada, TCF Canada or NCLC)" : "French, so the second must be English (IELTS, CELPIP, PTE Core or CLB)"}`);
    if (STUDY_RANK[p.canadianStudy]! > 0 && EDUCATION_RANK[p.education]! < EDUCATION_RANK[p.canadianStudy === "three_year_plus" ? "bachelors" : "one_year"]!)
      issue("canadianStudy", `does not fit the education level "${p.education}": a Canadian ${p.canadianStudy === "three_year_plus" ? "credential of 3+ years means at least \"bachelors\"" : "post-secondary credential means at least \"one_year\""}`);
}

export const ProfileSchema = z
  .object({ ...crsShape, spouse: SpouseSchema.nullable().default(null), ...ignored(ELIGIBILITY_FIELDS) }, { error: PROFILE_ERROR })
  .strict()
  .superRefine(refineCrs);

/** One wrong field: its path ("firstLanguage.scores.reading") and what it accepts. */
export interface FieldError {
  field: string;
  message: string;
}

export type ProfileCheck = { ok: true; profile: CrsProfile } | { ok: false; errors: FieldError[] };

export function validateProfile(input: unknown): ProfileCheck {
  const result = ProfileSchema.safeParse(input);
  if (result.success) return { ok: true, profile: crsPart(result.data as CrsProfile) };
  return { ok: false, errors: fieldErrors(result.error) };
}

/** The CRS fields alone (an eligibility profile carries more). */
function crsPart(p: CrsProfile): CrsProfile {
  const keep = Object.keys(crsShape);
  const out = Object.fromEntries(Object.entries(p).filter(([k]) => keep.includes(k))) as unknown as CrsProfile;
  if (p.spouse) out.spouse = { education: p.spouse.education, language: p.spouse.language, canadianWorkYears: p.spouse.canadianWorkYears };
  return out;
}

/** One message per wrong field, each naming the field by its path. */
export function fieldErrors(error: z.ZodError): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) errors.push({ field: [...issue.path, key].join("."), message: "is not a profile field (check the spelling; see CRS-PROFILE)" });
      continue;
    }
    const field = issue.path.join(".") || "(profile)";
    if (seen.has(field)) continue; // one message per field
    seen.add(field);
    errors.push({ field, message: issue.message });
  }
  return errors;
}

/** Checks one language result on its own (the wizard checks each step's scores as they are typed). */
export function validateLanguageResult(input: unknown): FieldError[] {
  const result = LanguageSchema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({ field: issue.path.join("."), message: issue.message }));
}

export function formatFieldErrors(errors: readonly FieldError[]): string {
  return errors.map((e) => `${e.field}: ${e.message}`).join("\n");
}
