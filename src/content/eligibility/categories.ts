import raw from "../../../data/category-occupations-2026.json" with { type: "json" };
import type { Cited } from "./sources.ts";

/**
 * Express Entry category-based selection in force since 2026-02-18 (shared/domain/ELIGIBILITY.md §5;
 * occupation lists in data/category-occupations-2026.json, as of 2026-07-27). Keys and order are
 * those of the data file.
 */

export type CategoryKind = "language" | "occupation" | "military";

export interface CategoryRule {
  key: string;
  name: { en: string; fr: string };
  kind: CategoryKind;
  /** NOC 2021 unit groups listed (empty for French). */
  nocs: readonly string[];
  /** Months of full-time (or equal part-time) work in one listed occupation within `windowYears`; null when there is no work test. */
  months: number | null;
  windowYears: number;
  /** The work must be in Canada ("…with Canadian work experience"). */
  inCanadaOnly: boolean;
  /** The category's key in the draw store, to find its rounds. */
  drawKey: string;
  confidence: string;
  source: string;
}

/** The common work rule since 2026-02-18 (before: 6 months continuous in 3 years). */
export const CATEGORY_WORK_RULE = {
  months: 12,
  hours: 1_560,
  windowYears: 3,
  continuous: false,
  oneOccupation: true,
  previous: { months: 6, continuous: true, until: "2026-02-18" },
  /** French: NCLC 7 in all four French abilities. */
  frenchNclc: 7,
  /** Candidates must first be eligible for FSW, CEC or FST. */
  needsProgram: true,
  sources: ["categories2026"],
  asOf: "2026-02-18",
} as const satisfies Cited & Record<string, unknown>;

/** Each category's name, and its key in the draw store (src/core/draws/categories.ts) to find its rounds. */
const KNOWN: Record<string, { drawKey: string; en: string; fr: string; kind?: CategoryKind }> = {
  "french-language-proficiency": { drawKey: "french", kind: "language", en: "French-language proficiency", fr: "Connaissance du français" },
  "healthcare-social-services": { drawKey: "healthcare", en: "Healthcare and social services occupations", fr: "Professions des soins de santé et des services sociaux" },
  stem: { drawKey: "stem", en: "STEM occupations", fr: "Professions STIM" },
  trades: { drawKey: "trades", en: "Trade occupations", fr: "Métiers" },
  education: { drawKey: "education", en: "Education occupations", fr: "Professions de l’éducation" },
  transport: { drawKey: "transport", en: "Transport occupations", fr: "Professions du transport" },
  "physicians-canadian-experience": { drawKey: "physicians", en: "Physicians with Canadian work experience", fr: "Médecins ayant une expérience de travail au Canada" },
  "senior-managers-canadian-experience": { drawKey: "senior-managers", en: "Senior managers with Canadian work experience", fr: "Cadres supérieurs ayant une expérience de travail au Canada" },
  // No round yet: the key the draw store would give "Researchers with Canadian Work Experience".
  "researchers-canadian-experience": { drawKey: "researchers-with-canadian-work-experience", en: "Researchers with Canadian work experience", fr: "Chercheurs ayant une expérience de travail au Canada" },
  "skilled-military-recruits": { drawKey: "military", kind: "military", en: "Skilled military recruits", fr: "Recrues militaires qualifiées" },
};

interface RawFile {
  as_of: string;
  in_force_from: string;
  official_page: string;
  categories: Record<string, string[]>;
  round_names: Record<string, string | null>;
  sources: Record<string, string>;
  confidence: Record<string, string>;
  changes_from_2025?: Record<string, unknown>;
  not_2026_categories?: Record<string, string>;
}

const file = raw as RawFile;

/** Occupations taken out of or put into a category for 2026, by category key ("trades": 63200 Cooks out, 63201 Butchers in). */
export const CATEGORY_CHANGES_2026: Readonly<Record<string, { removed: readonly string[]; added: readonly string[] }>> = Object.fromEntries(
  Object.entries(file.changes_from_2025 ?? {}).flatMap(([key, v]) => {
    const c = v as { removed?: string[]; added?: string[] };
    return Array.isArray(c.removed) || Array.isArray(c.added) ? [[key, { removed: c.removed ?? [], added: c.added ?? [] }]] : [];
  }),
);

/** What 2026 changed against 2025: the categories new in 2026 (their keys) and the 2025 ones that are not 2026 categories. */
export const CATEGORY_LIST_CHANGES_2026 = {
  added: (Array.isArray(file.changes_from_2025?.new_categories) ? file.changes_from_2025.new_categories as string[] : []).filter((k) => !!KNOWN[k]),
  dropped: Object.keys(file.not_2026_categories ?? {}),
} as const;

/** Names of categories that existed before 2026 but are not 2026 categories. */
export const FORMER_CATEGORY_NAMES: Readonly<Record<string, { en: string; fr: string }>> = {
  "agriculture-agri-food": { en: "Agriculture and agri-food occupations", fr: "Professions de l’agriculture et de l’agroalimentaire" },
};

export const CATEGORIES_2026 = {
  inForceFrom: file.in_force_from,
  listsAsOf: file.as_of,
  officialPage: file.official_page,
  categories: Object.entries(file.categories).map(([key, nocs]): CategoryRule => {
    const known = KNOWN[key];
    if (!known) throw new Error(`category-occupations-2026.json: unknown category "${key}"`);
    const kind = known.kind ?? "occupation";
    return {
      key,
      name: { en: known.en, fr: known.fr },
      kind,
      nocs,
      months: kind === "occupation" ? CATEGORY_WORK_RULE.months : null,
      windowYears: CATEGORY_WORK_RULE.windowYears,
      inCanadaOnly: key.endsWith("-canadian-experience"),
      drawKey: known.drawKey,
      confidence: file.confidence[key] ?? "unknown",
      source: file.sources[key] ?? file.sources._all ?? "",
    };
  }),
} as const;
