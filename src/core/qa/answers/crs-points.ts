import { crsMessages } from "../../../content/crs-messages.ts";
import { ABILITIES, type Ability } from "../../crs/language.ts";
import { CURRENT_RULES, EDUCATION_LEVELS, RULES_2020_10_27 } from "../../crs/rules.ts";
import { link, officialLink } from "../../links.ts";
import { inLang, type Lang, type Reply } from "../../reply.ts";
import { calculate } from "../../crs/calculate.ts";
import type { CrsProfile } from "../../crs/profile.ts";
import { askedFactors, type CrsFactor } from "../understand/crs-factor.ts";
import { educationLevelsIn } from "../understand/person.ts";
import type { SlotName, Slots } from "../understand/slots.ts";
import { levelsOfScores, levelsText } from "./language-levels.ts";
import { qaMessages } from "../../../content/qa-messages.ts";

/**
 * "How many points is …?" for one or more CRS factors, computed from the rules tables (never a typed
 * figure): age, education, first and second language, Canadian and foreign work, the spouse's education,
 * language and Canadian work, Canadian credential, transferability, certificate of qualification,
 * sibling, French, nomination, job offer. Which factors are asked comes from understand/crs-factor.ts;
 * each factor honours the values the question gives (an age, a level, years) and otherwise shows its
 * table, so a factor named without a value is still answered ("can my spouse's education add points?").
 */

const r = CURRENT_RULES;

/** Work while studying (co-op, campus jobs): excluded from CEC's experience (ELIGIBILITY.md §2). */
const STUDENT_WORK = /\b(student|students|studying|while (?:i )?stud\w*|co ?op|coop|internship|stage|etudiante?s?|pendant (?:mes|les) etudes|permis d etudes|study permit)\b/;
const STUDENT_LINE = (lang: Lang) => inLang(lang, "Work done while a full-time student (co-op, on- or off-campus work) does not count toward CEC's Canadian experience.", "Le travail fait pendant des études à temps plein (stage coop, travail sur ou hors campus) ne compte pas dans l’expérience canadienne de la CEC.");

/** "Age limit", "too old", "still a chance at 46". */
export const AGE_LIMIT = /\b(age limit|maximum age|max age|limite d age|age maximum|age limite|(?:am i|i m|im|i am|if i m|if i am) (?:\w+ )?too old|too old (?:to|for) (?:apply|immigrate|express entry)|(?:je suis|suis je|si je suis) (?:\w+ )?trop (?:vieux|vieille|age|agee)|trop (?:vieux|vieille|age|agee) pour|still (?:a chance|eligible)|encore (?:une chance|admissible)|can i (?:still )?apply (?:at|when|if|with)|peux je (?:encore )?postuler a|minimum age|min age|age minimum|age minimal|youngest|too young|trop jeune|how young|age requirements?|exigences? d age|age requis)\b/;
/** A question about the youngest age: "minimum age for express entry", "am I too young at 17?". */
const AGE_MIN = /\b(minimum age|min age|age minimum|age minimal|youngest|too young|trop jeune|how young|under 18|moins de 18)\b/;
const AGE_MIN_LINE = (lang: Lang) => inLang(lang,
  "No Express Entry program sets a minimum (or maximum) age in its minimums; the CRS gives 0 age points at 17 or younger (99 at 18 without a spouse), and the FSW grid's age points start at 18.",
  "Aucun programme d’Entrée express ne fixe d’âge minimum (ni maximum) dans ses exigences; le SCG donne 0 point pour l’âge à 17 ans ou moins (99 à 18 ans sans époux), et les points d’âge de la grille du PTQF commencent à 18 ans.");
const AGE_LIMIT_LINE = (lang: Lang, text = "") => AGE_MIN.test(text) ? AGE_MIN_LINE(lang) : inLang(lang,
  "No Express Entry program has a maximum age: age is not among the FSW, CEC or FST minimums. The CRS gives no age points from 45, and the FSW grid none from 47, so other factors must carry the score.",
  "Aucun programme d’Entrée express n’a d’âge maximum : l’âge ne fait pas partie des exigences du PTQF, de la CEC ou du PTMSF. Le SCG ne donne plus de points pour l’âge à partir de 45 ans, et la grille du PTQF à partir de 47 ans : les autres facteurs doivent porter la note.");

export interface PointsAnswer {
  /** The answer gives the points of a level, not the change the question asks (the levels now are not given). */
  partial?: boolean;
  /** The first factor answered. */
  factor: string;
  factors: CrsFactor[];
  reply: Reply;
  /** The slots the answer used. */
  honoured: SlotName[];
  /** The question named the factor it asks about: other slots are background. */
  named: boolean;
}

const fr = (lang: Lang) => lang === "fr";
/** "120 points without an accompanying spouse or partner, 112 with one", or only the side the question gave. */
function both(lang: Lang, withS: number, without: number, married?: boolean): string {
  if (married === true) return fr(lang) ? `${withS} points (avec un époux ou conjoint qui vous accompagne)` : `${withS} points (with an accompanying spouse or partner)`;
  if (married === false) return fr(lang) ? `${without} points (sans époux ou conjoint qui vous accompagne)` : `${without} points (without an accompanying spouse or partner)`;
  return fr(lang) ? `${without} points sans époux ou conjoint qui vous accompagne, ${withS} avec` : `${without} points without an accompanying spouse or partner, ${withS} with one`;
}
/** "110/100" for a table row: without a spouse / with one. */
const pair = (without: number, withS: number) => `${without}/${withS}`;
const pairNote = (lang: Lang) => inLang(lang, "(without / with an accompanying spouse or partner)", "(sans / avec époux ou conjoint qui vous accompagne)");

/** Rows of equal values grouped: [[from, to, value], …]. */
function runs<T>(values: readonly T[], from: number, same: (a: T, b: T) => boolean): Array<[number, number, T]> {
  const out: Array<[number, number, T]> = [];
  for (let i = from; i < values.length; i++) {
    const last = out[out.length - 1];
    if (last && same(last[2], values[i]!)) last[1] = i;
    else out.push([i, i, values[i]!]);
  }
  return out;
}
const span = (a: number, b: number, last: number, lang: Lang) => (a === b ? (a === last ? inLang(lang, `${a}+`, `${a} et +`) : `${a}`) : b === last ? inLang(lang, `${a}+`, `${a} et +`) : `${a}–${b}`);

/** Levels per ability from a test or a CLB level, or undefined. */
function levelsOf(s: Slots): Partial<Record<Ability, number>> | undefined {
  if (s.test) {
    const found = levelsOfScores(s.test);
    return Object.keys(found.levels).length ? found.levels : undefined;
  }
  if (s.clbLevels) return s.clbLevels;
  if (s.clb !== undefined) return s.ability ? { [s.ability]: s.clb } : Object.fromEntries(ABILITIES.map((a) => [a, s.clb!]));
  return undefined;
}

