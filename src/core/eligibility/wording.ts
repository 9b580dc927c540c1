import { REASONS, type Wording } from "../../content/eligibility/reason-messages.ts";
import { formatDate, formatNumber } from "../format.ts";
import type { Lang } from "../reply.ts";
import { nocCatalogue, type NocCatalogue } from "./noc-catalogue.ts";
import type { EligibilityResult, Reason } from "./result.ts";
import { dayNumber, isoOfDay } from "./work-hours.ts";

/** Words the check's reasons in a language, and gives the documented JSON (English reasons). */

export function wording(lang: Lang, asOf: string, noc: NocCatalogue = nocCatalogue()): Wording {
  return {
    n: (value) => formatNumber(value, lang),
    date: (iso) => (lang === "en" ? iso : formatDate(iso, lang)),
    noc: (code) => {
      const unit = noc.get(code);
      return unit ? `${lang === "fr" ? "CNP" : "NOC"} ${code} (${unit.title[lang]})` : code;
    },
    hours: (weekHours) => formatNumber(Math.floor(weekHours / 7 + 1e-9), lang),
    reachOn: (missing, rate) => {
      const iso = isoOfDay(dayNumber(asOf) + Math.ceil(missing / rate));
      return lang === "en" ? iso : formatDate(iso, lang);
    },
  };
}

export function sayReason(reason: Reason, w: Wording, lang: Lang): string {
  const say = REASONS[lang][reason.id] as (r: Reason, w: Wording) => string;
  return say(reason, w);
}

/** The output of ELIGIBILITY-PROFILE.md "Output", exactly: field names, shapes and order. */
export function toJson(result: EligibilityResult, noc?: NocCatalogue) {
  const w = wording("en", result.asOf, noc);
  const say = (reasons: Reason[]) => reasons.map((r) => sayReason(r, w, "en"));
  const { fsw, cec, fst } = result.programs;
  return {
    asOf: result.asOf,
    programs: {
      fsw: { eligible: fsw.eligible, points: fsw.points, passMark: fsw.passMark, breakdown: { ...fsw.breakdown }, reasons: say(fsw.reasons) },
      cec: { eligible: cec.eligible, reasons: say(cec.reasons) },
      fst: { eligible: fst.eligible, reasons: say(fst.reasons) },
    },
    categories: result.categories.map((c) => ({ key: c.key, eligible: c.eligible, reasons: say(c.reasons) })),
    rules: result.rules,
  };
}
