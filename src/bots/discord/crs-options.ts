import type { LanguageResult } from "../../core/crs/language.ts";
import type { FieldError, ProfileCheck } from "../../core/crs/profile.ts";
import { languageResult, profileFromAnswers } from "../../core/crs/profile-answers.ts";

/**
 * /crs slash options → a CRS profile. Validation is the calculator's own; its messages are
 * given back under the option names the user filled in.
 */

export type OptionValues = Record<string, string | number | boolean | undefined>;

const FIELD_TO_OPTION: Array<[RegExp, string]> = [
  [/^firstLanguage\.scores\.(\w+)$/, "$1"],
  [/^firstLanguage\.testDate$/, "test_date"],
  [/^firstLanguage/, "test"],
  [/^secondLanguage/, "second_scores"],
  [/^spouseAccompanying$/, "spouse_coming"],
  [/^spouseCanadianOrPR$/, "spouse_canadian"],
  [/^spouse\.education$/, "spouse_education"],
  [/^spouse\.language/, "spouse_scores"],
  [/^spouse\.canadianWorkYears$/, "spouse_canadian_work"],
  [/^spouse$/, "spouse_education"],
  [/^maritalStatus$/, "marital"],
  [/^canadianWorkYears$/, "canadian_work"],
  [/^foreignWorkYears$/, "foreign_work"],
  [/^provincialNomination$/, "nomination"],
  [/^certificateOfQualification$/, "certificate"],
  [/^canadianStudy$/, "canadian_study"],
  [/^siblingInCanada$/, "sibling"],
];

export function optionNameOf(field: string): string {
  for (const [pattern, name] of FIELD_TO_OPTION) if (pattern.test(field)) return field.replace(pattern, name);
  return field;
}

/** "7 8 7.5 7" → scores, or undefined when it is not four numbers. */
export function parseScoreList(text: string | undefined): LanguageResult["scores"] | undefined {
  if (!text) return undefined;
  const parts = text.replace(/,(?=\d)/g, ".").trim().split(/[\s;/|,]+/).filter(Boolean);
  if (parts.length !== 4 || parts.some((p) => !/^\d+(\.\d+)?$/.test(p))) return undefined;
  const [listening, reading, writing, speaking] = parts.map(Number) as [number, number, number, number];
  return { listening, reading, writing, speaking };
}

export function profileFromOptions(o: OptionValues, lang: "en" | "fr"): ProfileCheck {
  const errors: FieldError[] = [];
  const str = (k: string) => (typeof o[k] === "string" ? (o[k] as string) : undefined);
  const num = (k: string) => (typeof o[k] === "number" ? (o[k] as number) : undefined);
  const bool = (k: string) => (typeof o[k] === "boolean" ? (o[k] as boolean) : undefined);
  const scoresNeeded = (what: string) => (lang === "fr" ? `donnez les quatre notes de ${what}, p. ex. « 7 8 7 7 » (oral, écrit, écriture, expression)` : `give the four ${what} scores, e.g. "7 8 7 7" (listening, reading, writing, speaking)`);
  /** A test option and its scores → a result; null when no test; undefined when the scores are missing. */
  const language = (test: string | undefined, scores: LanguageResult["scores"] | undefined, testDate?: string) => (!test ? null : scores ? languageResult(test, scores, testDate) : undefined);

  const first = language(str("test"), { listening: num("listening") ?? -1, reading: num("reading") ?? -1, writing: num("writing") ?? -1, speaking: num("speaking") ?? -1 }, str("test_date"));
  const second = language(str("second_test"), parseScoreList(str("second_scores")));
  if (second === undefined) errors.push({ field: "second_scores", message: scoresNeeded(lang === "fr" ? "seconde langue" : "second-language") });
  if (!str("second_test") && str("second_scores")) errors.push({ field: "second_test", message: lang === "fr" ? "choisissez le test de ces notes" : "choose the test these scores are from" });
  const spouseLanguage = language(str("spouse_test"), parseScoreList(str("spouse_scores")));
  if (spouseLanguage === undefined) errors.push({ field: "spouse_scores", message: scoresNeeded(lang === "fr" ? "l’époux" : "spouse's") });

  const check = profileFromAnswers({
    age: num("age"),
    marital: str("marital"),
    spouseComing: bool("spouse_coming"),
    spouseCanadian: bool("spouse_canadian"),
    education: str("education"),
    canadianStudy: str("canadian_study"),
    firstLanguage: first,
    secondLanguage: second ?? null,
    canadianWork: num("canadian_work"),
    foreignWork: num("foreign_work"),
    certificate: bool("certificate"),
    spouseEducation: str("spouse_education"),
    spouseLanguage: spouseLanguage ?? null,
    spouseWork: num("spouse_canadian_work"),
    nomination: bool("nomination"),
    sibling: bool("sibling"),
  });
  if (check.ok && !errors.length) return check;
  const all = [...errors, ...(check.ok ? [] : check.errors.map((e) => ({ field: optionNameOf(e.field), message: e.message })))];
  return { ok: false, errors: all };
}
