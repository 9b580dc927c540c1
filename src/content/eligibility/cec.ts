import type { Cited } from "./sources.ts";

/** Canadian Experience Class minimums (shared/domain/ELIGIBILITY.md §2, researched 2026-11-21). */
export const CEC_RULES = {
  work: {
    hours: 1_560,
    weeklyHoursCounted: 30,
    windowYears: 3,
    teers: [0, 1, 2, 3],
    inCanadaOnly: true,
    continuous: false,
    oneOccupation: false,
    /** Not counted: self-employment, work while a full-time student, unauthorized work. */
    excludesSelfEmployed: true,
    excludesFullTimeStudent: true,
    /** Physicians invited on/after 2023-04-25: fee-for-service publicly funded work counts (public policy; not modelled). */
    physicianException: "2023-04-25",
    sources: ["cecHelpCentre"],
    asOf: "2026-07-07",
  },
  /** CLB/NCLC in all four abilities, by the TEER of the work: TEER 0–1 → 7, TEER 2–3 → 5. */
  language: { teer0or1: 7, teer2or3: 5, sources: ["cecLanguage"], asOf: "2026-08-15" },
  education: { required: false, sources: ["cecHelpCentre"], asOf: "2026-07-07" },
  funds: { required: false, sources: ["funds2025"], asOf: "2025-07-07" },
} as const satisfies Record<string, Cited & Record<string, unknown>>;
