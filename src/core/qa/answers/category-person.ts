import { CATEGORIES_2026, CATEGORY_CHANGES_2026, CATEGORY_WORK_RULE, type CategoryRule } from "../../../content/eligibility/categories.ts";
import { ABILITIES, type Ability } from "../../crs/language.ts";
import { levelsOfScores } from "./language-levels.ts";
import { jobTitleMatches } from "./noc-answer.ts";
import { ASPECT_WORDS } from "./program-aspects.ts";
import { inLang, type Lang } from "../../reply.ts";
import type { NocUnit } from "../../eligibility/noc-catalogue.ts";
import type { SlotName, Slots } from "../understand/slots.ts";

/**
 * A category asked about with the person's own facts: the job named (on the 2026 list, taken off it, or not
 * on it), the months of work against the 12 needed (and whether work abroad counts), and a French level
 * against the French category's NCLC 7. Each line says what it checked; the slots it used are returned.
 */

const ABROAD = ASPECT_WORDS.find(([a]) => a === "foreignWork")![1];

export function categoryRuleOf(key: string): CategoryRule | undefined {
  return CATEGORIES_2026.categories.find((c) => c.drawKey === key || (key === "researchers" && c.drawKey.startsWith("researchers")));
}

/** A job named in the plural or after "are/les/do": "are cooks still in trades?", "les infirmières sont-elles dans…". */
export function jobsNamedIn(text: string): NocUnit[] {
  const direct = jobTitleMatches(text);
  if (direct.length) return direct;
  const m = /\b(?:are|do|does|for|les|des|pour les|est ce que les)\s+([a-z]{4,}(?: [a-z]{4,})?)\b/.exec(text);
  return m ? jobTitleMatches(`as a ${m[1]}`) : [];
}

