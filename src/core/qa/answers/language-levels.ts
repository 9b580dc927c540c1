import { qaMessages } from "../../../content/qa-messages.ts";
import { ABILITIES, levelFor, minScoreFor, TEF_SCALE_2019, tefScale, TEST_NAMES, type Ability } from "../../crs/language.ts";
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
    else levels[a] = levelFor({ test: t.test, testDate: t.testDate }, a, score);
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

/** The TEF Canada table a test date falls in, said when it is not today's. */
function tefScaleLine(t: TestScores, lang: Lang): string {
  const scale = tefScale(t.testDate);
  if (scale === "2023") return qaMessages(lang).clbTefNote;
  if (scale === "2019") return inLang(lang, `A TEF Canada taken from ${TEF_SCALE_2019} to 2023-12-09 uses that period's table (the same bands in all four abilities; from one third-party copy of IRCC's page).`, `Un TEF Canada passé du ${TEF_SCALE_2019} au 2023-12-09 suit la table de cette période (les mêmes bandes dans les quatre compétences; d’après une seule copie non officielle de la page d’IRCC).`);
  return inLang(lang, `A TEF taken before ${TEF_SCALE_2019} uses the old scale (reading out of 300, listening 360, writing and speaking 450).`, `Un TEF passé avant le ${TEF_SCALE_2019} suit l’ancienne échelle (compréhension écrite sur 300, orale sur 360, expression sur 450).`);
}

export function levelsAnswer(t: TestScores, lang: Lang, program?: Slots["program"], asked?: number, text = ""): Reply | undefined {
  const m = qaMessages(lang);
  const found = levelsOfScores(t);
  const name = TEST_NAMES[t.test];
  const lines: string[] = [];
  // IELTS Academic is not an accepted test: say so before any level.
  if (t.test === "ielts" && /\b(academic|academique|ielts a)\b/.test(text)) lines.push(inLang(lang, "IELTS Academic is not accepted for Express Entry: only IELTS General Training is. For the record, the same bands in General Training would give:", "L’IELTS Academic n’est pas accepté pour Entrée express : seul l’IELTS General Training l’est. À titre indicatif, les mêmes notes en General Training donneraient :"));
  // No test named: the one the scores' scale points to, said as an assumption.
  if (t.assumed) lines.push(inLang(lang, `No test was named: these scores fit ${name}'s scale, so I read them as ${name}.`, `Aucun test n’est nommé : ces résultats correspondent à l’échelle du ${name}, je les lis donc comme tels.`));
  if (!Object.keys(found.levels).length && !found.invalid.length) return undefined;
  if (Object.keys(found.levels).length)
    lines.push(t.all !== undefined ? m.clbAll(name, String(t.all), levelsText(t, found, lang)) : m.clbPer(name, levelsText(t, found, lang)));
  if (found.invalid.length) {
    const [lo, hi] = RANGES[t.test](found.invalid[0]!);
    lines.push(m.clbOutOfRange(name, `${lo}–${hi}`));
  }
  // Whole-number bands up to 9 without a test named could be CELPIP's too.
  if (t.assumed && t.test === "ielts" && ABILITIES.every((a) => t.scores[a] === undefined || Number.isInteger(t.scores[a]))) {
    const celpip = levelsOfScores({ ...t, test: "celpip" });
    lines.push(inLang(lang, `If they are CELPIP scores instead: ${levelsText({ ...t, test: "celpip" }, celpip, lang)}.`, `S’il s’agit plutôt de résultats CELPIP : ${levelsText({ ...t, test: "celpip" }, celpip, lang)}.`));
  }
  // "6.5 overall": IRCC converts each ability's band, not the overall score.
  if (t.all !== undefined && /\b(overall|global|globale|moyenne|average|total)\b/.test(text)) lines.push(inLang(lang, `IRCC converts each ability's score, not the overall one: the levels above assume ${t.all} in every ability — a lower band in one ability lowers that ability's level.`, `IRCC convertit le résultat de chaque compétence, pas la note globale : les niveaux ci-dessus supposent ${t.all} dans chaque compétence — une note plus basse dans une compétence abaisse son niveau.`));
  const verdict = programLine(program, found.levels, lang);
  if (verdict) lines.push(verdict);
  // "IELTS 8 7 7 7 — is that CLB 9?": whether every ability given reaches the level asked.
  const known = ABILITIES.filter((a) => found.levels[a] !== undefined);
  if (asked !== undefined && known.length) {
    const below = known.filter((a) => found.levels[a]! < asked);
    const unit = unitOf(t.test);
    lines.push(below.length === 0
      ? inLang(lang, `Yes: ${unit} ${asked} or more in ${known.length === 4 ? "all four abilities" : known.map((a) => m.abilities[a]).join(", ")}.`, `Oui : ${unit} ${asked} ou plus ${known.length === 4 ? "dans les quatre compétences" : `en ${known.map((a) => m.abilities[a]).join(", ")}`}.`)
      : inLang(lang, `Not ${unit} ${asked} everywhere: ${below.map((a) => `${m.abilities[a]} is ${m.clbLevel(unit, found.levels[a]!)}`).join(", ")}.`, `Pas ${unit} ${asked} partout : ${below.map((a) => `${m.abilities[a]} donne ${m.clbLevel(unit, found.levels[a]!)}`).join(", ")}.`));
  }
  if (t.test === "tef_canada") lines.push(tefScaleLine(t, lang));
  return { title: m.clbTitle, lines, links: [officialLink("languageTests", lang)], footer: lang === "fr" ? "Tables d’équivalence d’IRCC" : "IRCC's equivalency tables" };
}

