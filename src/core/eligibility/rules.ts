import { CATEGORIES_2026, type CategoryRule } from "../../content/eligibility/categories.ts";
import { FST_RULES } from "../../content/eligibility/fst.ts";
import { FSW_GRID } from "../../content/eligibility/fsw.ts";
import { FUNDS_TABLE } from "../../content/eligibility/funds.ts";
import type { Education } from "../crs/rules.ts";
import type { Teer } from "./noc-catalogue.ts";

/**
 * Small typed look-ups over the eligibility rules (src/content/eligibility/), for the check itself
 * and for answers that quote a minimum, a grid row or the funds table.
 */

/** Settlement funds (CAD) for a family of `size` (table of FUNDS_TABLE.effective). */
export function fundsRequired(size: number): number {
  const table = FUNDS_TABLE.bySize;
  const n = Math.max(1, Math.floor(size));
  if (n <= table.length) return table[n - 1]!;
  return table[table.length - 1]! + (n - table.length) * FUNDS_TABLE.eachAdditional;
}

/** FSW age points for an age in whole years. */
export function fswAgePoints(age: number): number {
  const { full, points } = FSW_GRID.age;
  if (age >= full.from && age <= full.to) return full.points;
  return points[age] ?? 0;
}

/** FSW first-language points for one ability at `clb`. */
export function fswAbilityPoints(clb: number): number {
  return FSW_GRID.language.firstPerAbility.find((row) => clb >= row.minClb)?.points ?? 0;
}

/** FSW education points: only a Canadian credential or one with an ECA counts. */
export function fswEducationPoints(education: Education, recognised: boolean): number {
  return recognised ? FSW_GRID.education.points[education] : 0;
}

/** FSW experience points for full years of skilled work. */
export function fswExperiencePoints(years: number): number {
  return FSW_GRID.experience.byYears.find((row) => years >= row.minYears)?.points ?? 0;
}

/** Whether a TEER counts as skilled work for FSW and CEC (TEER 0–3). */
export function isSkilledTeer(teer: Teer): boolean {
  return teer <= 3;
}

/** Whether a NOC 2021 unit group is an eligible skilled trade for FST (IRPR s.87.2 groups). */
export function isFstTrade(code: string): boolean {
  const { include, exclude } = FST_RULES.trades;
  return include.some((g) => code.startsWith(g.prefix)) && !exclude.some((g) => code.startsWith(g.prefix));
}

/** The 2026 categories whose occupation list includes `code` (exact unit group). */
export function categoriesListing(code: string): CategoryRule[] {
  return CATEGORIES_2026.categories.filter((c) => c.nocs.includes(code));
}

/** Which programs a TEER allows (the occupation side only). */
export function programsForTeer(code: string, teer: Teer): { fsw: boolean; cec: boolean; fst: boolean } {
  return { fsw: isSkilledTeer(teer), cec: isSkilledTeer(teer), fst: isFstTrade(code) };
}
