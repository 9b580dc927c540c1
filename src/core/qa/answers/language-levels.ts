import { qaMessages } from "../../../content/qa-messages.ts";
import { ABILITIES, levelFor, TEST_NAMES, type Ability } from "../../crs/language.ts";
import { officialLink } from "../../links.ts";
import type { Lang, Reply } from "../../reply.ts";
import type { TestScores } from "../understand/slots.ts";

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

export function levelsAnswer(t: TestScores, lang: Lang): Reply | undefined {
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
  if (t.test === "tef_canada") lines.push(m.clbTefNote);
  return { title: m.clbTitle, lines, links: [officialLink("languageTests", lang)], footer: lang === "fr" ? "Tables d’équivalence d’IRCC" : "IRCC's equivalency tables" };
}