const ENGLISH_TESTS: ReadonlyArray<TestScores["test"]> = ["ielts", "celpip", "pte_core"];
const FRENCH_TESTS: ReadonlyArray<TestScores["test"]> = ["tef_canada", "tcf_canada"];

/** The levels a program needs in each ability, by case ("TEER 0–1 work", …). */
export function programLevels(program: "fsw" | "cec" | "fst", lang: Lang): Array<{ label: string; levels: Record<Ability, number> }> {
  const all = (n: number) => Object.fromEntries(ABILITIES.map((a) => [a, n])) as Record<Ability, number>;
  if (program === "fsw") return [{ label: inLang(lang, `FSW (CLB ${FSW_MINIMUMS.language.clbEachAbility} in all four)`, `PTQF (NCLC ${FSW_MINIMUMS.language.clbEachAbility} partout)`), levels: all(FSW_MINIMUMS.language.clbEachAbility) }];
  if (program === "cec") return [
    { label: inLang(lang, `CEC, TEER 0–1 work (CLB ${CEC_RULES.language.teer0or1})`, `CEC, travail FEER 0–1 (NCLC ${CEC_RULES.language.teer0or1})`), levels: all(CEC_RULES.language.teer0or1) },
    { label: inLang(lang, `CEC, TEER 2–3 work (CLB ${CEC_RULES.language.teer2or3})`, `CEC, travail FEER 2–3 (NCLC ${CEC_RULES.language.teer2or3})`), levels: all(CEC_RULES.language.teer2or3) },
  ];
  const f = FST_RULES.language;
  return [{ label: inLang(lang, `FST (CLB ${f.speaking} speaking and listening, ${f.reading} reading and writing)`, `PTMSF (NCLC ${f.speaking} à l’oral, ${f.reading} à l’écrit)`), levels: { listening: f.listening, speaking: f.speaking, reading: f.reading, writing: f.writing } }];
}

/** One test's lowest scores for the given levels: "IELTS General Training: listening 8.0, reading 7.0, …". */
function thresholdLine(test: TestScores["test"], levels: Partial<Record<Ability, number>>, lang: Lang): string | undefined {
  const m = qaMessages(lang);
  const parts = ABILITIES.filter((a) => levels[a] !== undefined).map((a) => {
    const level = Math.min(10, levels[a]!);
    const min = minScoreFor({ test }, a, level);
    if (min === undefined) return undefined;
    const shown = test === "ielts" ? min.toFixed(1) : String(min);
    return `${m.abilities[a]} ${shown}`;
  });
  if (parts.some((p) => p === undefined)) return undefined;
  return `${TEST_NAMES[test]}: ${parts.join(", ")}`;
}

