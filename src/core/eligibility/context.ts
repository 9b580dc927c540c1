import { levelsOf, languageOf, type LanguageResult, type Levels } from "../crs/language.ts";
import type { NocCatalogue, Teer } from "./noc-catalogue.ts";
import type { EligibilityProfile, Job } from "./profile.ts";
import { countWork, dayNumber, yearsBefore, type WorkCount } from "./work-hours.ts";

/**
 * What every rule of the check needs from one profile: the day numbers of its windows, the valid
 * language results, and work counted over any subset of jobs.
 */
export interface CheckContext {
  profile: EligibilityProfile;
  asOfDay: number;
  teerOf(job: Job): Teer;
  /** The first day of the window of `years` ending on asOf (ISO). */
  since(years: number): string;
  /** Counts the jobs within the window of `years`. */
  count(jobs: readonly Job[], years: number): WorkCount;
  /** For each NOC, the count of its jobs within the window. */
  byNoc(jobs: readonly Job[], years: number): Map<string, WorkCount>;
  /** Week-hours a day the ongoing ones among `jobs` add (capped at 30): how fast a shortfall closes. */
  rate(jobs: readonly Job[]): number;
  /** The levels of a language result still valid on asOf (≤ 2 years old), else null. */
  levels(result: LanguageResult | null | undefined): Levels | null;
  first: Levels | null;
  second: Levels | null;
  french: Levels | null;
  /** The spouse is scored: married or common-law, coming, not a citizen or PR. */
  spouseAccompanying: boolean;
}

export const allAtLeast = (levels: Levels | null, min: number) =>
  levels !== null && levels.listening >= min && levels.reading >= min && levels.writing >= min && levels.speaking >= min;

/** Whether a job counts at all (Canadian work needs authorization). */
export const usable = (job: Job) => job.country === "foreign" || job.authorized;

export function buildContext(profile: EligibilityProfile, noc: NocCatalogue): CheckContext {
  const asOfDay = dayNumber(profile.asOf);
  const languageValidFrom = yearsBefore(profile.asOf, 2);
  const levels = (result: LanguageResult | null | undefined) => (!result || (result.testDate !== undefined && result.testDate < languageValidFrom) ? null : levelsOf(result));
  const spans = (jobs: readonly Job[]) => jobs.map((j) => ({ from: dayNumber(j.from), to: j.to === null ? asOfDay : dayNumber(j.to), hoursPerWeek: j.hoursPerWeek }));
  const since = (years: number) => yearsBefore(profile.asOf, years);
  const count = (jobs: readonly Job[], years: number) => countWork(spans(jobs), dayNumber(since(years)), asOfDay);
  const first = levels(profile.firstLanguage);
  const second = levels(profile.secondLanguage);
  const frenchResult = [profile.firstLanguage, profile.secondLanguage].find((r) => r && languageOf(r) === "fr");
  return {
    profile,
    asOfDay,
    teerOf: (job) => noc.teerOf(job.noc) ?? 5,
    since,
    count,
    byNoc(jobs, years) {
      const groups = new Map<string, Job[]>();
      for (const j of jobs) groups.set(j.noc, [...(groups.get(j.noc) ?? []), j]);
      return new Map([...groups].map(([code, group]) => [code, count(group, years)]));
    },
    rate: (jobs) => Math.min(30, jobs.filter((j) => j.to === null && dayNumber(j.from) <= asOfDay).reduce((sum, j) => sum + j.hoursPerWeek, 0)),
    levels,
    first,
    second,
    french: levels(frenchResult),
    spouseAccompanying: profile.maritalStatus !== "single" && profile.spouseAccompanying === true && profile.spouseCanadianOrPR !== true,
  };
}

/** The entry with the most week-hours (by `key`), ties to the lowest code. */
export function best(counts: Map<string, WorkCount>, key: "weekHours" | "longestRun"): { noc: string; count: WorkCount } | undefined {
  let top: { noc: string; count: WorkCount } | undefined;
  for (const [noc, count] of [...counts].sort(([a], [b]) => a.localeCompare(b)))
    if (!top || count[key] > top.count[key]) top = { noc, count };
  return top;
}
