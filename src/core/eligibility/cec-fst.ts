import { CEC_RULES } from "../../content/eligibility/cec.ts";
import { FST_RULES } from "../../content/eligibility/fst.ts";
import { allAtLeast, best, usable, type CheckContext } from "./context.ts";
import { fundsReason } from "./fsw.ts";
import type { ProgramVerdict, Reason } from "./result.ts";
import { isFstTrade } from "./rules.ts";
import { WEEK_HOURS_PER_YEAR } from "./work-hours.ts";

/** Canadian Experience Class and Federal Skilled Trades (ELIGIBILITY-PROFILE.md "Programs"). */

function expired(ctx: CheckContext): Reason | null {
  const date = ctx.profile.firstLanguage.testDate;
  return !ctx.first && date ? { id: "language-expired", which: "first", testDate: date, validFrom: ctx.since(2) } : null;
}

export function checkCec(ctx: CheckContext): ProgramVerdict {
  const p = ctx.profile;
  const years = CEC_RULES.work.windowYears;
  const need = WEEK_HOURS_PER_YEAR;
  const canadianSkilled = p.work.filter((j) => j.country === "canada" && ctx.teerOf(j) <= 3);
  const counted = canadianSkilled.filter((j) => j.authorized && !j.selfEmployed && !j.whileFullTimeStudent);
  const hours = ctx.count(counted, years).weekHours;
  const excluded = Math.max(0, ctx.count(canadianSkilled, years).weekHours - hours);
  const teer23 = ctx.count(counted.filter((j) => ctx.teerOf(j) >= 2), years).weekHours;
  const reasons: Reason[] = [];
  if (hours === 0) reasons.push({ id: "cec-work-none", since: ctx.since(years), asOf: p.asOf, excludedWeekHours: excluded });
  else if (hours < need) reasons.push({ id: "cec-work-short", weekHours: hours, needWeekHours: need, excludedWeekHours: excluded, rate: ctx.rate(counted) });
  const gone = expired(ctx);
  if (gone) reasons.push(gone);
  else if (!allAtLeast(ctx.first, CEC_RULES.language.teer0or1) && !(allAtLeast(ctx.first, CEC_RULES.language.teer2or3) && teer23 >= need))
    reasons.push({ id: "cec-language", levels: ctx.first!, teer23WeekHours: teer23, needWeekHours: need });
  return { eligible: reasons.length === 0, reasons };
}

export function checkFst(ctx: CheckContext): ProgramVerdict {
  const p = ctx.profile;
  const years = FST_RULES.work.windowYears;
  const need = FST_RULES.work.hours * 7;
  const trades = p.work.filter((j) => usable(j) && isFstTrade(j.noc) && !j.whileFullTimeStudent);
  const counts = ctx.byNoc(trades, years);
  const worked = [...counts].filter(([, c]) => c.weekHours > 0).map(([noc]) => noc).sort();
  const qualifying = worked.filter((noc) => counts.get(noc)!.weekHours >= need);
  const offerOrCertificate = (noc: string) =>
    p.jobOfferNoc === noc || (p.certificateOfQualification && p.certificateOfQualificationNoc === noc);
  const reasons: Reason[] = [];
  if (worked.length === 0) reasons.push({ id: "fst-no-trade", since: ctx.since(years), asOf: p.asOf });
  else if (qualifying.length === 0) {
    const top = best(counts, "weekHours")!;
    reasons.push({ id: "fst-work-short", noc: top.noc, weekHours: top.count.weekHours, needWeekHours: need, rate: ctx.rate(trades.filter((j) => j.noc === top.noc)) });
  }
  if (!qualifying.some(offerOrCertificate)) {
    const candidates = qualifying.length > 0 ? qualifying : worked;
    const covered = candidates.length > 0 ? candidates.some(offerOrCertificate) : [p.jobOfferNoc, p.certificateOfQualification ? p.certificateOfQualificationNoc : null].some((n) => n !== null && isFstTrade(n));
    if (!covered) reasons.push({ id: "fst-offer-or-certificate", nocs: candidates });
  }
  const gone = expired(ctx);
  const l = FST_RULES.language;
  const f = ctx.first;
  if (gone) reasons.push(gone);
  else if (!f || f.listening < l.listening || f.speaking < l.speaking || f.reading < l.reading || f.writing < l.writing) reasons.push({ id: "fst-language", levels: f! });
  const funds = fundsReason(ctx);
  if (funds) reasons.push(funds);
  return { eligible: reasons.length === 0, reasons };
}
