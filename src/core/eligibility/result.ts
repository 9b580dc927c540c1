import type { FswFactor } from "../../content/eligibility/fsw.ts";
import type { Levels } from "../crs/language.ts";

/**
 * What the check finds, before it is worded. A reason is an id and its figures; src/content/
 * eligibility-messages.ts words it in English or French, with what would change it.
 */

export type Reason =
  | { id: "language-expired"; which: "first"; testDate: string; validFrom: string }
  | { id: "fsw-language"; levels: Levels; need: number }
  | { id: "education-none" }
  | { id: "education-not-recognised" }
  | { id: "fsw-work-none"; since: string; asOf: string }
  | { id: "fsw-work-short"; noc: string; weekHours: number; needWeekHours: number; rate: number }
  | { id: "fsw-points"; points: number; passMark: number; ideas: PointIdea[] }
  | { id: "funds-missing"; need: number; familySize: number; table: string }
  | { id: "funds-short"; have: number; need: number; familySize: number; table: string }
  | { id: "cec-work-none"; since: string; asOf: string; excludedWeekHours: number }
  | { id: "cec-work-short"; weekHours: number; needWeekHours: number; excludedWeekHours: number; rate: number }
  | { id: "cec-language"; levels: Levels; teer23WeekHours: number; needWeekHours: number }
  | { id: "fst-no-trade"; since: string; asOf: string }
  | { id: "fst-work-short"; noc: string; weekHours: number; needWeekHours: number; rate: number }
  | { id: "fst-offer-or-certificate"; nocs: string[] }
  | { id: "fst-language"; levels: Levels }
  | { id: "category-needs-program" }
  | { id: "category-french"; levels: Levels | null; need: number }
  | { id: "category-no-work"; since: string; asOf: string; inCanadaOnly: boolean }
  | { id: "category-work-short"; noc: string; weekHours: number; needWeekHours: number; inCanadaOnly: boolean; rate: number }
  | { id: "category-not-assessed" };

/** A change that would add FSW points. */
export interface PointIdea {
  id: "language-clb9" | "language-clb8" | "second-language" | "eca" | "experience" | "job-offer" | "relative" | "canadian-work";
  gain: number;
  /** For "experience": the years that would earn it. */
  years?: number;
}

export type Breakdown = Record<FswFactor, number>;

export interface ProgramVerdict {
  eligible: boolean;
  reasons: Reason[];
}

export interface FswVerdict extends ProgramVerdict {
  points: number;
  passMark: number;
  breakdown: Breakdown;
}

export interface CategoryVerdict {
  key: string;
  eligible: boolean | null;
  reasons: Reason[];
  /** The listed occupation with the most counted work, and its week-hours (occupation categories). */
  best?: { noc: string; weekHours: number };
}

export interface EligibilityResult {
  asOf: string;
  programs: { fsw: FswVerdict; cec: ProgramVerdict; fst: ProgramVerdict };
  categories: CategoryVerdict[];
  /** CLB/NCLC levels used (null: no valid result). */
  clb: { first: Levels | null; second: Levels | null; french: Levels | null };
  rules: string;
}
