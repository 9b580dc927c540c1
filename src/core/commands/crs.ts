import { messages } from "../../content/messages.ts";
import { crsMessages } from "../../content/crs-messages.ts";
import { calculate, scoredWithSpouse, type CrsResult } from "../crs/calculate.ts";
import { compareWithRounds } from "../crs/compare.ts";
import type { Levels } from "../crs/language.ts";
import type { CrsProfile } from "../crs/profile.ts";
import { CURRENT_RULES, rulesOn, type CrsRules } from "../crs/rules.ts";
import { describeWhatIf, whatIfs } from "../crs/what-if.ts";
import { categoryName } from "../draws/categories.ts";
import type { Rounds } from "../draws/queries.ts";
import { formatDate, formatNumber } from "../format.ts";
import { link } from "../links.ts";
import type { Lang, Reply, ReplyField } from "../reply.ts";

/**
 * The CRS answer for people: the total, each factor with its points and the most it could earn,
 * the what-ifs, and the comparison with recent rounds. Shared by the CLI and both bots.
 */

export interface FactorLine {
  section: "core" | "spouse" | "transferability" | "additional";
  factor: string;
  points: number;
  max: number;
}

/** Every factor with its points and its maximum under the rules and the candidate's situation. */
export function factorLines(result: CrsResult, withSpouse: boolean, rules: CrsRules = rulesOn(result.rules) ?? CURRENT_RULES): FactorLine[] {
  const side = withSpouse ? "with" : "without";
  const b = result.breakdown;
  const lines: FactorLine[] = [
    { section: "core", factor: "age", points: b.core.age, max: Math.max(...rules.age[side]) },
    { section: "core", factor: "education", points: b.core.education, max: rules.education.doctoral[side] },
    { section: "core", factor: "firstLanguage", points: b.core.firstLanguage, max: 4 * rules.firstLanguage[side][10]! },
    { section: "core", factor: "secondLanguage", points: b.core.secondLanguage, max: rules.secondLanguage.cap[side] },
    { section: "core", factor: "canadianWork", points: b.core.canadianWork, max: rules.canadianWork[side][5]! },
  ];
  if (withSpouse)
    lines.push(
      { section: "spouse", factor: "spouseEducation", points: b.spouse.education, max: rules.education.doctoral.spouse },
      { section: "spouse", factor: "spouseLanguage", points: b.spouse.language, max: 4 * rules.spouse.language[10]! },
      { section: "spouse", factor: "spouseCanadianWork", points: b.spouse.canadianWork, max: rules.spouse.canadianWork[5]! },
    );
  const t = rules.transferability;
  const a = rules.additional;
  lines.push(
    { section: "transferability", factor: "transferEducation", points: b.transferability.education, max: t.groupCap },
    { section: "transferability", factor: "transferForeign", points: b.transferability.foreignWork, max: t.groupCap },
    { section: "transferability", factor: "certificateOfQualification", points: b.transferability.certificateOfQualification, max: t.certificate[1] },
    { section: "additional", factor: "provincialNomination", points: b.additional.provincialNomination, max: a.provincialNomination },
    { section: "additional", factor: "french", points: b.additional.french, max: a.french.strongEnglish },
    { section: "additional", factor: "canadianStudy", points: b.additional.canadianStudy, max: a.canadianStudy.three_year_plus },
    { section: "additional", factor: "sibling", points: b.additional.sibling, max: a.sibling },
    { section: "additional", factor: "jobOffer", points: b.additional.jobOffer, max: a.jobOffer.teer_major_group_00 },
  );
  return lines;
}

export const SECTION_MAX = (rules: CrsRules, withSpouse: boolean) => ({
  core: rules.coreCap[withSpouse ? "with" : "without"],
  spouse: rules.coreAndSpouseCap - rules.coreCap.with,
  transferability: rules.transferability.cap,
  additional: rules.additional.cap,
});

export interface CrsReplyOptions {
  lang: Lang;
  /** The rounds to compare with (the draw store's), and the date that comparison is as of. */
  rounds?: Rounds;
  asOf?: string;
  whatIfLimit?: number;
}

const levelsLine = (label: string, l: Levels, lang: Lang) => crsMessages(lang).clbLine(label, l.listening, l.reading, l.writing, l.speaking);

/** The explanation, what-ifs and comparison as a Reply. */
export function crsReply(profile: CrsProfile, opts: CrsReplyOptions): Reply {
  const m = crsMessages(opts.lang);
  const rules = CURRENT_RULES;
  const result = calculate(profile, rules);
  const withSpouse = scoredWithSpouse(profile);
  const sectionMax = SECTION_MAX(rules, withSpouse);
  const lines = [m.rulesLine(formatDate(result.rules, opts.lang)) + " " + (withSpouse ? m.scoredWithSpouse : m.scoredSingle)];
  const fields: ReplyField[] = [];
  for (const section of ["core", "spouse", "transferability", "additional"] as const) {
    if (section === "spouse" && !withSpouse) continue;
    const items = factorLines(result, withSpouse, rules).filter((f) => f.section === section && f.max > 0);
    const value = items.map((f) => m.factorLine(m.factors[f.factor as keyof typeof m.factors], f.points, f.max)).join("\n");
    fields.push({ name: `${m.sections[section]} — ${m.sectionTotal(result.breakdown[section].total, sectionMax[section])}`, value });
  }
  if (profile.jobOffer !== "none") lines.push(m.jobOfferNote);
  const clb = [levelsLine(m.clbFirst, result.clb.first, opts.lang)];
  if (result.clb.second) clb.push(levelsLine(m.clbSecond, result.clb.second, opts.lang));
  if (result.clb.spouse && withSpouse) clb.push(levelsLine(m.clbSpouse, result.clb.spouse, opts.lang));
  fields.push({ name: "CLB/NCLC", value: clb.join("\n") });

  const ideas = whatIfs(profile, { limit: opts.whatIfLimit ?? 6, rules });
  fields.push({ name: m.whatIfTitle, value: ideas.length ? ideas.map((w) => m.whatIfLine(describeWhatIf(w.change, opts.lang), w.gain, w.total)).join("\n") : m.whatIfNone });

  let footer = m.disclaimer;
  if (opts.rounds?.length && opts.asOf) {
    const cmp = compareWithRounds(result.total, opts.rounds, opts.asOf);
    const rows = cmp.categories.map((c) => m.compareLine(categoryName(c.key, opts.lang, c.label), c.above + c.atCutoff, c.rounds, c.last.crs, c.last.id));
    const notes = [m.compareWindow(12), m.compareEligibility];
    if (cmp.categories.some((c) => c.atCutoff > 0)) notes.push(m.compareTie);
    if (cmp.pool) {
      const n = (x: number) => formatNumber(x, opts.lang);
      const s = cmp.pool.standing;
      notes.push(m.comparePool(n(s.atLeast), n(s.atMost), n(s.total), cmp.pool.pool.asOf ? formatDate(cmp.pool.pool.asOf, opts.lang) : cmp.pool.pool.asOfText));
    }
    fields.push({ name: m.compareTitle, value: [...rows, ...notes].join("\n") });
    const newest = opts.rounds[opts.rounds.length - 1]!;
    footer = `${m.disclaimer} ${messages(opts.lang).crsRoundsAsOf(newest.id, formatDate(newest.date, opts.lang))}`;
  }
  return {
    title: m.title(result.total),
    lines,
    fields,
    links: [
      { label: messages(opts.lang).crsCriteria, url: link("crsCriteria", opts.lang) },
      { label: messages(opts.lang).crsTool, url: link("crsTool", opts.lang) },
    ],
    footer,
  };
}