/** A program's language minimums in one test's scores: "For IELTS General Training: listening 6.0, reading 6.0, …". */
export function programTestLines(program: "fsw" | "cec" | "fst", test: TestScores["test"], lang: Lang): string[] {
  const sets = programLevels(program, lang);
  return sets.flatMap(({ label, levels }) => {
    const line = thresholdLine(test, levels, lang);
    return line ? [inLang(lang, `In test scores${sets.length > 1 ? ` (${label})` : ""} — ${line}.`, `En résultats de test${sets.length > 1 ? ` (${label})` : ""} — ${line}.`)] : [];
  });
}

/**
 * "What IELTS score do I need for CLB 9?", "quel score au TEF pour NCLC 7 ?", "what CELPIP for FSW?": the lowest score
 * of each test (or the test named) that gives each level, from the same tables as the conversion.
 */
export function thresholdsAnswer(s: Slots, lang: Lang): Reply | undefined {
  const m = qaMessages(lang);
  const targets: Array<{ label: string; levels: Partial<Record<Ability, number>> }> = [];
  if (s.clb !== undefined) {
    if (s.clb < 4 || s.clb > 12) return undefined;
    const levels = s.ability ? { [s.ability]: s.clb } : Object.fromEntries(ABILITIES.map((a) => [a, s.clb!]));
    targets.push({ label: inLang(lang, `CLB/NCLC ${s.clb}${s.ability ? ` in ${m.abilities[s.ability]}` : ""}`, `NCLC/CLB ${s.clb}${s.ability ? ` en ${m.abilities[s.ability]}` : ""}`), levels });
  } else if (s.program && s.program !== "pnp") targets.push(...programLevels(s.program, lang));
  else if (s.testName) {
    // "How do IELTS scores convert to CLB?": the test's whole table, level by level.
    const rows = [10, 9, 8, 7, 6, 5, 4].map((level) => `${unitOf(s.testName!)} ${level}: ${thresholdLine(s.testName!, Object.fromEntries(ABILITIES.map((a) => [a, level])), lang)?.replace(/^[^:]+: /, "")}`);
    const lines = [inLang(lang, `${TEST_NAMES[s.testName]} → ${unitOf(s.testName)}, lowest score per ability:`, `${TEST_NAMES[s.testName]} → ${unitOf(s.testName)}, résultat minimal par compétence :`), ...rows];
    if (s.testName === "tef_canada") lines.push(m.clbTefNote);
    if (s.testName === "ielts") lines.push(inLang(lang, "IELTS General Training only: IELTS Academic is not accepted.", "IELTS General Training seulement : l’IELTS Academic n’est pas accepté."));
    return { title: m.clbTitle, lines, links: [officialLink("languageTests", lang)], footer: lang === "fr" ? "Tables d’équivalence d’IRCC" : "IRCC's equivalency tables" };
  } else return undefined;
  const tests = s.testName ? [s.testName] : [...ENGLISH_TESTS, ...FRENCH_TESTS];
  const lines = targets.map((t) => {
    const rows = tests.map((test) => thresholdLine(test, t.levels, lang)).filter((x): x is string => !!x);
    return `${inLang(lang, `Lowest scores for ${t.label}`, `Résultats minimaux pour ${t.label}`)} — ${rows.join(" · ")}.`;
  });
  if (s.clb !== undefined && s.clb > 10) lines.push(inLang(lang, "CLB 10 is the highest level the CRS counts; CELPIP 10–12 all count as CLB 10.", "NCLC 10 est le plus haut niveau que compte le SCG; CELPIP 10 à 12 comptent tous comme CLB 10."));
  if (tests.includes("tef_canada")) lines.push(m.clbTefNote);
  if (tests.includes("ielts")) lines.push(inLang(lang, "IELTS General Training only: IELTS Academic is not accepted.", "IELTS General Training seulement : l’IELTS Academic n’est pas accepté."));
  return { title: m.clbTitle, lines, links: [officialLink("languageTests", lang)], footer: lang === "fr" ? "Tables d’équivalence d’IRCC" : "IRCC's equivalency tables" };
}
