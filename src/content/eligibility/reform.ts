import type { Cited } from "./sources.ts";

/**
 * The 2026 Express Entry reform: **proposed**, not in force (shared/domain/ELIGIBILITY.md §7).
 * The check never applies it; answers describe it as proposed and link canada.ca.
 */
export const REFORM_2026 = {
  status: "proposed",
  plan: "2026-04-01",
  consultation: { from: "2026-04-23", to: "2026-05-24" },
  proposedClass: "Federal High-Skilled Class (replacing FSW, CEC and FST)",
  proposedMinimums: { clbEachAbility: 6, workYears: 1, workWindowYears: 3, cumulative: true, teers: [0, 1, 2, 3], education: "secondary or higher (ECA if foreign)", jobOfferRequired: false, fswGridRemoved: true },
  highWageMultipliers: [1.3, 1.5, 2],
  /** Claimed by two third-party sources only; no points table; unverified. */
  unverifiedInForceClaim: "2026-11-03",
  sources: ["reform2026"],
  asOf: "2026-05-24",
} as const satisfies Cited & Record<string, unknown>;
