import type { Cited } from "./sources.ts";

/**
 * Federal Skilled Trades Program minimums (shared/domain/ELIGIBILITY.md §3, researched 2026-11-21).
 * The trades are NOC 2021 groups as IRPR s.87.2 defines them since 2022-11-16 (the NOC 2016 lists
 * many pages still show are out of date).
 */
export const FST_RULES = {
  work: {
    hours: 3_120,
    weeklyHoursCounted: 30,
    windowYears: 5,
    oneOccupation: true,
    continuous: false,
    excludesFullTimeStudent: true,
    sources: ["fstPage"],
    asOf: "2026-08-15",
  },
  /** Code prefixes of the eligible groups, and the prefixes carved out of them. */
  trades: {
    include: [
      { prefix: "72", name: { en: "Major Group 72: technical trades and transportation officers and controllers", fr: "Grand groupe 72 : métiers techniques et personnel assimilé du transport" } },
      { prefix: "73", name: { en: "Major Group 73: general trades", fr: "Grand groupe 73 : métiers généraux" } },
      { prefix: "82", name: { en: "Major Group 82: supervisors in natural resources, agriculture and related production", fr: "Grand groupe 82 : superviseurs en ressources naturelles, agriculture et production connexe" } },
      { prefix: "83", name: { en: "Major Group 83: occupations in natural resources and related production", fr: "Grand groupe 83 : professions des ressources naturelles et de la production connexe" } },
      { prefix: "92", name: { en: "Major Group 92: processing, manufacturing and utilities supervisors and utilities operators and controllers", fr: "Grand groupe 92 : superviseurs en transformation, fabrication et services d’utilité publique, opérateurs de services d’utilité publique" } },
      { prefix: "93", name: { en: "Major Group 93: central control and process operators and aircraft assembly assemblers and inspectors", fr: "Grand groupe 93 : opérateurs de poste central de contrôle et de procédés, assembleurs et inspecteurs d’aéronefs" } },
      { prefix: "6320", name: { en: "Minor Group 6320: cooks, butchers and bakers", fr: "Groupe intermédiaire 6320 : cuisiniers, bouchers et boulangers" } },
      { prefix: "62200", name: { en: "Unit Group 62200: chefs", fr: "Groupe de base 62200 : chefs" } },
    ],
    exclude: [
      { prefix: "726", name: { en: "Sub-Major Group 726 (transportation officers and controllers)", fr: "Sous-grand groupe 726 (agents et contrôleurs du transport)" } },
      { prefix: "932", name: { en: "Sub-Major Group 932", fr: "Sous-grand groupe 932" } },
    ],
    sources: ["fstPage"],
    asOf: "2022-11-16",
  },
  /** CLB/NCLC per ability in the first official language. */
  language: { listening: 5, speaking: 5, reading: 4, writing: 4, sources: ["fstPage"], asOf: "2026-08-15" },
  /** A valid full-time offer of ≥ 1 year, or a Canadian certificate of qualification, in the trade. */
  offerOrCertificate: { offerMinYears: 1, sources: ["fstPage"], asOf: "2026-08-15" },
  education: { required: false, sources: ["fstPage"], asOf: "2026-08-15" },
  funds: { exemptWhen: "authorized to work in Canada and a valid job offer", sources: ["funds2025"], asOf: "2025-07-07" },
} as const satisfies Record<string, Cited & Record<string, unknown>>;
