import { ABILITIES, levelFor, TEST_NAMES, type LanguageResult } from "../crs/language.ts";
import { CURRENT_RULES, RULES_2020_10_27, type Education } from "../crs/rules.ts";
import { crsMessages } from "../../content/crs-messages.ts";
import { link } from "../links.ts";
import type { Lang, Reply } from "../reply.ts";

/**
 * "How many points is …?" answered from the rules tables (never a hand-written figure): age,
 * education, Canadian work, language levels, and each additional factor.
 */

const r = CURRENT_RULES;
const both = (lang: Lang, withS: number, without: number) =>
  lang === "fr" ? `${without} points sans époux ou conjoint qui vous accompagne, ${withS} avec` : `${without} points without an accompanying spouse or partner, ${withS} with one`;

const EDUCATION_WORDS: Array<[RegExp, Education]> = [
  [/\b(phd|doctora\w*|doctorat)\b/, "doctoral"],
  [/\b(master\w*|maitrise|msc|mba)\b/, "masters"],
  [/\b(two or more|2 or more|two degrees|deux diplomes)\b/, "two_or_more"],
  [/\b(bachelor\w*|baccalaureat|licence|degree|bsc)\b/, "bachelors"],
  [/\b(two year|2 year|2-year|deux ans)\b.*\b(diploma|diplome|credential)\b|\b(diploma|diplome)\b.*\b(two year|2 year|deux ans)\b/, "two_year"],
  [/\b(one year|1 year|1-year|un an)\b.*\b(diploma|diplome|credential|certificate)\b/, "one_year"],
  [/\b(high school|secondary|secondaire)\b/, "secondary"],
];


const TEST_KIND: Record<string, LanguageResult["test"]> = { ielts: "ielts", celpip: "celpip", pte: "pte_core", "pte core": "pte_core", tef: "tef_canada", "tef canada": "tef_canada", tcf: "tcf_canada", "tcf canada": "tcf_canada" };

/** "How many points is IELTS 7?": the level of that score in each ability and the first-language points it earns. */
function languageScoreAnswer(name: string, score: number, lang: Lang, reply: (factor: string, lines: string[]) => PointsAnswer): PointsAnswer {
  const kind = TEST_KIND[name]!;
  const levels = ABILITIES.map((a) => [a, levelFor({ test: kind }, a, score)] as const);
  const points = (side: "with" | "without") => levels.reduce((sum, [, l]) => sum + r.firstLanguage[side][Math.min(10, l)]!, 0);
  const fr = lang === "fr";
  const abilityNames = fr
    ? { listening: "compréhension de l’oral", reading: "compréhension de l’écrit", writing: "expression écrite", speaking: "expression orale" }
    : { listening: "listening", reading: "reading", writing: "writing", speaking: "speaking" };
  const unit = kind === "tef_canada" || kind === "tcf_canada" ? "NCLC" : "CLB";
  const perAbility = levels.map(([a, l]) => `${abilityNames[a]} ${l >= 4 ? `${unit} ${l}` : fr ? "sous 4" : "below 4"}`).join(", ");
  return reply("firstLanguage", [
    fr
      ? `${TEST_NAMES[kind]} ${score} dans chaque compétence : ${perAbility}. Comme première langue officielle : ${both(lang, points("with"), points("without"))}.${kind === "tef_canada" ? " (Échelle du TEF en vigueur depuis le 10 décembre 2023.)" : ""}`
      : `${TEST_NAMES[kind]} ${score} in every ability: ${perAbility}. As your first official language: ${both(lang, points("with"), points("without"))}.${kind === "tef_canada" ? " (TEF scale in use since 2023-12-10.)" : ""}`,
    fr ? "Pour des résultats différents selon la compétence, utilisez /crs." : "For different results per ability, use /crs.",
  ]);
}

export interface PointsAnswer {
  factor: string;
  reply: Reply;
}

