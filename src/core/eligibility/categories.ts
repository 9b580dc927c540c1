import { CATEGORIES_2026, CATEGORY_WORK_RULE, type CategoryRule } from "../../content/eligibility/categories.ts";
import { allAtLeast, best, usable, type CheckContext } from "./context.ts";
import type { CategoryVerdict, Reason } from "./result.ts";
import { WEEK_HOURS_PER_YEAR } from "./work-hours.ts";

/** The 2026 categories, in the order of data/category-occupations-2026.json. */

function checkCategory(ctx: CheckContext, c: CategoryRule, programOk: boolean): CategoryVerdict {
  if (c.kind === "military") return { key: c.key, eligible: null, reasons: [{ id: "category-not-assessed" }] };
  const reasons: Reason[] = programOk ? [] : [{ id: "category-needs-program" }];
  if (c.kind === "language") {
    if (!allAtLeast(ctx.french, CATEGORY_WORK_RULE.frenchNclc)) reasons.push({ id: "category-french", levels: ctx.french, need: CATEGORY_WORK_RULE.frenchNclc });
    return { key: c.key, eligible: reasons.length === 0, reasons };
  }
  const years = CATEGORY_WORK_RULE.windowYears;
  const jobs = ctx.profile.work.filter((j) => usable(j) && ctx.teerOf(j) <= 3 && c.nocs.includes(j.noc) && (!c.inCanadaOnly || j.country === "canada"));
  const top = best(ctx.byNoc(jobs, years), "weekHours");
  const common = { inCanadaOnly: c.inCanadaOnly };
  if (!top || top.count.weekHours === 0) reasons.push({ id: "category-no-work", since: ctx.since(years), asOf: ctx.profile.asOf, ...common });
  else if (top.count.weekHours < WEEK_HOURS_PER_YEAR)
    reasons.push({ id: "category-work-short", noc: top.noc, weekHours: top.count.weekHours, needWeekHours: WEEK_HOURS_PER_YEAR, rate: ctx.rate(jobs.filter((j) => j.noc === top.noc)), ...common });
  const verdict: CategoryVerdict = { key: c.key, eligible: reasons.length === 0, reasons };
  if (top && top.count.weekHours > 0) verdict.best = { noc: top.noc, weekHours: top.count.weekHours };
  return verdict;
}

export function checkCategories(ctx: CheckContext, programOk: boolean): CategoryVerdict[] {
  return CATEGORIES_2026.categories.map((c) => checkCategory(ctx, c, programOk));
}