const sumTable = (levels: Partial<Record<Ability, number>>, table: readonly number[]) =>
  Object.values(levels).reduce((sum, l) => sum + table[Math.min(table.length - 1, l!)]!, 0);

function levelsIntro(s: Slots, lang: Lang): string {
  if (s.test) return `${levelsText(s.test, levelsOfScores(s.test), lang)}. `;
  if (s.clbLevels) return `${ABILITIES.filter((a) => s.clbLevels![a] !== undefined).map((a) => `${qaMessages(lang).abilities[a]} CLB ${s.clbLevels![a]}`).join(", ")}. `;
  if (s.ability) return inLang(lang, `CLB/NCLC ${s.clb} in ${s.ability}. `, `NCLC/CLB ${s.clb} en ${({ listening: "compréhension de l’oral", reading: "compréhension de l’écrit", writing: "expression écrite", speaking: "expression orale" } as const)[s.ability]}. `);
  return inLang(lang, `CLB/NCLC ${s.clb} in each ability. `, `NCLC/CLB ${s.clb} dans chaque compétence. `);
}

function partialNote(levels: Partial<Record<Ability, number>>, lang: Lang): string {
  const count = Object.keys(levels).length;
  return count < 4 ? inLang(lang, ` (for ${count} of the 4 abilities)`, ` (pour ${count} compétence${count > 1 ? "s" : ""} sur 4)`) : "";
}

/** Per-ability table of a language factor: "CLB 4–5: 6/6 · 6: 9/8 …". */
function languageTable(withT: readonly number[], withoutT: readonly number[], lang: Lang): string {
  const rows = runs(withoutT.map((w, i) => [w, withT[i]!] as const), 4, (a, b) => a[0] === b[0] && a[1] === b[1]).filter(([, , v]) => v[0] > 0 || v[1] > 0);
  return rows.map(([a, b, v]) => `CLB ${span(a, b, withoutT.length - 1, lang)}: ${v[0] === v[1] ? v[0] : pair(v[0], v[1])}`).join(" · ");
}

type Builder = (s: Slots, text: string, lang: Lang) => string[];