/** Answers a points question about one CRS factor, or undefined when no factor is recognised. */
export function crsPointsAnswer(text: string, lang: Lang): PointsAnswer | undefined {
  const fr = lang === "fr";
  const reply = (factor: string, lines: string[]): PointsAnswer => ({
    factor,
    reply: {
      title: fr ? "Points SCG" : "CRS points",
      lines,
      links: [{ label: fr ? "Critères du SCG (IRCC)" : "CRS criteria (IRCC)", url: link("crsCriteria", lang) }],
      footer: fr ? `Règles du SCG en vigueur depuis le ${r.effective}.` : `CRS rules in force since ${r.effective}.`,
    },
  });

  if (/\b(job offer|offre d emploi|offre demploi|lmia|eimt|arranged employment|emploi reserve)\b/.test(text)) {
    const old = RULES_2020_10_27.additional.jobOffer;
    return reply("jobOffer", [
      fr
        ? `Non : depuis le ${r.effective}, une offre d’emploi vaut ${r.additional.jobOffer.teer_0_1_2_3} point SCG. Avant, elle valait ${old.teer_0_1_2_3} points (FEER 0 à 3) ou ${old.teer_major_group_00} (grand groupe 00). IRCC a qualifié ce retrait de temporaire, sans date de fin; une offre peut encore compter pour l’admissibilité (PTQF, PTMSF).`
        : `No: since ${r.effective} a job offer is worth ${r.additional.jobOffer.teer_0_1_2_3} CRS points. Before that it was worth ${old.teer_0_1_2_3} (TEER 0–3) or ${old.teer_major_group_00} (major group 00). IRCC called the removal temporary, with no end date; an offer can still matter for FSW/FST eligibility.`,
    ]);
  }
  const test = /\b(ielts|celpip|pte core|pte|tef canada|tef|tcf canada|tcf)\s*(\d{1,3}(?:\.\d)?)\b/.exec(text);
  if (test) return languageScoreAnswer(test[1]!, Number(test[2]), lang, reply);
  const age = /\b(?:age|aged|ans|years? old)\s*(?:of|de|is|=)?\s*(\d{2})\b|\b(\d{2})\s*(?:years? old|ans|yo)\b/.exec(text);
  if (age && /\b(age|old|ans|yo)\b/.test(text)) {
    const years = Number(age[1] ?? age[2]);
    if (years < 10 || years > 99) return undefined;
    const i = Math.min(years, r.age.with.length - 1);
    return reply("age", [fr ? `À ${years} ans : ${both(lang, r.age.with[i]!, r.age.without[i]!)}. Le maximum est atteint de 20 à 29 ans.` : `At age ${years}: ${both(lang, r.age.with[i]!, r.age.without[i]!)}. The most is at ages 20 to 29.`]);
  }
  if (/\b(sibling|brother|sister|frere|soeur)\b/.test(text))
    return reply("sibling", [fr ? `Un frère ou une sœur au Canada (18 ans ou plus, citoyen ou RP, vivant au Canada) : ${r.additional.sibling} points.` : `A brother or sister in Canada (18 or older, citizen or PR, living in Canada): ${r.additional.sibling} points.`]);
  if (/\b(pnp|nomination|provincial|pcp)\b/.test(text))
    return reply("provincialNomination", [fr ? `Une nomination provinciale ou territoriale (PCP amélioré) : ${r.additional.provincialNomination} points.` : `A provincial or territorial nomination (enhanced PNP): ${r.additional.provincialNomination} points.`]);
  if (/\b(french|francais|nclc|bilingual|bilingue)\b/.test(text)) {
    const f = r.additional.french;
    return reply("french", [
      fr
        ? `NCLC 7 ou plus dans les quatre compétences en français : ${f.strongEnglish} points avec CLB 5 ou plus dans les quatre en anglais, ${f.weakEnglish} avec un anglais à CLB 4 ou moins ou sans test d’anglais — en plus des points de langue.`
        : `NCLC 7 or more in all four French abilities: ${f.strongEnglish} points with CLB 5 or more in all four English abilities, ${f.weakEnglish} with English at CLB 4 or less or no English test — on top of the language points.`,
    ]);
  }
  if (/\b(canadian (study|degree|diploma|education|credential)|study in canada|studied in canada|etudes au canada|diplome canadien)\b/.test(text)) {
    const s = r.additional.canadianStudy;
    return reply("canadianStudy", [fr ? `Un diplôme postsecondaire canadien : ${s.one_or_two_year} points (1 ou 2 ans), ${s.three_year_plus} points (3 ans ou plus, ou maîtrise, diplôme professionnel, doctorat).` : `A Canadian post-secondary credential: ${s.one_or_two_year} points (1 or 2 years), ${s.three_year_plus} points (3 years or more, or a master's, professional degree or PhD).`]);
  }
  const work = /\b(\d)\s*(?:\+\s*)?(?:years?|yrs?|ans?)\b.*\b(canadian|canada|cdn)\b|\b(canadian|canada|cdn)\b.*\b(\d)\s*(?:years?|yrs?|ans?)\b/.exec(text);
  if (work && /\b(work|experience|travail)\b/.test(text)) {
    const years = Math.min(5, Number(work[1] ?? work[4]));
    return reply("canadianWork", [fr ? `${years} an(s) d’expérience de travail qualifié au Canada : ${both(lang, r.canadianWork.with[years]!, r.canadianWork.without[years]!)} (facteurs de base), plus des points de transférabilité.` : `${years} year(s) of skilled Canadian work: ${both(lang, r.canadianWork.with[years]!, r.canadianWork.without[years]!)} (core factors), plus skill-transferability points.`]);
  }
  const clb = /\b(?:clb|nclc)\s*(\d{1,2})\b/.exec(text);
  if (clb) {
    const level = Math.min(10, Number(clb[1]));
    const w = r.firstLanguage.with[level]!;
    const wo = r.firstLanguage.without[level]!;
    return reply("firstLanguage", [fr ? `Première langue officielle au niveau ${level} : ${wo} points par compétence sans époux (${4 * wo} pour les quatre), ${w} avec époux (${4 * w}).` : `First official language at level ${level}: ${wo} points per ability without a spouse (${4 * wo} for all four), ${w} with a spouse (${4 * w}).`]);
  }
  for (const [pattern, level] of EDUCATION_WORDS) {
    if (!pattern.test(text)) continue;
    const e = r.education[level];
    return reply("education", [fr ? `Pour ${crsMessages("fr").education[level]} : ${both(lang, e.with, e.without)} (et ${e.spouse} pour les études d’un époux qui vous accompagne), plus des points de transférabilité avec de bons résultats linguistiques ou de l’expérience au Canada.` : `For ${crsMessages("en").education[level]}: ${both(lang, e.with, e.without)} (and ${e.spouse} for an accompanying spouse's education), plus skill-transferability points with strong language results or Canadian work.`]);
  }
  return undefined;
}