export function categoryPersonLines(key: string, s: Slots, text: string, lang: Lang): { lines: string[]; used: SlotName[] } {
  const rule = categoryRuleOf(key);
  if (!rule) return { lines: [], used: [] };
  const lines: string[] = [];
  const used: SlotName[] = [];
  const name = rule.name[lang];
  // The job named.
  if (rule.kind === "occupation") {
    const removed = CATEGORY_CHANGES_2026[rule.key]?.removed ?? [];
    // One line per verdict: on the list, taken off it for 2026, not on it.
    const units = jobsNamedIn(text).slice(0, 4);
    const t = (us: NocUnit[]) => us.map((u) => `${u.code} ${u.title[lang]}`).join("; ");
    const on = units.filter((u) => rule.nocs.includes(u.code)), off = units.filter((u) => removed.includes(u.code)), not = units.filter((u) => !on.includes(u) && !off.includes(u));
    if (on.length) lines.push(inLang(lang, `${not.length || off.length ? "" : "Yes: "}on the 2026 ${name} list — ${t(on)}.`, `${not.length || off.length ? "" : "Oui : "}sur la liste 2026 de la catégorie ${name} — ${t(on)}.`));
    if (off.length) lines.push(inLang(lang, `${on.length ? "" : "No: "}taken off the ${name} list for 2026 (on the 2025 list) — ${t(off)}.`, `${on.length ? "" : "Non : "}retirée(s) de la liste ${name} pour 2026 (sur la liste 2025) — ${t(off)}.`));
    if (not.length) lines.push(inLang(lang, `${on.length ? "" : "No: "}not on the 2026 ${name} list — ${t(not)}.`, `${on.length ? "" : "Non : "}absente(s) de la liste 2026 de la catégorie ${name} — ${t(not)}.`));
    if (on.length && (off.length || not.length)) lines.push(inLang(lang, "Several NOC codes fit that title: what counts is the one whose main duties match your job.", "Plusieurs codes CNP correspondent à ce titre : c’est celui dont les fonctions principales correspondent à votre emploi qui compte."));
    // The months of work.
    const abroad = ABROAD.test(text) || (s.foreignWorkYears !== undefined && s.canadianWorkYears === undefined);
    const months = s.workMonths ?? (s.canadianWorkYears !== undefined ? s.canadianWorkYears * 12 : s.foreignWorkYears !== undefined ? s.foreignWorkYears * 12 : undefined);
    if (rule.inCanadaOnly && abroad) {
      lines.push(inLang(lang, `Work abroad does not count for ${name}: its ${rule.months} months must be in Canada.`, `Le travail à l’étranger ne compte pas pour ${name} : ses ${rule.months} mois doivent être au Canada.`));
      used.push("foreignWorkYears");
    } else if (months !== undefined && rule.months) {
      lines.push(months >= rule.months
        ? inLang(lang, `${months} months: enough for the ${rule.months} months of full-time work (or the same part-time) needed in one listed occupation within ${rule.windowYears} years${rule.inCanadaOnly ? ", in Canada" : ""}.`, `${months} mois : assez pour les ${rule.months} mois de travail à temps plein (ou l’équivalent à temps partiel) exigés dans une profession listée en ${rule.windowYears} ans${rule.inCanadaOnly ? ", au Canada" : ""}.`)
        : inLang(lang, `${months} months: not yet — ${name} needs ${rule.months} months of full-time work (or the same part-time) in one listed occupation within ${rule.windowYears} years.`, `${months} mois : pas encore — ${name} exige ${rule.months} mois de travail à temps plein (ou l’équivalent à temps partiel) dans une profession listée en ${rule.windowYears} ans.`));
      used.push("workMonths", "canadianWorkYears", "foreignWorkYears");
    } else if (abroad) lines.push(inLang(lang, `Work abroad counts for ${name}: the ${rule.months} months can be in Canada or abroad.`, `Le travail à l’étranger compte pour ${name} : les ${rule.months} mois peuvent être au Canada ou à l’étranger.`));
  }
  // A French level against NCLC 7 in all four.
  if (rule.kind === "language") {
    const need = CATEGORY_WORK_RULE.frenchNclc;
    const levels: Partial<Record<Ability, number>> | undefined = s.frenchNclc !== undefined ? Object.fromEntries(ABILITIES.map((a) => [a, s.frenchNclc!]))
      : s.clbLevels ?? (s.test && (s.test.test === "tef_canada" || s.test.test === "tcf_canada") ? levelsOfScores(s.test).levels : s.clb !== undefined && (/\b(nclc|french|francais)\b/.test(text) || !/\bclb\b/.test(text)) ? (s.ability ? { [s.ability]: s.clb } : Object.fromEntries(ABILITIES.map((a) => [a, s.clb!]))) : undefined);
    if (levels) {
      const short = ABILITIES.filter((a) => levels[a] !== undefined && levels[a]! < need);
      const abilityName = (a: Ability) => inLang(lang, a, { listening: "compréhension de l’oral", reading: "compréhension de l’écrit", writing: "expression écrite", speaking: "expression orale" }[a]);
      lines.push(short.length
        ? inLang(lang, `Not enough: the French category needs NCLC ${need} in all four French abilities (${short.map((a) => `${abilityName(a)} ${levels[a]}`).join(", ")}).`, `Pas assez : la catégorie francophone exige NCLC ${need} dans les quatre compétences en français (${short.map((a) => `${abilityName(a)} ${levels[a]}`).join(", ")}).`)
        : inLang(lang, `That meets the French category's NCLC ${need}${Object.keys(levels).length < 4 ? " for the abilities given; all four need it" : " in all four abilities"} (you must also be eligible for FSW, CEC or FST).`, `Cela respecte le NCLC ${need} de la catégorie francophone${Object.keys(levels).length < 4 ? " pour les compétences indiquées; les quatre doivent l’atteindre" : " dans les quatre compétences"} (il faut aussi être admissible au PTQF, à la CEC ou au PTMSF).`));
      used.push("clb", "test", "ability", "testName");
    }
  }
  return { lines: lines.map((l) => l.charAt(0).toUpperCase() + l.slice(1)), used };
}
