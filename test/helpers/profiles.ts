import type { CrsProfile } from "../../src/core/crs/profile.ts";
import type { LanguageResult } from "../../src/core/crs/language.ts";
import { EDUCATION_LEVELS } from "../../src/core/crs/rules.ts";

/** Profile builders for tests, and a seeded generator of valid profiles for property tests. */

export const clb = (n: number, language: "en" | "fr" = "en"): LanguageResult => ({ test: "clb", language, scores: { listening: n, reading: n, writing: n, speaking: n } });
export const ielts = (listening: number, reading: number, writing: number, speaking: number): LanguageResult => ({ test: "ielts", scores: { listening, reading, writing, speaking } });

export function single(overrides: Partial<CrsProfile> = {}): CrsProfile {
  return {
    age: 29, maritalStatus: "single", spouseAccompanying: null, spouseCanadianOrPR: null, education: "bachelors",
    canadianStudy: "none", firstLanguage: clb(9), secondLanguage: null, canadianWorkYears: 0, foreignWorkYears: 0,
    certificateOfQualification: false, spouse: null, provincialNomination: false, siblingInCanada: false, jobOffer: "none",
    ...overrides,
  };
}

export function married(overrides: Partial<CrsProfile> = {}): CrsProfile {
  return single({ maritalStatus: "married", spouseAccompanying: true, spouseCanadianOrPR: false, spouse: { education: "bachelors", language: clb(7), canadianWorkYears: 0 }, ...overrides });
}

/** Mulberry32: a small deterministic PRNG, so a failing property shows the same profile every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function randomProfile(rand: () => number): CrsProfile {
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const language = (lang: "en" | "fr"): LanguageResult => {
    const kind = lang === "en" ? pick(["ielts", "celpip", "pte_core", "clb"] as const) : pick(["tef_canada", "tcf_canada", "clb"] as const);
    const score = (ability: string): number => {
      switch (kind) {
        case "ielts": return int(0, 18) / 2;
        case "celpip": return int(0, 12);
        case "pte_core": return int(10, 90);
        case "tef_canada": return int(0, 699);
        case "tcf_canada": return ability === "writing" || ability === "speaking" ? int(0, 20) : int(100, 699);
        case "clb": return int(0, 12);
      }
    };
    return { test: kind, ...(kind === "clb" ? { language: lang } : {}), scores: { listening: score("listening"), reading: score("reading"), writing: score("writing"), speaking: score("speaking") } };
  };
  const firstLang = pick(["en", "fr"] as const);
  const maritalStatus = pick(["single", "married", "common_law"] as const);
  const partnered = maritalStatus !== "single";
  const education = pick(EDUCATION_LEVELS);
  const rank = EDUCATION_LEVELS.indexOf(education);
  return {
    age: int(17, 60),
    maritalStatus,
    spouseAccompanying: partnered ? rand() < 0.7 : null,
    spouseCanadianOrPR: partnered ? rand() < 0.2 : null,
    education,
    canadianStudy: rank >= 4 ? pick(["none", "one_or_two_year", "three_year_plus"] as const) : rank >= 2 ? pick(["none", "one_or_two_year"] as const) : "none",
    firstLanguage: language(firstLang),
    secondLanguage: rand() < 0.4 ? language(firstLang === "en" ? "fr" : "en") : null,
    canadianWorkYears: int(0, 5),
    foreignWorkYears: int(0, 3),
    certificateOfQualification: rand() < 0.2,
    spouse: partnered && rand() < 0.8 ? { education: pick(EDUCATION_LEVELS), language: rand() < 0.7 ? language(pick(["en", "fr"] as const)) : null, canadianWorkYears: int(0, 5) } : null,
    provincialNomination: rand() < 0.15,
    siblingInCanada: rand() < 0.15,
    jobOffer: pick(["none", "teer_0_1_2_3", "teer_major_group_00"] as const),
  };
}
