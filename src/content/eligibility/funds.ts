import type { Cited } from "./sources.ts";

/**
 * Proof of settlement funds for FSW and FST (shared/domain/ELIGIBILITY.md §4): 50 % of LICO,
 * updated yearly. The newest table found is effective 2025-07-07; no 2026 table was found, so
 * answers say "as of 2025-07-07" and link canada.ca.
 */
export interface FundsTable extends Cited {
  effective: string;
  /** Family size 1…7 → CAD (index 0 = 1 person). */
  bySize: readonly number[];
  eachAdditional: number;
}

export const FUNDS_2025: FundsTable = {
  effective: "2025-07-07",
  bySize: [15_263, 19_001, 23_360, 28_362, 32_168, 36_280, 40_392],
  eachAdditional: 4_112,
  sources: ["funds2025"],
  asOf: "2025-07-07",
};

/** The previous table, for history (sources disagree on its start: 2024-05-28 or 2024-06-03). */
export const FUNDS_2024: FundsTable = {
  effective: "2024-05-28",
  bySize: [14_690, 18_288, 22_483, 27_297, 30_690, 34_917, 38_875],
  eachAdditional: 3_958,
  sources: ["funds2025"],
  asOf: "2024-05-28",
};

/** The table applied by the check. */
export const FUNDS_TABLE = FUNDS_2025;

export const FUNDS_NOTES = {
  familySize: "you, your spouse or partner and the dependent children of either, even if they are Canadian citizens or PRs or not coming",
  notCounted: "borrowed money and home equity",
  exempt: "all CEC applicants; FSW/FST applicants authorized to work in Canada with a valid job offer (an invited exempt candidate uploads a letter explaining it)",
  noNewTableFound: "A 2026 table may exist; none was in the sources reviewed on 2026-11-21.",
} as const;
