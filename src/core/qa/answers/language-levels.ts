import { qaMessages } from "../../../content/qa-messages.ts";
import { ABILITIES, levelFor, TEST_NAMES, type Ability } from "../../crs/language.ts";
import { officialLink } from "../../links.ts";
import { inLang, type Lang, type Reply } from "../../reply.ts";
import type { Slots, TestScores } from "../understand/slots.ts";
import { CEC_RULES } from "../../../content/eligibility/cec.ts";
import { FST_RULES } from "../../../content/eligibility/fst.ts";
import { FSW_MINIMUMS } from "../../../content/eligibility/fsw.ts";

/** Test scores → CLB/NCLC per ability, from the calculator's own tables. */

const RANGES: Record<TestScores["test"], (a: Ability) => [number, number]> = {
  ielts: () => [0, 9],
  celpip: () => [0, 12],
  pte_core: () => [10, 90],
  tef_canada: () => [0, 699],
  tcf_canada: (a) => (a === "writing" || a === "speaking" ? [0, 20] : [100, 699]),
};

export interface LevelsFound {
  levels: Partial<Record<Ability, number>>;
  /** Abilities whose score is outside the test's scale. */
  invalid: Ability[];
}

export function levelsOfScores(t: TestScores): LevelsFound {
  const levels: Partial<Record<Ability, number>> = {};
  const invalid: Ability[] = [];
  for (const a of ABILITIES) {
    const score = t.scores[a] ?? t.all;
    if (score === undefined) continue;
    const [lo, hi] = RANGES[t.test](a);
    if (score < lo || score > hi) invalid.push(a);
    else levels[a] = levelFor({ test: t.test }, a, score);
  }
  return { levels, invalid };
}

export const unitOf = (t: TestScores["test"]) => (t === "tef_canada" || t === "tcf_canada" ? "NCLC" : "CLB");

export function levelsText(t: TestScores, found: LevelsFound, lang: Lang): string {
  const m = qaMessages(lang);
  return ABILITIES.filter((a) => found.levels[a] !== undefined)
    .map((a) => `${m.abilities[a]} ${t.all === undefined ? `${t.scores[a]} → ` : ""}${m.clbLevel(unitOf(t.test), found.levels[a]!)}`)
    .join(", ");
}

/** Whether the levels meet a program's language minimum (FSW, CEC by TEER, FST per ability). */
function programLine(program: Slots["program"], levels: Partial<Record<Ability, number>>, lang: Lang): string | undefined {
  const known = ABILITIES.filter((a) => levels[a] !== undefined);
  if (known.length < 4 || !program || program === "pnp") return undefined;
  const lowest = Math.min(...known.map((a) => levels[a]!));
  const yes = (ok: boolean) => (ok ? inLang(lang, "meets", "respecte") : inLang(lang, "does not meet", "ne respecte pas"));
  if (program === "fsw") return inLang(lang, `FSW needs CLB ${FSW_MINIMUMS.language.clbEachAbility} in all four: this ${yes(lowest >= FSW_MINIMUMS.language.clbEachAbility)} it.`, `Le PTQF exige NCLC ${FSW_MINIMUMS.language.clbEachAbility} partout : ce résultat ${yes(lowest >= FSW_MINIMUMS.language.clbEachAbility)} l’exigence.`);
  if (program === "cec") return inLang(lang, `CEC needs CLB ${CEC_RULES.language.teer0or1} in all four for TEER 0–1 work (${yes(lowest >= CEC_RULES.language.teer0or1)}) and CLB ${CEC_RULES.language.teer2or3} for TEER 2–3 work (${yes(lowest >= CEC_RULES.language.teer2or3)}).`, `La CEC exige NCLC ${CEC_RULES.language.teer0or1} partout pour un travail FEER 0–1 (${yes(lowest >= CEC_RULES.language.teer0or1)}) et NCLC ${CEC_RULES.language.teer2or3} pour FEER 2–3 (${yes(lowest >= CEC_RULES.language.teer2or3)}).`);
  const f = FST_RULES.language;
  const ok = levels.speaking! >= f.speaking && levels.listening! >= f.listening && levels.reading! >= f.reading && levels.writing! >= f.writing;
  return inLang(lang, `FST needs CLB ${f.speaking} in speaking and listening, ${f.reading} in reading and writing: this ${yes(ok)} it.`, `Le PTMSF exige NCLC ${f.speaking} à l’oral, ${f.reading} à l’écrit : ce résultat ${yes(ok)} l’exigence.`);
}

export function levelsAnswer(t: TestScores, lang: Lang, program?: Slots["program"]): Reply | undefined {
  const m = qaMessages(lang);
  const found = levelsOfScores(t);
  const name = TEST_NAMES[t.test];
  const lines: string[] = [];
  if (found.invalid.length) {
    const [lo, hi] = RANGES[t.test](found.invalid[0]!);
    lines.push(m.clbOutOfRange(name, `${lo}–${hi}`));
  }
  if (!Object.keys(found.levels).length && !lines.length) return undefined;
  if (Object.keys(found.levels).length)
    lines.unshift(t.all !== undefined ? m.clbAll(name, String(t.all), levelsText(t, found, lang)) : m.clbPer(name, levelsText(t, found, lang)));
  const verdict = programLine(program, found.levels, lang);
  if (verdict) lines.push(verdict);
  if (t.test === "tef_canada") lines.push(m.clbTefNote);
  return { title: m.clbTitle, lines, links: [officialLink("languageTests", lang)], footer: lang === "fr" ? "Tables d’équivalence d’IRCC" : "IRCC's equivalency tables" };
}