const BUILDERS: Record<CrsFactor, Builder> = {
  otherRelative: (_s, _text, lang) => [inLang(lang, `For the CRS, only a brother or sister (18+, citizen or PR, living in Canada) counts: ${r.additional.sibling} points. A cousin, uncle, aunt, parent or other relative does not count for the CRS — though for the FSW 67-point grid, a relative in Canada (parent, grandparent, child, grandchild, sibling, aunt or uncle, niece or nephew) gives 5 adaptability points.`,
    `Pour le SCG, seul un frère ou une soeur (18 ans ou plus, citoyen ou RP, vivant au Canada) compte : ${r.additional.sibling} points. Un cousin, un oncle, une tante, un parent ou un autre membre de la famille ne compte pas pour le SCG — mais pour la grille de 67 points du PTQF, un parent au Canada (père ou mère, grand-parent, enfant, petit-enfant, frère ou soeur, oncle ou tante, neveu ou nièce) donne 5 points d’adaptabilité.`)],
  spouseStatus: (_s, _text, lang) => [inLang(lang, `A spouse or partner who is not coming with you, or who is a Canadian citizen or PR, does not count: you are scored as single — your own factors use the "without a spouse" column (for example ${r.age.without[30]} instead of ${r.age.with[30]} at age 30, up to ${r.coreCap.without} core points instead of ${r.coreCap.with}) and there are no spouse factors.`,
    `Un époux ou conjoint qui ne vous accompagne pas, ou qui est citoyen canadien ou RP, ne compte pas : vous êtes évalué comme célibataire — vos facteurs suivent la colonne « sans époux » (par exemple ${r.age.without[30]} au lieu de ${r.age.with[30]} à 30 ans, jusqu’à ${r.coreCap.without} points de base au lieu de ${r.coreCap.with}) et il n’y a aucun facteur de l’époux.`)],
  age: (s, text, lang) => {
    const rows = runs(r.age.without.map((w, i) => [w, r.age.with[i]!] as const), 18, (a, b) => a[0] === b[0] && a[1] === b[1]);
    const table = rows.map(([a, b, v]) => `${span(a, b, r.age.without.length - 1, lang)}: ${pair(v[0], v[1])}`).join(" · ");
    // "I'm 29 but I turn 30 next week": the age turned is the one asked.
    const turning = /\b(?:turn|turning|will be|ll be|going to be|gonna be|aurai|vais avoir|vas avoir)\s+(\d{2})\b/.exec(text);
    if (turning && Number(turning[1]) >= 17 && Number(turning[1]) <= 70) s = { ...s, age: Number(turning[1]) };
    if (s.age === undefined) return [inLang(lang, `Age points ${pairNote(lang)}: ${table}. The most is at ages 20 to 29; none from 45.`, `Points pour l’âge ${pairNote(lang)} : ${table}. Le maximum est de 20 à 29 ans; aucun à partir de 45 ans.`), ...(AGE_LIMIT.test(text) ? [AGE_LIMIT_LINE(lang, text)] : [])];
    const at = (age: number) => Math.min(Math.max(age, 0), r.age.with.length - 1);
    const lines = [inLang(lang, `At age ${s.age}: ${both(lang, r.age.with[at(s.age)]!, r.age.without[at(s.age)]!, s.married)}. The most is at ages 20 to 29.`, `À ${s.age} ans : ${both(lang, r.age.with[at(s.age)]!, r.age.without[at(s.age)]!, s.married)}. Le maximum est atteint de 20 à 29 ans.`)];
    // "Can I still apply at 50?": no program has a maximum age; the points end.
    if (s.age < 18) lines.push(AGE_MIN_LINE(lang));
    else if (s.age >= 45 || AGE_LIMIT.test(text)) lines.push(AGE_LIMIT_LINE(lang, text));
    // "I turn 30, how many points do I lose?": the year before against this one.
    if (/\b(lose|losing|lost|drop\w*|decrease\w*|go down|perd\w*|baisse\w*|diminu\w*|turn|turning|birthday|anniversaire|next year|l an prochain)\b/.test(text) && s.age > 18) {
      const before = at(s.age - 1), now = at(s.age);
      const lostWithout = r.age.without[before]! - r.age.without[now]!, lostWith = r.age.with[before]! - r.age.with[now]!;
      lines.push(inLang(lang, `From ${s.age - 1} to ${s.age}: ${pair(r.age.without[before]!, r.age.with[before]!)} → ${pair(r.age.without[now]!, r.age.with[now]!)} ${pairNote(lang)}, so ${lostWithout === lostWith ? lostWithout : pair(lostWithout, lostWith)} point${lostWithout === 1 ? "" : "s"} less. Age counts on the day of the calculation: update your profile after a birthday.`,
        `De ${s.age - 1} à ${s.age} ans : ${pair(r.age.without[before]!, r.age.with[before]!)} → ${pair(r.age.without[now]!, r.age.with[now]!)} ${pairNote(lang)}, soit ${lostWithout === lostWith ? lostWithout : pair(lostWithout, lostWith)} point${lostWithout === 1 ? "" : "s"} de moins. L’âge compte le jour du calcul : mettez le profil à jour après un anniversaire.`));
    }
    return lines;
  },
  education: (s, _text, lang) => {
    if (!s.education) {
      const rows = EDUCATION_LEVELS.filter((e) => e !== "none").map((e) => `${crsMessages(lang).educationShort[e]}: ${pair(r.education[e].without, r.education[e].with)}`).join(" · ");
      return [inLang(lang, `Education points ${pairNote(lang)}: ${rows}. Foreign education needs an ECA.`, `Points pour les études ${pairNote(lang)} : ${rows}. Des études hors du Canada exigent une EDE.`)];
    }
    // Two levels compared ("a master's vs a PhD"): each one's points.
    const levels = educationLevelsIn(_text);
    // Two levels compared: each named in full ("two or more credentials (one of 3+ years)").
    const full = (l: typeof levels[number]) => { const t = crsMessages(lang).education[l]; return t.charAt(0).toUpperCase() + t.slice(1); };
    if (levels.length > 1) return levels.map((l) => inLang(lang, `${full(l)}: ${both(lang, r.education[l].with, r.education[l].without, s.married)}.`, `${full(l)} : ${both(lang, r.education[l].with, r.education[l].without, s.married)}.`));
    const e = r.education[s.education];
    const name = crsMessages(lang).education[s.education];
    return [inLang(lang, `For ${name}: ${both(lang, e.with, e.without, s.married)} (and ${e.spouse} for an accompanying spouse's education), plus skill-transferability points with strong language results or Canadian work.`,
      `Pour ${name} : ${both(lang, e.with, e.without, s.married)} (et ${e.spouse} pour les études d’un époux qui vous accompagne), plus des points de transférabilité avec de bons résultats linguistiques ou de l’expérience au Canada.`)];
  },
  firstLanguage: (s, _text, lang) => {
    const lv = levelsOf(s);
    // "Does IELTS give more points than CELPIP?": the level decides, not the test.
    const tests = new Set((_text.match(/\b(ielts|celpip|pte|tef|tcf)\b/g) ?? []));
    if (!lv && tests.size >= 2) return [inLang(lang, "Points follow the CLB/NCLC level, not the test: the same level earns the same points whichever accepted test gives it (each test has its own score table for each level).", "Les points suivent le niveau CLB/NCLC, pas le test : un même niveau donne les mêmes points quel que soit le test accepté (chaque test a sa propre table de résultats par niveau).")];
    if (!lv) return [inLang(lang, `First official language, per ability ${pairNote(lang)}: ${languageTable(r.firstLanguage.with, r.firstLanguage.without, lang)}; at most ${4 * r.firstLanguage.without[10]!} without a spouse, ${4 * r.firstLanguage.with[10]!} with one. A second official language adds up to ${r.secondLanguage.cap.without} (${r.secondLanguage.cap.with} with a spouse).`,
      `Première langue officielle, par compétence ${pairNote(lang)} : ${languageTable(r.firstLanguage.with, r.firstLanguage.without, lang)}; au plus ${4 * r.firstLanguage.without[10]!} sans époux, ${4 * r.firstLanguage.with[10]!} avec. Une seconde langue officielle ajoute jusqu’à ${r.secondLanguage.cap.without} (${r.secondLanguage.cap.with} avec époux).`)];
    const w = sumTable(lv, r.firstLanguage.with), wo = sumTable(lv, r.firstLanguage.without);
    const one = Object.keys(lv).length === 1 || s.clbLevels ? "" : s.clb !== undefined && !s.test ? inLang(lang, ` Per ability: ${r.firstLanguage.without[Math.min(10, s.clb)]} without a spouse, ${r.firstLanguage.with[Math.min(10, s.clb)]} with one.`, ` Par compétence : ${r.firstLanguage.without[Math.min(10, s.clb)]} sans époux, ${r.firstLanguage.with[Math.min(10, s.clb)]} avec.`) : "";
    const max = /\b(max|maximum|highest|most|full|le plus|plein)\b/.test(_text) ? inLang(lang, ` The most is CLB 10 in each ability: ${4 * r.firstLanguage.without[10]!} without a spouse, ${4 * r.firstLanguage.with[10]!} with one.`, ` Le maximum est NCLC 10 dans chaque compétence : ${4 * r.firstLanguage.without[10]!} sans époux, ${4 * r.firstLanguage.with[10]!} avec.`) : "";
    return [`${levelsIntro(s, lang)}${inLang(lang, `As your first official language: ${both(lang, w, wo, s.married)}${partialNote(lv, lang)}.`, `Comme première langue officielle : ${both(lang, w, wo, s.married)}${partialNote(lv, lang)}.`)}${one}${max}`,
      inLang(lang, "Plus skill-transferability points at CLB 7+ in all four; for a full calculation, /crs.", "Plus des points de transférabilité avec NCLC 7 ou plus partout; pour un calcul complet, /crs.")];
  },
  secondLanguage: (s, _text, lang) => {
    // Both languages' levels given: the second is the one that is not first ("je suis francophone (NCLC 9), CLB 7 en anglais").
    const second = s.englishClb !== undefined && s.frenchNclc !== undefined && s.firstLanguageIs ? (s.firstLanguageIs === "fr" ? s.englishClb : s.frenchNclc) : undefined;
    if (second !== undefined) s = { ...s, clb: second, test: undefined, ability: undefined };
    const lv = levelsOf(s);
    const caps = inLang(lang, `capped at ${r.secondLanguage.cap.without} without a spouse, ${r.secondLanguage.cap.with} with one`, `plafonné à ${r.secondLanguage.cap.without} sans époux, ${r.secondLanguage.cap.with} avec`);
    if (!lv) return [inLang(lang, `Second official language, per ability: ${languageTable(r.secondLanguage.perAbility, r.secondLanguage.perAbility, lang)} (the same with or without a spouse), ${caps}.`, `Seconde langue officielle, par compétence : ${languageTable(r.secondLanguage.perAbility, r.secondLanguage.perAbility, lang)} (pareil avec ou sans époux), ${caps}.`)];
    const raw = sumTable(lv, r.secondLanguage.perAbility);
    const w = Math.min(raw, r.secondLanguage.cap.with), wo = Math.min(raw, r.secondLanguage.cap.without);
    const capNote = raw > r.secondLanguage.cap.with ? ` (${caps})` : "";
    return [`${levelsIntro(s, lang)}${inLang(lang, `As your second official language: ${both(lang, w, wo, s.married)}${partialNote(lv, lang)}${capNote}; at most 6 per ability.`, `Comme deuxième langue officielle : ${both(lang, w, wo, s.married)}${partialNote(lv, lang)}${capNote}; au plus 6 par compétence.`)}`];
  },
  canadianWork: (s, text, lang) => {
    if (s.canadianWorkYears === undefined) {
      const rows = r.canadianWork.without.map((w, i) => [w, r.canadianWork.with[i]!] as const).slice(1).map(([w, ws], i) => `${i + 1 === 5 ? inLang(lang, "5+ years", "5 ans et +") : inLang(lang, `${i + 1} year${i ? "s" : ""}`, `${i + 1} an${i ? "s" : ""}`)}: ${pair(w, ws)}`).join(" · ");
      return [...(STUDENT_WORK.test(text) ? [STUDENT_LINE(lang)] : []), inLang(lang, `Skilled Canadian work experience (TEER 0–3) ${pairNote(lang)}: ${rows}; less than a year earns none. It also adds skill-transferability points.`, `Expérience de travail qualifié au Canada (FEER 0 à 3) ${pairNote(lang)} : ${rows}; moins d’un an ne donne rien. Elle ajoute aussi des points de transférabilité.`)];
    }
    const years = Math.min(5, Math.floor(s.canadianWorkYears));
    return [...(STUDENT_WORK.test(text) ? [STUDENT_LINE(lang)] : []), inLang(lang, `${s.canadianWorkYears} year(s) of skilled Canadian work: ${both(lang, r.canadianWork.with[years]!, r.canadianWork.without[years]!, s.married)} (core factors), plus skill-transferability points.`,
      `${s.canadianWorkYears} an(s) d’expérience de travail qualifié au Canada : ${both(lang, r.canadianWork.with[years]!, r.canadianWork.without[years]!, s.married)} (facteurs de base), plus des points de transférabilité.`)];
  },
  foreignWork: (s, _text, lang) => {
    const t = r.transferability.foreign;
    if (s.foreignWorkYears === undefined) return [inLang(lang,
      `Foreign work experience earns no core points; it counts in skill transferability: 1–2 years → ${t.language[0][1]} with CLB 7+ in all four, ${t.language[1][1]} with CLB 9+; 3+ years → ${t.language[0][2]} / ${t.language[1][2]}; and the same again with 1 / 2+ years of Canadian work (this group capped at ${r.transferability.groupCap}).`,
      `L’expérience à l’étranger ne donne aucun point de base; elle compte en transférabilité : 1–2 ans → ${t.language[0][1]} avec NCLC 7+ partout, ${t.language[1][1]} avec NCLC 9+; 3 ans ou plus → ${t.language[0][2]} / ${t.language[1][2]}; et autant avec 1 / 2+ ans de travail au Canada (ce groupe plafonné à ${r.transferability.groupCap}).`)];
    const tier = s.foreignWorkYears >= 3 ? 2 : s.foreignWorkYears >= 1 ? 1 : 0;
    // With the language level or the Canadian work given: the points it makes here.
    const lv = levelsOf(s);
    const min = lv && Object.keys(lv).length === 4 ? Math.min(...Object.values(lv).map(Number)) : undefined;
    const withLanguage = min === undefined ? undefined : min >= 9 ? t.language[1][tier]! : min >= 7 ? t.language[0][tier]! : 0;
    const cw = s.canadianWorkYears === undefined ? undefined : s.canadianWorkYears >= 2 ? t.canadianWork[1][tier]! : s.canadianWorkYears >= 1 ? t.canadianWork[0][tier]! : 0;
    const here = withLanguage === undefined && cw === undefined ? [] : [inLang(lang,
      `Here: ${Math.min(r.transferability.groupCap, Math.max(withLanguage ?? 0, 0) + (cw ?? 0))} points${withLanguage !== undefined ? ` (with CLB/NCLC ${min} in all four: ${withLanguage})` : ""}${cw !== undefined ? ` (with ${s.canadianWorkYears} year(s) of Canadian work: ${cw})` : ""}.`,
      `Ici : ${Math.min(r.transferability.groupCap, Math.max(withLanguage ?? 0, 0) + (cw ?? 0))} points${withLanguage !== undefined ? ` (avec NCLC/CLB ${min} partout : ${withLanguage})` : ""}${cw !== undefined ? ` (avec ${s.canadianWorkYears} an(s) de travail au Canada : ${cw})` : ""}.`)];
    return [inLang(lang,
      `Foreign work (${s.foreignWorkYears} year(s)) earns no core points; it counts in skill transferability: ${t.language[0][tier]} points with CLB 7+ in all four, ${t.language[1][tier]} with CLB 9+, and ${t.canadianWork[0][tier]} / ${t.canadianWork[1][tier]} with 1 / 2+ years of Canadian work (capped at ${r.transferability.groupCap}).`,
      `Le travail à l’étranger (${s.foreignWorkYears} an(s)) ne donne aucun point de base; il compte en transférabilité : ${t.language[0][tier]} points avec NCLC/CLB 7+ partout, ${t.language[1][tier]} avec 9+ partout, et ${t.canadianWork[0][tier]} / ${t.canadianWork[1][tier]} avec 1 / 2+ ans de travail au Canada (plafond ${r.transferability.groupCap}).`), ...here];
  },
  spouseEducation: (s, _text, lang) => {
    if (!s.education) {
      const rows = EDUCATION_LEVELS.filter((e) => e !== "none").map((e) => `${crsMessages(lang).educationShort[e]}: ${r.education[e].spouse}`).join(" · ");
      return [inLang(lang, `Yes, if your spouse or partner comes with you (and is not a Canadian citizen or PR): their education adds ${rows} (at most 10).`, `Oui, si votre époux ou conjoint vous accompagne (et n’est pas citoyen canadien ni RP) : ses études ajoutent ${rows} (au plus 10).`)];
    }
    const name = crsMessages(lang).education[s.education];
    return [inLang(lang, `Spouse's education (${name}): ${r.education[s.education].spouse} points (at most 10), when the spouse comes with you.`, `Études de l’époux ou conjoint (${name}) : ${r.education[s.education].spouse} points (au plus 10), s’il vous accompagne.`)];
  },
  spouseLanguage: (s, text, lang) => {
    // No test for the spouse: their language earns nothing (and costs nothing of yours).
    if (/\b(?:doesn t|does not|didn t|did not|won t|will not|hasn t|has not|no|without|n a pas|pas de|sans|ne fait pas|ne passe pas)\s+(?:\w+\s+){0,2}?(?:test|ielts|celpip|pte|tef|tcf|english|anglais|french|francais)\b/.test(text)) return [inLang(lang, "Without a language test result, your accompanying spouse's language earns 0 points; with one it adds up to 20 (CLB 5–6: 1, 7–8: 3, 9+: 5 per ability). Your own points do not change.", "Sans résultat de test, la langue de l’époux qui vous accompagne donne 0 point; avec un résultat, jusqu’à 20 (NCLC 5–6 : 1, 7–8 : 3, 9+ : 5 par compétence). Vos propres points ne changent pas.")];
    const lv = levelsOf(s);
    if (!lv) return [inLang(lang, `Your accompanying spouse's first official language, per ability: ${languageTable(r.spouse.language, r.spouse.language, lang)}; at most 20 in all.`, `Première langue officielle de l’époux ou conjoint qui vous accompagne, par compétence : ${languageTable(r.spouse.language, r.spouse.language, lang)}; au plus 20 en tout.`)];
    const pts = sumTable(lv, r.spouse.language);
    return [`${levelsIntro(s, lang)}${inLang(lang, `Spouse's language: ${pts} points${partialNote(lv, lang)} (at most 5 per ability, 20 in all).`, `Langue de l’époux ou conjoint : ${pts} points${partialNote(lv, lang)} (au plus 5 par compétence, 20 en tout).`)}`];
  },
  spouseCanadianWork: (s, _text, lang) => {
    if (s.canadianWorkYears === undefined) {
      const rows = r.spouse.canadianWork.slice(1).map((p, i) => `${i + 1 === 5 ? inLang(lang, "5+ years", "5 ans et +") : inLang(lang, `${i + 1} year${i ? "s" : ""}`, `${i + 1} an${i ? "s" : ""}`)}: ${p}`).join(" · ");
      return [inLang(lang, `Your accompanying spouse's Canadian work experience: ${rows} (at most ${r.spouse.canadianWork[5]}).`, `Expérience de travail au Canada de l’époux ou conjoint qui vous accompagne : ${rows} (au plus ${r.spouse.canadianWork[5]}).`)];
    }
    const years = Math.min(5, Math.floor(s.canadianWorkYears));
    return [inLang(lang, `Spouse's Canadian work, ${s.canadianWorkYears} year(s): ${r.spouse.canadianWork[years]} points (at most ${r.spouse.canadianWork[5]}).`, `Travail au Canada de l’époux ou conjoint, ${s.canadianWorkYears} an(s) : ${r.spouse.canadianWork[years]} points (au plus ${r.spouse.canadianWork[5]}).`)];
  },
  canadianStudy: (s, text, lang) => {
    const c = r.additional.canadianStudy;
    // The length said in the question first (the Canadian credential may not be the highest one), then the level.
    const saidShort = /\b(1|2|one|two|un|deux) ?(years?|ans|yr)\b/.test(text), saidLong = /\b(3|4|5|three|four|five|trois|quatre|cinq) ?(years?|ans|yr)\b/.test(text);
    const long = saidLong || (!saidShort && (s.education === "masters" || s.education === "doctoral" || s.education === "bachelors" || s.education === "two_or_more"));
    const short = !long && (saidShort || s.education === "one_year" || s.education === "two_year");
    const which = long ? inLang(lang, `Here: ${c.three_year_plus} points.`, `Ici : ${c.three_year_plus} points.`) : short ? inLang(lang, `Here: ${c.one_or_two_year} points.`, `Ici : ${c.one_or_two_year} points.`) : "";
    return [`${inLang(lang, `A Canadian post-secondary credential: ${c.one_or_two_year} points (1 or 2 years), ${c.three_year_plus} points (3 years or more, or a master's, professional degree or PhD).`, `Un diplôme postsecondaire canadien : ${c.one_or_two_year} points (1 ou 2 ans), ${c.three_year_plus} points (3 ans ou plus, ou maîtrise, diplôme professionnel, doctorat).`)} ${which}`.trim(),
      inLang(lang, "That is on top of the points for the level of education.", "C’est en plus des points pour le niveau d’études.")];
  },
  certificateOfQualification: (s, _text, lang) => {
    const [low, high] = r.transferability.certificate;
    const lv = levelsOf(s);
    if (lv && Object.keys(lv).length === 4) {
      const lowest = Math.min(...Object.values(lv).map(Number));
      const pts = lowest >= 7 ? high : lowest >= 5 ? low : 0;
      return [inLang(lang, `Certificate of qualification with CLB ${lowest} as the lowest ability: ${pts} points of skill transferability (${low} with CLB 5+ in all four and one under 7, ${high} with CLB 7+ in all four).`, `Certificat de compétence avec NCLC/CLB ${lowest} comme plus faible niveau : ${pts} points de transférabilité (${low} avec NCLC 5 ou plus partout dont une sous 7, ${high} avec NCLC 7 ou plus partout).`)];
    }
    return [inLang(lang, `A certificate of qualification (a trade, issued by a province or territory): ${low} points with CLB 5+ in all four abilities (one under 7), ${high} points with CLB 7+ in all four (skill transferability, capped at ${r.transferability.cap}).`, `Un certificat de compétence (métier, délivré par une province ou un territoire) : ${low} points avec NCLC/CLB 5 ou plus partout (dont une compétence sous 7), ${high} points avec CLB 7 ou plus dans les quatre (transférabilité, plafonnée à ${r.transferability.cap}).`)];
  },
  sibling: (_s, text, lang) => {
    // The sibling must be a citizen or PR and live in Canada: a temporary resident, or one living abroad, earns nothing.
    const notCitizen = /\b(temporary resident|work permit|study permit|student|visitor|refugee claimant|not (?:a )?(?:pr|citizen|permanent resident)|resident temporaire|permis (?:de travail|d etudes)|etudiante?|visiteur|pas (?:citoyen|citoyenne|rp|resident))\b/.test(text);
    const abroad = /\b(lives? (?:in|at) (?!canada\b)(?:the )?\w+|living (?:in|at) (?!canada\b)(?:the )?\w+|vit (?:en|au|aux|a) (?!canada\b)\w+|habite (?:en|au|aux|a) (?!canada\b)\w+|outside canada|hors du canada|abroad|a l etranger)\b/.test(text) && !/\b(?:lives?|living|vit|habite) (?:in|au|a) (?:canada|toronto|vancouver|montreal|calgary|ottawa|edmonton|winnipeg|halifax|quebec)\b/.test(text);
    const siblingAge = /\b(?:sister|brother|sibling|soeur|frere)\s+(?:is\s+|a\s+|aged\s+|of\s+|de\s+)?(\d{1,2})\b/.exec(text);
    const under18 = /\b(under 18|minor|mineure?|moins de 18)\b/.test(text) || (!!siblingAge && Number(siblingAge[1]) < 18);
    if (notCitizen || abroad || under18) return [inLang(lang, `No: the ${r.additional.sibling} sibling points need a brother or sister who is 18 or older, a Canadian citizen or permanent resident, and living in Canada${notCitizen ? " — a temporary resident (work or study permit, visitor) does not count" : abroad ? " — one living outside Canada does not count" : " — a minor does not count"}.`,
      `Non : les ${r.additional.sibling} points pour un frère ou une soeur exigent qu’il ou elle ait 18 ans ou plus, soit citoyen canadien ou résident permanent et vive au Canada${notCitizen ? " — un résident temporaire (permis de travail ou d’études, visiteur) ne compte pas" : abroad ? " — s’il vit hors du Canada, il ne compte pas" : " — un mineur ne compte pas"}.`)];
    return [inLang(lang, `A brother or sister in Canada (18 or older, citizen or PR, living in Canada; yours or your spouse's, by blood, adoption, marriage or common-law): ${r.additional.sibling} points, married or not.`, `Un frère ou une soeur au Canada (18 ans ou plus, citoyen ou RP, vivant au Canada; le vôtre ou celui de votre époux, par le sang, l’adoption, le mariage ou l’union de fait) : ${r.additional.sibling} points, marié ou non.`)];
  },
  provincialNomination: (_s, _text, lang) => [inLang(lang, `A provincial or territorial nomination (enhanced PNP, through Express Entry): ${r.additional.provincialNomination} points.`, `Une nomination provinciale ou territoriale (PCP amélioré, par Entrée express) : ${r.additional.provincialNomination} points.`)],
  jobOffer: (_s, _text, lang) => {
    const old = RULES_2020_10_27.additional.jobOffer;
    return [inLang(lang, `No: since ${r.effective} a job offer is worth ${r.additional.jobOffer.teer_0_1_2_3} CRS points. Before that it was worth ${old.teer_0_1_2_3} (TEER 0–3) or ${old.teer_major_group_00} (major group 00). IRCC called the removal temporary, with no end date; an offer can still matter for FSW/FST eligibility.`,
      `Non : depuis le ${r.effective}, une offre d’emploi vaut ${r.additional.jobOffer.teer_0_1_2_3} point SCG. Avant, elle valait ${old.teer_0_1_2_3} points (FEER 0 à 3) ou ${old.teer_major_group_00} (grand groupe 00). IRCC a qualifié ce retrait de temporaire, sans date de fin; une offre peut encore compter pour l’admissibilité (PTQF, PTMSF).`)];
  },
  french: (s, text, lang) => {
    const f = r.additional.french;
    const nclc = s.frenchNclc !== undefined ? ["", String(s.frenchNclc)] : /\bnclc\s*(\d{1,2})\b/.exec(text) ?? /\b(\d{1,2})\s+(?:en|in)\s+(?:french|francais)\b/.exec(text);
    const clb = s.englishClb !== undefined ? ["", String(s.englishClb)] : /\bclb\s*(\d{1,2})\b/.exec(text);
    const noEnglish = /\b(no english|without english|pas de test d anglais|sans (?:test d )?anglais|pas d anglais|no ielts|sans ielts)\b/.test(text);
    const general = inLang(lang, `NCLC 7 or more in all four French abilities: ${f.strongEnglish} points with CLB 5 or more in all four English abilities, ${f.weakEnglish} with English at CLB 4 or less or no English test — on top of the language points.`,
      `NCLC 7 ou plus dans les quatre compétences en français : ${f.strongEnglish} points avec CLB 5 ou plus dans les quatre en anglais, ${f.weakEnglish} avec un anglais à CLB 4 ou moins ou sans test d’anglais — en plus des points de langue.`);
    // Levels that differ by ability: the bonus needs NCLC 7+ in every one of the four.
    if (s.clbLevels && Object.values(s.clbLevels).some((l) => l! < 7)) {
      const low = Object.entries(s.clbLevels).filter(([, l]) => l! < 7).map(([a, l]) => `${qaMessages(lang).abilities[a]} ${l}`).join(", ");
      return [inLang(lang, `No: the French bonus (${f.weakEnglish} or ${f.strongEnglish} points) needs NCLC 7 or more in all four French abilities — with NCLC ${low} it is 0. The language points themselves still count.`,
        `Non : le bonus pour le français (${f.weakEnglish} ou ${f.strongEnglish} points) exige NCLC 7 ou plus dans les quatre compétences — avec NCLC ${low} en ${low.split(" ")[0]}, il est de 0. Les points de langue comptent quand même.`)];
    }
    if (!nclc) return noEnglish ? [inLang(lang, `With no English test: ${f.weakEnglish} additional points if your TEF Canada or TCF Canada gives NCLC 7 or more in all four French abilities (${f.strongEnglish} if you also had CLB 5+ in all four English abilities).`, `Sans test d’anglais : ${f.weakEnglish} points supplémentaires si votre TEF Canada ou TCF Canada donne NCLC 7 ou plus dans les quatre compétences en français (${f.strongEnglish} avec aussi CLB 5+ partout en anglais).`)] : [general];
    const french = Number(nclc[1]);
    const english = clb ? Number(clb[1]) : undefined;
    const pts = french < 7 ? 0 : english !== undefined && english >= 5 ? f.strongEnglish : english !== undefined || noEnglish ? f.weakEnglish : undefined;
    const asLanguage = inLang(lang, `As a language, NCLC ${french} in all four is also worth ${4 * r.firstLanguage.without[Math.min(10, french)]!} points as your first official language (single) or ${Math.min(4 * r.secondLanguage.perAbility[Math.min(10, french)]!, r.secondLanguage.cap.without)} as your second.`,
      `Comme langue, NCLC ${french} partout vaut aussi ${4 * r.firstLanguage.without[Math.min(10, french)]!} points en première langue officielle (sans époux) ou ${Math.min(4 * r.secondLanguage.perAbility[Math.min(10, french)]!, r.secondLanguage.cap.without)} en seconde.`);
    if (pts === undefined) return [general, asLanguage];
    return [inLang(lang, `With NCLC ${french} in French${english !== undefined ? ` and CLB ${english} in English` : " and no English result"}: ${pts} additional points for French (${f.strongEnglish} with NCLC 7+ in all four and CLB 5+ in all four English abilities, ${f.weakEnglish} with NCLC 7+ and English at CLB 4 or less or no test), on top of the language points.`,
      `Avec NCLC ${french} en français${english !== undefined ? ` et CLB ${english} en anglais` : " sans résultat d’anglais"} : ${pts} points supplémentaires pour le français (${f.strongEnglish} avec NCLC 7+ partout et CLB 5+ partout en anglais, ${f.weakEnglish} avec NCLC 7+ et un anglais à CLB 4 ou moins ou sans test), en plus des points de langue.`)];
  },
  transferability: (s, _text, lang) => {
    const computed = transferabilityOf(s, lang);
    if (computed) return computed;
    const t = r.transferability;
    return [inLang(lang,
      `Skill transferability (at most ${t.cap}): education + language or education + Canadian work (at most ${t.groupCap}); foreign work + language or + Canadian work (at most ${t.groupCap}); certificate of qualification (${t.certificate[0]} or ${t.certificate[1]}). A credential of 1+ years (a bachelor's included): ${t.education.language[0][1]} with CLB 7+, ${t.education.language[1][1]} with CLB 9+; two credentials or a master's/PhD: ${t.education.language[0][2]} / ${t.education.language[1][2]}. Foreign work 1–2 years: ${t.foreign.language[0][1]} / ${t.foreign.language[1][1]}; 3+ years: ${t.foreign.language[0][2]} / ${t.foreign.language[1][2]}.`,
      `Transférabilité des compétences (au plus ${t.cap}) : études + langue ou études + travail au Canada (au plus ${t.groupCap}); travail à l’étranger + langue ou + travail au Canada (au plus ${t.groupCap}); certificat de compétence (${t.certificate[0]} ou ${t.certificate[1]}). Un diplôme d’un an ou plus (y compris un baccalauréat) : ${t.education.language[0][1]} avec NCLC 7+, ${t.education.language[1][1]} avec NCLC 9+; deux diplômes ou une maîtrise/un doctorat : ${t.education.language[0][2]} / ${t.education.language[1][2]}. Travail à l’étranger 1–2 ans : ${t.foreign.language[0][1]} / ${t.foreign.language[1][1]}; 3 ans ou plus : ${t.foreign.language[0][2]} / ${t.foreign.language[1][2]}.`)];
  },
};

/** Skill transferability computed by the calculator itself from what the question gives (education, language, work). */
function transferabilityOf(s: Slots, lang: Lang): string[] | undefined {
  const lv = levelsOf(s);
  const hasLanguage = lv && Object.keys(lv).length > 0;
  if (!(s.education || s.foreignWorkYears !== undefined) || !(hasLanguage || s.canadianWorkYears !== undefined)) {
    if (s.foreignWorkYears === undefined || s.canadianWorkYears === undefined) return undefined;
  }
  const level = (a: Ability) => (lv?.[a] ?? (hasLanguage ? Math.min(...Object.values(lv!).map(Number)) : 0));
  const profile: CrsProfile = {
    age: 30, maritalStatus: "single", spouseAccompanying: null, spouseCanadianOrPR: null, education: s.education ?? "none", canadianStudy: "none",
    firstLanguage: { test: "clb", language: "en", scores: { listening: level("listening"), reading: level("reading"), writing: level("writing"), speaking: level("speaking") } },
    secondLanguage: null, canadianWorkYears: Math.min(5, s.canadianWorkYears ?? 0), foreignWorkYears: s.foreignWorkYears ?? 0, certificateOfQualification: false,
    spouse: null, provincialNomination: false, siblingInCanada: false, jobOffer: "none",
  };
  const t = calculate(profile).breakdown.transferability;
  const missing = [!s.education ? inLang(lang, "your education", "vos études") : "", !hasLanguage ? inLang(lang, "your language levels", "vos niveaux de langue") : ""].filter(Boolean);
  return [
    inLang(lang, `Skill transferability from what you gave: education ${t.education} + foreign work ${t.foreignWork} = ${t.total} points (each group capped at ${r.transferability.groupCap}, all at ${r.transferability.cap}).`,
      `Transférabilité selon ce que vous indiquez : études ${t.education} + travail à l’étranger ${t.foreignWork} = ${t.total} points (chaque groupe plafonné à ${r.transferability.groupCap}, le tout à ${r.transferability.cap}).`),
    ...(missing.length ? [inLang(lang, `Not given, counted as none: ${missing.join(", ")}.`, `Non indiqué, compté comme absent : ${missing.join(", ")}.`)] : []),
  ];
}

/** The slots each factor's answer uses. */
export const FACTOR_SLOTS: Record<CrsFactor, readonly SlotName[]> = {
  firstLanguage: ["test", "clb", "ability", "married"], secondLanguage: ["test", "clb", "ability", "secondLanguage", "married"], spouseLanguage: ["test", "clb", "ability", "spouse", "married"],
  age: ["age", "married"], education: ["education", "married"], spouseEducation: ["education", "spouse", "married"], spouseStatus: ["spouseExcluded", "married", "spouse"], otherRelative: ["province", "married", "spouse"], canadianWork: ["canadianWorkYears", "married"],
  spouseCanadianWork: ["canadianWorkYears", "spouse", "married"], canadianStudy: ["canadianEducation", "education", "province"], foreignWork: ["foreignWorkYears", "test", "clb", "ability", "canadianWorkYears"],
  sibling: ["married", "spouse", "score", "province", "age"], provincialNomination: ["program", "province", "score"], french: ["test", "clb", "secondLanguage", "married"], jobOffer: ["score"], certificateOfQualification: ["test", "clb", "ability"],
  transferability: ["education", "foreignWorkYears", "canadianWorkYears", "test", "clb", "ability"],
};

/** Additional points a factor adds to a score as it is (the additional section, capped at 600). */
const ADDITIONAL_POINTS: Partial<Record<CrsFactor, number>> = { provincialNomination: r.additional.provincialNomination, sibling: r.additional.sibling, jobOffer: r.additional.jobOffer.teer_0_1_2_3 };

/** Asking how much a score rises or falls: "how much will it go up", "de combien ça monte". */
const GAIN_ASK = /\b(go up|goes up|went up|increase\w*|boost\w*|gain\w*|raise\w*|rise|add to my|how much more|how many more|improve\w*|monte\w*|augment\w*|de combien|gagne\w*|ameliore\w*|hausse)\b/;

/** The most factors one answer lists before it is a profile for /crs rather than a question about a factor. */
const MAX_FACTORS = 3;

/** The points for the factors the question asks about, or undefined when it names none. */
export function crsPointsAnswer(s: Slots, text: string, lang: Lang): PointsAnswer | undefined {
  const asked = askedFactors(text, s);
  // The spouse's French earns no French bonus: a spouse's factors are education, language and Canadian work only.
  const spouseFrench = !!s.spouse && asked.factors.includes("french") && asked.factors.some((f) => f.startsWith("spouse") && f !== "spouseStatus");
  const factors = asked.factors.filter((f) => !(spouseFrench && f === "french")).slice(0, MAX_FACTORS);
  if (!factors.length) return undefined;
  const lines = factors.flatMap((f) => BUILDERS[f](s, text, lang));
  // A French level of NCLC 7+ given with a language factor earns the French bonus too ("NCLC 9 as my second language, CLB 10 English").
  if (!s.spouse && !factors.includes("french") && factors.some((f) => f === "firstLanguage" || f === "secondLanguage") && s.frenchNclc !== undefined && s.frenchNclc >= 7) lines.push(...BUILDERS.french(s, text, lang));
  if (spouseFrench) lines[/\b(bonus|additional|extra|supplementaires?|additionnels?)\b/.test(text) ? "unshift" : "push"](inLang(lang, "No bonus for a spouse: the additional French points count your own French results, not your spouse's: a spouse adds only education, official-language and Canadian-work points (at most 40).", "Pas de bonus pour l’époux : les points supplémentaires pour le français comptent vos propres résultats, pas ceux de l’époux : l’époux n’ajoute que des points d’études, de langue officielle et d’expérience au Canada (au plus 40)."));
  // Two or more of the spouse's factors with values: their sum.
  const spouseParts = factors.filter((f) => f.startsWith("spouse") && f !== "spouseStatus");
  if (spouseParts.length >= 2) {
    const sum = (f: CrsFactor) => f === "spouseEducation" ? (s.education ? r.education[s.education].spouse : undefined) : f === "spouseCanadianWork" ? (s.canadianWorkYears !== undefined ? r.spouse.canadianWork[Math.min(5, Math.floor(s.canadianWorkYears))] : undefined) : (() => { const lv = levelsOf(s); return lv ? sumTable(lv, r.spouse.language) : undefined; })();
    const parts = spouseParts.map(sum);
    if (parts.every((p) => p !== undefined)) lines.push(inLang(lang, `Your spouse's factors in all: ${parts.join(" + ")} = ${parts.reduce((a, b) => a! + b!, 0)} points (at most 40).`, `Facteurs de l’époux en tout : ${parts.join(" + ")} = ${parts.reduce((a, b) => a! + b!, 0)} points (au plus 40).`));
  }
  // Scored as single because of the spouse: say why, once.
  if (s.spouseExcluded && !factors.includes("spouseStatus")) lines.unshift(inLang(lang, "Your spouse is not coming with you or is a Canadian citizen/PR, so you are scored as single:", "Votre époux ne vous accompagne pas ou est citoyen canadien/RP : vous êtes évalué comme célibataire :"));
  // "I had 430, with a nomination what's my new score?": an additional factor on top of a stated score.
  const added = s.score !== undefined && factors.length === 1 && !/^(No|Non)\b/.test(lines[0] ?? "") ? ADDITIONAL_POINTS[factors[0]!] : undefined;
  if (added !== undefined && s.score !== undefined) {
    const total = Math.min(r.total, s.score + added);
    lines.push(inLang(lang, `${s.score} + ${added} = ${total}, if your ${s.score} includes no other additional points (additional points are capped at ${r.additional.cap}; the total at ${r.total}).`,
      `${s.score} + ${added} = ${total}, si vos ${s.score} points ne comptent aucun autre point supplémentaire (les points supplémentaires sont plafonnés à ${r.additional.cap}; le total à ${r.total}).`));
  }
  const honoured = [...new Set(factors.flatMap((f) => FACTOR_SLOTS[f]))];
  // "My CRS is 455, if I get CLB 9 how much will it go up?": the gain needs the levels now, which the question does not give.
  const gain = s.score !== undefined && added === undefined && GAIN_ASK.test(text) && factors.some((f) => f === "firstLanguage" || f === "secondLanguage" || f === "age" || f === "education" || f === "canadianWork");
  if (gain) lines.push(inLang(lang, `How much your ${s.score} goes up depends on what you have now for that factor (not given) and on the skill-transferability points it also changes: subtract your current points from these, or run /crs with both.`, `La hausse de vos ${s.score} dépend de ce que vous avez maintenant pour ce facteur (non indiqué) et des points de transférabilité qu’il change aussi : soustrayez vos points actuels de ceux-ci, ou faites /crs avec les deux.`));
  return {
    ...(gain ? { partial: true } : {}),
    factor: factors[0]!,
    factors,
    named: asked.named,
    honoured,
    reply: {
      title: fr(lang) ? "Points SCG" : "CRS points",
      lines,
      links: [{ label: fr(lang) ? "Critères du SCG (IRCC)" : "CRS criteria (IRCC)", url: link("crsCriteria", lang) }, ...(factors.includes("provincialNomination") ? [officialLink("pnp", lang)] : [])],
      footer: fr(lang) ? `Règles du SCG en vigueur depuis le ${r.effective}.` : `CRS rules in force since ${r.effective}.`,
    },
  };
}

/** "Do I get points for my kids?": none; where children do count. */
export function childrenPointsLine(lang: Lang): string {
  return inLang(lang, "No: children earn no CRS points and do not change your score. They count in your family size (proof of funds for FSW/FST) and, as dependants, need a medical exam and add fees when you apply.",
    "Non : les enfants ne donnent aucun point SCG et ne changent pas votre note. Ils comptent dans la taille de la famille (preuve de fonds pour le PTQF et le PTMSF) et, comme personnes à charge, passent l’examen médical et ajoutent des frais à la demande.");
}

/** "Does getting married change my CRS?": the columns, and the spouse's factors. */
export function marriageLine(lang: Lang): string {
  return inLang(lang,
    `It can: if your spouse or partner comes with you and is not a Canadian citizen or PR, your own factors move to the "with a spouse" column (for example ${r.age.with[29]} instead of ${r.age.without[29]} at age 29, at most ${r.coreCap.with} core points instead of ${r.coreCap.without}) and your spouse's education, language and Canadian work add up to 40. Whether the total rises or falls depends on your spouse's factors. A spouse who is Canadian or does not come leaves you scored as single.`,
    `Cela peut changer : si votre époux ou conjoint vous accompagne et n’est pas citoyen canadien ni RP, vos facteurs passent à la colonne « avec époux » (par exemple ${r.age.with[29]} au lieu de ${r.age.without[29]} à 29 ans, au plus ${r.coreCap.with} points de base au lieu de ${r.coreCap.without}) et les études, la langue et l’expérience au Canada de l’époux ajoutent jusqu’à 40. Le total monte ou baisse selon les facteurs de l’époux. Un époux canadien ou qui ne vous accompagne pas vous laisse évalué comme célibataire.`);
}

