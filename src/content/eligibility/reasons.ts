/**
 * The unmet requirements the eligibility check can find, as data: an id and its figures. Worded
 * in reason-messages.ts (English and French); found by src/core/eligibility/.
 */

/** CLB/NCLC levels per ability. */
export type Levels = Record<"listening" | "reading" | "writing" | "speaking", number>;

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

