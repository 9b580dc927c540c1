import { CATEGORIES_2026 } from "../../content/eligibility/categories.ts";
import { FSW_FACTOR_MAX } from "../../content/eligibility/fsw.ts";
import { FUNDS_TABLE } from "../../content/eligibility/funds.ts";
import { eligibilityMessages } from "../../content/eligibility/messages.ts";
import { calculate } from "../crs/calculate.ts";
import { loadProfile } from "../crs/saved-profile.ts";
import { categoryName } from "../draws/categories.ts";
import { checkEligibility } from "../eligibility/check.ts";
import { eligibilityFromForm, type EligibleFormValues } from "../eligibility/form.ts";
import { isoDate } from "../ports.ts";
import type { CommandDeps, UserRef } from "./spec.ts";
import { latestRound, type Rounds } from "../draws/queries.ts";
import type { EligibilityResult, ProgramVerdict } from "../eligibility/result.ts";
import { sayReason, wording } from "../eligibility/wording.ts";
import { formatDate } from "../format.ts";
import { officialLink } from "../links.ts";
import type { Lang, Reply, ReplyField } from "../reply.ts";

/**
 * The eligibility answer for people: each program with its verdict, FSW points and every reason
 * with what would change it; the 2026 categories; recent cutoffs beside the last CRS score.
 * Shared by the CLI, the console and both bots; every field fits a Discord embed field.
 */

export interface EligibleReplyOptions {
  lang: Lang;
  rounds?: Rounds;
  /** The person's last CRS score (from /crs), if any. */
  lastCrs?: number | null;
}

const FIELD_MAX = 1024;

/** Lines joined, cut to fit `max` characters with "… and N more". */
export function fitLines(lines: string[], max: number, more: (n: number) => string): string {
  const out: string[] = [];
  let length = 0;
  for (const [i, line] of lines.entries()) {
    const clipped = line.length > max - 40 ? `${line.slice(0, max - 41)}…` : line;
    const tail = i < lines.length - 1 ? more(lines.length - i - 1).length + 1 : 0;
    if (length + clipped.length + 1 + tail > max) {
      out.push(more(lines.length - i));
      break;
    }
    out.push(clipped);
    length += clipped.length + 1;
  }
  return out.join("\n");
}

export function eligibleReply(result: EligibilityResult, opts: EligibleReplyOptions): Reply {
  const { lang } = opts;
  const m = eligibilityMessages(lang);
  const w = wording(lang, result.asOf);
  const bullets = (v: ProgramVerdict) => (v.reasons.length ? v.reasons.map((r) => `• ${sayReason(r, w, lang)}`) : [m.allMet]);
  const fields: ReplyField[] = [];
  const { fsw, cec, fst } = result.programs;
  const grid = [m.grid(fsw.points, fsw.passMark), (Object.keys(FSW_FACTOR_MAX) as (keyof typeof FSW_FACTOR_MAX)[]).map((f) => m.factor(m.factors[f], fsw.breakdown[f], FSW_FACTOR_MAX[f])).join(", ")];
  for (const [key, verdict, extra] of [["fsw", fsw, grid], ["cec", cec, []], ["fst", fst, []]] as const)
    fields.push({ name: `${m.programs[key]} — ${verdict.eligible ? m.yes : m.no}`, value: fitLines([...extra, ...bullets(verdict)], FIELD_MAX, m.more) });

  const anyProgram = fsw.eligible || cec.eligible || fst.eligible;
  const lines: string[] = anyProgram ? [] : [m.categoryNeedsProgram];
  const noWork: string[] = [];
  for (const verdict of result.categories) {
    const rule = CATEGORIES_2026.categories.find((c) => c.key === verdict.key)!;
    const name = rule.name[lang];
    if (verdict.eligible === null) lines.push(`${m.notAssessed}: ${name}`);
    else if (verdict.eligible) lines.push(m.categoryYes(name, verdict.best ? w.noc(verdict.best.noc) : null, rule.months));
    else {
      const own = verdict.reasons.filter((r) => r.id !== "category-needs-program");
      if (own.length === 1 && own[0]!.id === "category-no-work") noWork.push(name);
      else if (own.length) lines.push(m.categoryNo(name, own.map((r) => sayReason(r, w, lang)).join("; ")));
    }
  }
  if (noWork.length) lines.push(m.categoriesNoWork(noWork.join(", ")));
  fields.push({ name: m.categoriesTitle, value: fitLines(lines, FIELD_MAX, m.more) });

  const cutoffs = cutoffLines(result, opts);
  if (cutoffs.length) fields.push({ name: m.cutoffsTitle, value: fitLines(cutoffs, FIELD_MAX, m.more) });
  return {
    title: m.title(lang === "fr" ? formatDate(result.asOf, "fr") : result.asOf),
    fields,
    links: [officialLink("fsw", lang), officialLink("cec", lang), officialLink("fst", lang), officialLink("categoryBased", lang), officialLink("proofOfFunds", lang)],
    footer: m.footer(result.rules, FUNDS_TABLE.effective),
  };
}

/** The last round of each program or category the person is eligible for (plus general rounds), and their score. */
function cutoffLines(result: EligibilityResult, opts: EligibleReplyOptions): string[] {
  const { lang, rounds } = opts;
  if (!rounds?.length) return [];
  const m = eligibilityMessages(lang);
  const keys = ["general"];
  for (const p of ["fsw", "cec", "fst"] as const) if (result.programs[p].eligible) keys.push(p);
  for (const v of result.categories) if (v.eligible) keys.push(CATEGORIES_2026.categories.find((c) => c.key === v.key)!.drawKey);
  const lines = keys.map((key) => {
    const last = latestRound(rounds, key, result.asOf);
    const name = categoryName(key, lang);
    return last ? m.cutoff(name, last.crs, last.id, formatDate(last.date, lang)) : m.cutoffNone(name);
  });
  lines.push(opts.lastCrs == null ? m.noScore : m.yourScore(opts.lastCrs));
  return lines;
}

/** The /eligible form (Discord): the saved /crs profile plus the form's answers → the answer, or what to fix. */
export async function eligibleFormCommand(
  deps: Pick<CommandDeps, "profiles" | "store" | "clock">,
  user: UserRef,
  values: EligibleFormValues,
  lang: Lang,
): Promise<Reply> {
  const base = await loadProfile(deps.profiles, user);
  if (!base) return { error: true, lines: [eligibilityMessages(lang).needCrs] };
  const check = eligibilityFromForm(base, values, isoDate(deps.clock), lang);
  if (!check.ok) return { error: true, lines: [eligibilityMessages(lang).fix, ...check.errors.map((e) => `• ${e.field}: ${e.message}`)] };
  return eligibleReply(checkEligibility(check.profile), { lang, rounds: deps.store.all(), lastCrs: calculate(base).total });
}
