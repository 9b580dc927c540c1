import { FSW_FACTOR_MAX, FSW_GRID, FSW_MINIMUMS } from "../../content/eligibility/fsw.ts";
import { FUNDS_TABLE } from "../../content/eligibility/funds.ts";
import { ABILITIES, type Levels } from "../crs/language.ts";
import { allAtLeast, best, usable, type CheckContext } from "./context.ts";
import type { Breakdown, FswVerdict, PointIdea, Reason } from "./result.ts";
import { fswAbilityPoints, fswAgePoints, fswEducationPoints, fswExperiencePoints, fundsRequired } from "./rules.ts";
import { WEEK_HOURS_PER_YEAR } from "./work-hours.ts";

/** Federal Skilled Worker: the minimums and the 67-point grid (ELIGIBILITY-PROFILE.md "Programs"). */

const YEARS = FSW_MINIMUMS.work.windowYears;

function languagePoints(ctx: CheckContext): { first: number; second: number } {
  const first = ctx.first ? ABILITIES.reduce((sum, a) => sum + fswAbilityPoints((ctx.first as Levels)[a]), 0) : 0;
  const second = allAtLeast(ctx.second, FSW_GRID.language.second.minClbAllFour) ? FSW_GRID.language.second.points : 0;
  return { first, second };
}

function adaptabilityItems(ctx: CheckContext, ownCanadianWork: boolean) {
  const p = ctx.profile;
  const a = FSW_GRID.adaptability.points;
  const spouse = ctx.spouseAccompanying ? p.spouse : null;
  return {
    spouseLanguage: spouse && allAtLeast(ctx.levels(spouse.language), FSW_GRID.adaptability.spouseLanguageMinClb) ? a.spouseLanguage : 0,
    ownStudyInCanada: p.canadianStudyTwoYears ? a.ownStudyInCanada : 0,
    spouseStudyInCanada: spouse?.canadianStudyTwoYears ? a.spouseStudyInCanada : 0,
    ownWorkInCanada: ownCanadianWork ? a.ownWorkInCanada : 0,
    spouseWorkInCanada: spouse && (spouse.canadianWorkOneYear || spouse.canadianWorkYears >= 1) ? a.spouseWorkInCanada : 0,
    arrangedEmployment: p.jobOffer !== "none" ? a.arrangedEmployment : 0,
    relativeInCanada: p.relativeInCanada ? a.relativeInCanada : 0,
  };
}

const sum = (o: Record<string, number>) => Object.values(o).reduce((s, n) => s + n, 0);

/** The funds requirement shared by FSW and FST: a reason, or null when met or exempt. */
export function fundsReason(ctx: CheckContext): Reason | null {
  const p = ctx.profile;
  if (p.authorizedToWorkInCanada && p.jobOffer !== "none") return null;
  const need = fundsRequired(p.familySize);
  const common = { need, familySize: p.familySize, table: FUNDS_TABLE.effective };
  if (p.settlementFundsCAD === null) return { id: "funds-missing", ...common };
  return p.settlementFundsCAD >= need ? null : { id: "funds-short", have: p.settlementFundsCAD, ...common };
}

export function checkFsw(ctx: CheckContext): FswVerdict {
  const p = ctx.profile;
  const skilled = p.work.filter((j) => usable(j) && ctx.teerOf(j) <= 3);
  const experienceYears = Math.floor(ctx.count(skilled, YEARS).weekHours / WEEK_HOURS_PER_YEAR + 1e-9);
  const ownCanadian = skilled.filter((j) => j.country === "canada" && j.hoursPerWeek >= FSW_GRID.adaptability.ownWorkMinWeeklyHours);
  const ownCanadianWork = ctx.count(ownCanadian, YEARS).weekHours >= WEEK_HOURS_PER_YEAR;
  const lang = languagePoints(ctx);
  const recognised = p.educationInCanada || p.educationCredentialAssessed;
  const items = adaptabilityItems(ctx, ownCanadianWork);
  const breakdown: Breakdown = {
    language: lang.first + lang.second,
    education: fswEducationPoints(p.education, recognised),
    experience: fswExperiencePoints(experienceYears),
    age: fswAgePoints(p.age),
    arrangedEmployment: p.jobOffer !== "none" ? FSW_GRID.arrangedEmployment.points : 0,
    adaptability: Math.min(FSW_GRID.adaptability.cap, sum(items)),
  };
  const points = sum(breakdown);
  const passMark = FSW_MINIMUMS.passMark.points;

  const reasons: Reason[] = [];
  const minClb = FSW_MINIMUMS.language.clbEachAbility;
  if (!ctx.first && p.firstLanguage.testDate)
    reasons.push({ id: "language-expired", which: "first", testDate: p.firstLanguage.testDate, validFrom: ctx.since(FSW_MINIMUMS.language.validYears) });
  else if (!allAtLeast(ctx.first, minClb)) reasons.push({ id: "fsw-language", levels: ctx.first!, need: minClb });
  if (p.education === "none") reasons.push({ id: "education-none" });
  else if (!recognised) reasons.push({ id: "education-not-recognised" });
  const run = best(ctx.byNoc(skilled, YEARS), "longestRun");
  if (!run || run.count.longestRun === 0) reasons.push({ id: "fsw-work-none", since: ctx.since(YEARS), asOf: p.asOf });
  else if (run.count.longestRun < WEEK_HOURS_PER_YEAR) {
    const ongoing = run.count.longestRunEnd === ctx.asOfDay ? ctx.rate(skilled.filter((j) => j.noc === run.noc)) : 0;
    reasons.push({ id: "fsw-work-short", noc: run.noc, weekHours: run.count.longestRun, needWeekHours: WEEK_HOURS_PER_YEAR, rate: ongoing });
  }
  if (points < passMark) reasons.push({ id: "fsw-points", points, passMark, ideas: pointIdeas(ctx, breakdown, lang, experienceYears, recognised, items) });
  const funds = fundsReason(ctx);
  if (funds) reasons.push(funds);
  return { eligible: reasons.length === 0, points, passMark, breakdown, reasons };
}

/** Single changes that would add grid points, largest first. */
function pointIdeas(
  ctx: CheckContext,
  b: Breakdown,
  lang: { first: number; second: number },
  years: number,
  recognised: boolean,
  items: ReturnType<typeof adaptabilityItems>,
): PointIdea[] {
  const p = ctx.profile;
  const room = FSW_FACTOR_MAX.adaptability - b.adaptability;
  const ideas: PointIdea[] = [];
  const add = (idea: PointIdea) => idea.gain > 0 && ideas.push(idea);
  add({ id: "language-clb9", gain: 4 * fswAbilityPoints(9) - lang.first });
  if (lang.second === 0) add({ id: "second-language", gain: FSW_GRID.language.second.points });
  if (!recognised && p.education !== "none") add({ id: "eca", gain: fswEducationPoints(p.education, true) });
  const next = [...FSW_GRID.experience.byYears].reverse().find((row) => row.minYears > years && row.points > b.experience);
  if (next) add({ id: "experience", gain: next.points - b.experience, years: next.minYears });
  if (p.jobOffer === "none") add({ id: "job-offer", gain: FSW_GRID.arrangedEmployment.points + Math.min(room, FSW_GRID.adaptability.points.arrangedEmployment) });
  if (!items.relativeInCanada) add({ id: "relative", gain: Math.min(room, FSW_GRID.adaptability.points.relativeInCanada) });
  if (!items.ownWorkInCanada) add({ id: "canadian-work", gain: Math.min(room, FSW_GRID.adaptability.points.ownWorkInCanada) });
  return ideas.sort((x, y) => y.gain - x.gain);
}
