import type { FswFactor } from "../../content/eligibility/fsw.ts";
import type { Levels, PointIdea, Reason } from "../../content/eligibility/reasons.ts";

export type { PointIdea, Reason };

/**
 * What the check finds, before it is worded. A reason is an id and its figures; src/content/
 * eligibility-messages.ts words it in English or French, with what would change it.
 */

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
