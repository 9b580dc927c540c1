import type { Cited } from "./sources.ts";

/**
 * Fees for a permanent residence application through Express Entry, CAD (shared/domain/ELIGIBILITY.md §6).
 * null = not found in the sources: never guess it.
 */
export interface FeeSchedule extends Cited {
  from: string;
  until: string | null;
  processingPrincipal: number;
  processingSpouse: number | null;
  processingChild: number | null;
  rightOfPermanentResidence: number;
  note?: string;
}

export const FEES: readonly FeeSchedule[] = [
  {
    from: "2024-04-30",
    until: "2026-04-29",
    processingPrincipal: 950,
    processingSpouse: 950,
    processingChild: 260,
    rightOfPermanentResidence: 575,
    sources: ["fees2024"],
    asOf: "2024-04-30",
  },
  {
    from: "2026-04-30",
    until: null,
    processingPrincipal: 990,
    processingSpouse: null,
    processingChild: null,
    rightOfPermanentResidence: 600,
    note: "990 was reported for the PNP principal applicant (one fee line with FSW/CEC/FST in 2024); the 2026 spouse and child fees were not found.",
    sources: ["fees2026"],
    asOf: "2026-04-30",
  },
];

/** Biometrics: 85 per person, at most 170 for a family applying together (no change found). */
export const BIOMETRICS_FEE = { perPerson: 85, familyMax: 170, sources: ["biometrics"], asOf: "2026-11-21" } as const satisfies Cited & Record<string, unknown>;
