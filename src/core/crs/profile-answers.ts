import type { LanguageResult, TestKind } from "./language.ts";
import { validateProfile, type ProfileCheck } from "./profile.ts";

/**
 * A profile as people answer it, in one flat shape: the Telegram/console wizard fills it step by
 * step, Discord's /crs form fills it from options. `profileFromAnswers` is the one way both turn it
 * into a checked CRS profile, so the same answers always score the same.
 */
export interface ProfileAnswers {
  age?: number;
  marital?: string;
  spouseComing?: boolean;
  spouseCanadian?: boolean;
  education?: string;
  canadianStudy?: string;
  firstLanguage?: LanguageResult | null;
  secondLanguage?: LanguageResult | null;
  canadianWork?: number;
  foreignWork?: number;
  certificate?: boolean;
  spouseEducation?: string;
  spouseLanguage?: LanguageResult | null;
  spouseWork?: number;
  nomination?: boolean;
  sibling?: boolean;
}

/** A test choice ("ielts", "clb:fr", …) and its four scores → a language result. */
export function languageResult(test: string, scores: LanguageResult["scores"], testDate?: string): LanguageResult {
  const base = test.startsWith("clb:") ? { test: "clb" as const, language: test.slice(4) as "en" | "fr" } : { test: test as TestKind };
  return { ...base, scores, ...(testDate ? { testDate } : {}) } as LanguageResult;
}

export function profileFromAnswers(a: ProfileAnswers): ProfileCheck {
  const partnered = a.marital === "married" || a.marital === "common_law";
  const spouseGiven = a.spouseEducation !== undefined || a.spouseLanguage != null || a.spouseWork !== undefined;
  // A single candidate's "spouse coming" stays true so the check can say it does not apply.
  const input = {
    age: a.age,
    maritalStatus: a.marital,
    spouseAccompanying: partnered ? (a.spouseComing ?? null) : a.spouseComing ? true : null,
    spouseCanadianOrPR: partnered ? (a.spouseCanadian ?? (a.spouseComing === false ? false : null)) : null,
    education: a.education,
    canadianStudy: a.canadianStudy ?? "none",
    firstLanguage: a.firstLanguage,
    secondLanguage: a.secondLanguage ?? null,
    canadianWorkYears: a.canadianWork ?? 0,
    foreignWorkYears: a.foreignWork ?? 0,
    certificateOfQualification: a.certificate ?? false,
    spouse:
      spouseGiven || (partnered && a.spouseComing === true && a.spouseCanadian !== true)
        ? { education: a.spouseEducation ?? "none", language: a.spouseLanguage ?? null, canadianWorkYears: a.spouseWork ?? 0 }
        : null,
    provincialNomination: a.nomination ?? false,
    siblingInCanada: a.sibling ?? false,
    jobOffer: "none",
  };
  return validateProfile(input);
}
