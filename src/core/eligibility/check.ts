import { CATEGORY_WORK_RULE } from "../../content/eligibility/categories.ts";
import { checkCategories } from "./categories.ts";
import { checkCec, checkFst } from "./cec-fst.ts";
import { buildContext } from "./context.ts";
import { checkFsw } from "./fsw.ts";
import { nocCatalogue, type NocCatalogue } from "./noc-catalogue.ts";
import type { EligibilityProfile } from "./profile.ts";
import type { EligibilityResult } from "./result.ts";

/**
 * The eligibility check: FSW (minimums and the 67-point grid), CEC, FST and the 2026 categories,
 * for one parsed profile, on its `asOf` day. Always the newest rules (`rules`), whatever `asOf`.
 */
export function checkEligibility(profile: EligibilityProfile, noc: NocCatalogue = nocCatalogue()): EligibilityResult {
  const ctx = buildContext(profile, noc);
  const fsw = checkFsw(ctx);
  const cec = checkCec(ctx);
  const fst = checkFst(ctx);
  return {
    asOf: profile.asOf,
    programs: { fsw, cec, fst },
    categories: checkCategories(ctx, fsw.eligible || cec.eligible || fst.eligible),
    clb: { first: ctx.first, second: ctx.second, french: ctx.french },
    rules: CATEGORY_WORK_RULE.asOf,
  };
}
