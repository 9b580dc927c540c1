import { crsMessages } from "../../../content/crs-messages.ts";
import { ABILITIES, type Ability } from "../../crs/language.ts";
import { CURRENT_RULES, RULES_2020_10_27 } from "../../crs/rules.ts";
import { link } from "../../links.ts";
import { inLang, type Lang, type Reply } from "../../reply.ts";
import { calculate } from "../../crs/calculate.ts";
import type { CrsProfile } from "../../crs/profile.ts";
import type { Slots } from "../understand/slots.ts";
import { levelsOfScores, levelsText } from "./language-levels.ts";

/**
 * "How many points is …?" for one CRS factor, computed from the rules tables (never a typed figure):
 * age, education, first and second language, Canadian work, spouse education/language/work,
 * Canadian credential, transferability, certificate of qualification, sibling, French, nomination,
 * job offer. Honours who it is about (principal or spouse), first or second language, and marital status.
 */

const r = CURRENT_RULES;

export interface PointsAnswer {
  factor: string;
  reply: Reply;
}

type Builder = (s: Slots, text: string, lang: Lang) => { factor: string; lines: string[] } | undefined;

const fr = (lang: Lang) => lang === "fr";
/** "120 points without an accompanying spouse, 112 with one", or only the side the question gave. */
function both(lang: Lang, withS: number, without: number, married?: boolean): string {
  if (married === true) return fr(lang) ? `${withS} points (avec un époux ou conjoint qui vous accompagne)` : `${withS} points (with an accompanying spouse or partner)`;
  if (married === false) return fr(lang) ? `${without} points (sans époux ou conjoint qui vous accompagne)` : `${without} points (without an accompanying spouse or partner)`;
  return fr(lang) ? `${without} points sans époux ou conjoint qui vous accompagne, ${withS} avec` : `${without} points without an accompanying spouse or partner, ${withS} with one`;
}

/** Levels per ability from a test or a CLB level, or undefined. */
function levelsOf(s: Slots): { levels: Partial<Record<Ability, number>>; text: string; lang: Lang } | undefined {
  if (s.test) {
    const found = levelsOfScores(s.test);
    if (!Object.keys(found.levels).length) return undefined;
    return { levels: found.levels, text: "", lang: "en" };
  }
  if (s.clb !== undefined) return { levels: Object.fromEntries(ABILITIES.map((a) => [a, s.clb!])) as Record<Ability, number>, text: "", lang: "en" };
  return undefined;
}

const sumTable = (levels: Partial<Record<Ability, number>>, table: readonly number[]) =>
  Object.values(levels).reduce((sum, l) => sum + table[Math.min(table.length - 1, l!)]!, 0);

const languageBuilder: Builder = (s, _text, lang) => {
  const lv = levelsOf(s);
  if (!lv) return undefined;
  const count = Object.keys(lv.levels).length;
  const scoresText = s.test ? `${levelsText(s.test, levelsOfScores(s.test), lang)}. ` : fr(lang) ? `NCLC/CLB ${s.clb} dans chaque compétence. ` : `CLB/NCLC ${s.clb} in each ability. `;
  const partial = count < 4 ? (fr(lang) ? ` (pour ${count} compétence${count > 1 ? "s" : ""} sur 4)` : ` (for ${count} of the 4 abilities)`) : "";
  if (s.spouse) {
    const pts = sumTable(lv.levels, r.spouse.language);
    return { factor: "spouseLanguage", lines: [`${scoresText}${fr(lang) ? `Langue de l’époux ou conjoint : ${pts} points${partial} (au plus 5 par compétence, 20 en tout).` : `Spouse's language: ${pts} points${partial} (at most 5 per ability, 20 in all).`}`] };
  }
  if (s.secondLanguage) {
    const raw = sumTable(lv.levels, r.secondLanguage.perAbility);
    const w = Math.min(raw, r.secondLanguage.cap.with);
    const wo = Math.min(raw, r.secondLanguage.cap.without);
    const capNote = raw > r.secondLanguage.cap.with ? (fr(lang) ? ` (plafond ${r.secondLanguage.cap.without} sans époux, ${r.secondLanguage.cap.with} avec)` : ` (capped at ${r.secondLanguage.cap.without} without a spouse, ${r.secondLanguage.cap.with} with one)`) : "";
    return { factor: "secondLanguage", lines: [`${scoresText}${fr(lang) ? `Comme deuxième langue officielle : ${both(lang, w, wo, s.married)}${partial}${capNote}; au plus 6 par compétence.` : `As your second official language: ${both(lang, w, wo, s.married)}${partial}${capNote}; at most 6 per ability.`}`] };
  }
  const w = sumTable(lv.levels, r.firstLanguage.with);
  const wo = sumTable(lv.levels, r.firstLanguage.without);
  const perLevel = s.clb !== undefined && !s.test ? (fr(lang) ? ` Par compétence : ${r.firstLanguage.without[Math.min(10, s.clb)]} sans époux, ${r.firstLanguage.with[Math.min(10, s.clb)]} avec.` : ` Per ability: ${r.firstLanguage.without[Math.min(10, s.clb)]} without a spouse, ${r.firstLanguage.with[Math.min(10, s.clb)]} with one.`) : "";
  return { factor: "firstLanguage", lines: [`${scoresText}${fr(lang) ? `Comme première langue officielle : ${both(lang, w, wo, s.married)}${partial}.` : `As your first official language: ${both(lang, w, wo, s.married)}${partial}.`}${perLevel}`, fr(lang) ? "Plus des points de transférabilité avec NCLC 7 ou plus partout; pour un calcul complet, /crs." : "Plus skill-transferability points at CLB 7+ in all four; for a full calculation, /crs."] };
};

const BUILDERS: Array<[string, Builder]> = [
  ["jobOffer", (_s, text, lang) => {
    if (!/\b(job offer|offer of employment|offre d emploi|offre demploi|lmia|eimt|arranged employment|emploi reserve)\b/.test(text)) return undefined;
    const old = RULES_2020_10_27.additional.jobOffer;
    return { factor: "jobOffer", lines: [fr(lang)
      ? `Non : depuis le ${r.effective}, une offre d’emploi vaut ${r.additional.jobOffer.teer_0_1_2_3} point SCG. Avant, elle valait ${old.teer_0_1_2_3} points (FEER 0 à 3) ou ${old.teer_major_group_00} (grand groupe 00). IRCC a qualifié ce retrait de temporaire, sans date de fin; une offre peut encore compter pour l’admissibilité (PTQF, PTMSF).`
      : `No: since ${r.effective} a job offer is worth ${r.additional.jobOffer.teer_0_1_2_3} CRS points. Before that it was worth ${old.teer_0_1_2_3} (TEER 0–3) or ${old.teer_major_group_00} (major group 00). IRCC called the removal temporary, with no end date; an offer can still matter for FSW/FST eligibility.`] };
  }],
  ["certificate", (s, text, lang) => {
    if (!/\b(certificate of qualification|qualification certificate|coq|certificat de competence|certificat de qualification|red seal|sceau rouge|trade certificate|certificat de metier)\b/.test(text)) return undefined;
    const [low, high] = r.transferability.certificate;
    const lv = levelsOf(s);
    if (lv && Object.keys(lv.levels).length === 4) {
      const lowest = Math.min(...Object.values(lv.levels).map(Number));
      const pts = lowest >= 7 ? high : lowest >= 5 ? low : 0;
      return { factor: "certificateOfQualification", lines: [fr(lang) ? `Certificat de compétence avec NCLC/CLB ${lowest} comme plus faible niveau : ${pts} points de transférabilité (${low} avec NCLC 5 ou plus partout dont une sous 7, ${high} avec NCLC 7 ou plus partout).` : `Certificate of qualification with CLB ${lowest} as the lowest ability: ${pts} skill-transferability points (${low} with CLB 5+ in all four and one under 7, ${high} with CLB 7+ in all four).`] };
    }
    return { factor: "certificateOfQualification", lines: [fr(lang) ? `Un certificat de compétence (métier, délivré par une province ou un territoire) : ${low} points avec NCLC/CLB 5 ou plus partout (dont une compétence sous 7), ${high} points avec CLB 7 ou plus dans les quatre (transférabilité, plafonnée à ${r.transferability.cap}).` : `A certificate of qualification (a trade, issued by a province or territory): ${low} points with CLB 5+ in all four abilities (one under 7), ${high} points with CLB 7+ in all four (skill transferability, capped at ${r.transferability.cap}).`] };
  }],
  ["transferability", (s, text, lang) => {
    if (!/\b(transferability|transferabilite|transferable|skill transfer\w*)\b/.test(text)) return undefined;
    const t = r.transferability;
    const computed = transferabilityOf(s, lang);
    if (computed) return { factor: "transferability", lines: computed };
    return { factor: "transferability", lines: [fr(lang)
      ? `Transférabilité des compétences (au plus ${t.cap}) : études + langue ou études + travail au Canada (au plus ${t.groupCap}); travail à l’étranger + langue ou + travail au Canada (au plus ${t.groupCap}); certificat de compétence (${t.certificate[0]} ou ${t.certificate[1]}). Un diplôme d’un an ou plus (y compris un baccalauréat) : ${t.education.language[0][1]} avec NCLC 7+, ${t.education.language[1][1]} avec NCLC 9+; deux diplômes ou une maîtrise/un doctorat : ${t.education.language[0][2]} / ${t.education.language[1][2]}. Travail à l’étranger 1–2 ans : ${t.foreign.language[0][1]} / ${t.foreign.language[1][1]}; 3 ans ou plus : ${t.foreign.language[0][2]} / ${t.foreign.language[1][2]}.`
      : `Skill transferability (at most ${t.cap}): education + language or education + Canadian work (at most ${t.groupCap}); foreign work + language or + Canadian work (at most ${t.groupCap}); certificate of qualification (${t.certificate[0]} or ${t.certificate[1]}). A credential of 1+ years (a bachelor's included): ${t.education.language[0][1]} with CLB 7+, ${t.education.language[1][1]} with CLB 9+; two credentials or a master's/PhD: ${t.education.language[0][2]} / ${t.education.language[1][2]}. Foreign work 1–2 years: ${t.foreign.language[0][1]} / ${t.foreign.language[1][1]}; 3+ years: ${t.foreign.language[0][2]} / ${t.foreign.language[1][2]}.`] };
  }],
  ["age", (s, text, lang) => {
    if (s.age === undefined || !/\b(age|old|ans|yo|aged?)\b/.test(text)) return undefined;
    const i = Math.min(s.age, r.age.with.length - 1);
    return { factor: "age", lines: [fr(lang) ? `À ${s.age} ans : ${both(lang, r.age.with[i]!, r.age.without[i]!, s.married)}. Le maximum est atteint de 20 à 29 ans.` : `At age ${s.age}: ${both(lang, r.age.with[i]!, r.age.without[i]!, s.married)}. The most is at ages 20 to 29.`] };
  }],
  ["sibling", (_s, text, lang) => {
    if (!/\b(sibling|siblings|brother|sister|frere|soeur)\b/.test(text)) return undefined;
    return { factor: "sibling", lines: [fr(lang) ? `Un frère ou une sœur au Canada (18 ans ou plus, citoyen ou RP, vivant au Canada; le vôtre ou celui de votre époux) : ${r.additional.sibling} points, marié ou non.` : `A brother or sister in Canada (18 or older, citizen or PR, living in Canada; yours or your spouse's): ${r.additional.sibling} points, married or not.`] };
  }],
  ["nomination", (_s, text, lang) => {
    if (!/\b(pnp|nomination|nominated|provincial|pcp|nominee)\b/.test(text)) return undefined;
    return { factor: "provincialNomination", lines: [fr(lang) ? `Une nomination provinciale ou territoriale (PCP amélioré) : ${r.additional.provincialNomination} points.` : `A provincial or territorial nomination (enhanced PNP): ${r.additional.provincialNomination} points.`] };
  }],
  ["french", (s, text, lang) => {
    if (!/\b(french|francais|bilingual|bilingue|francophone)\b/.test(text)) return undefined;
    const f = r.additional.french;
    const nclc = /\bnclc\s*(\d{1,2})\b/.exec(text) ?? /\b(\d{1,2})\s+(?:en|in)\s+(?:french|francais)\b/.exec(text);
    const clb = /\bclb\s*(\d{1,2})\b/.exec(text);
    const noEnglish = /\b(no english|without english|pas de test d anglais|sans (?:test d )?anglais|pas d anglais|no ielts|sans ielts)\b/.test(text);
    if (nclc) {
      const french = Number(nclc[1]);
      const english = clb ? Number(clb[1]) : undefined;
      const pts = french < 7 ? 0 : english !== undefined && english >= 5 ? f.strongEnglish : english !== undefined || noEnglish ? f.weakEnglish : undefined;
      if (pts !== undefined) return { factor: "french", lines: [fr(lang)
        ? `Avec NCLC ${french} en français${english !== undefined ? ` et CLB ${english} en anglais` : " sans résultat d’anglais"} : ${pts} points supplémentaires pour le français (${f.strongEnglish} avec NCLC 7+ partout et CLB 5+ partout en anglais, ${f.weakEnglish} avec NCLC 7+ et un anglais à CLB 4 ou moins ou sans test), en plus des points de langue.`
        : `With NCLC ${french} in French${english !== undefined ? ` and CLB ${english} in English` : " and no English result"}: ${pts} additional points for French (${f.strongEnglish} with NCLC 7+ in all four and CLB 5+ in all four English abilities, ${f.weakEnglish} with NCLC 7+ and English at CLB 4 or less or no test), on top of the language points.`] };
    }
    if (!/\b(bonus|additional|extra|en plus|supplementaires?|additionnels?)\b/.test(text) && (s.test || s.clb !== undefined)) return undefined;
    return { factor: "french", lines: [fr(lang)
      ? `NCLC 7 ou plus dans les quatre compétences en français : ${f.strongEnglish} points avec CLB 5 ou plus dans les quatre en anglais, ${f.weakEnglish} avec un anglais à CLB 4 ou moins ou sans test d’anglais — en plus des points de langue.`
      : `NCLC 7 or more in all four French abilities: ${f.strongEnglish} points with CLB 5 or more in all four English abilities, ${f.weakEnglish} with English at CLB 4 or less or no English test — on top of the language points.`] };
  }],
  ["canadianStudy", (s, text, lang) => {
    if (!s.canadianEducation) return undefined;
    const c = r.additional.canadianStudy;
    const long = s.education === "masters" || s.education === "doctoral" || s.education === "bachelors" || s.education === "two_or_more" || /\b(3|three|4|four|trois|quatre) ?(years?|ans|yr)\b/.test(text);
    const short = s.education === "one_year" || s.education === "two_year" || /\b(1|2|one|two|un|deux) ?(years?|ans|yr)\b/.test(text);
    const which = long ? (fr(lang) ? `Ici : ${c.three_year_plus} points.` : `Here: ${c.three_year_plus} points.`) : short ? (fr(lang) ? `Ici : ${c.one_or_two_year} points.` : `Here: ${c.one_or_two_year} points.`) : "";
    return { factor: "canadianStudy", lines: [`${fr(lang) ? `Un diplôme postsecondaire canadien : ${c.one_or_two_year} points (1 ou 2 ans), ${c.three_year_plus} points (3 ans ou plus, ou maîtrise, diplôme professionnel, doctorat).` : `A Canadian post-secondary credential: ${c.one_or_two_year} points (1 or 2 years), ${c.three_year_plus} points (3 years or more, or a master's, professional degree or PhD).`} ${which}`.trim(), fr(lang) ? "C’est en plus des points pour le niveau d’études." : "That is on top of the points for the level of education."] };
  }],
  ["language", languageBuilder],
  ["work", (s, _text, lang) => {
    if (s.canadianWorkYears === undefined) return undefined;
    const years = Math.min(5, s.canadianWorkYears);
    if (s.spouse) return { factor: "spouseCanadianWork", lines: [fr(lang) ? `Travail au Canada de l’époux ou conjoint, ${s.canadianWorkYears} an(s) : ${r.spouse.canadianWork[years]} points (au plus ${r.spouse.canadianWork[5]}).` : `Spouse's Canadian work, ${s.canadianWorkYears} year(s): ${r.spouse.canadianWork[years]} points (at most ${r.spouse.canadianWork[5]}).`] };
    return { factor: "canadianWork", lines: [fr(lang) ? `${s.canadianWorkYears} an(s) d’expérience de travail qualifié au Canada : ${both(lang, r.canadianWork.with[years]!, r.canadianWork.without[years]!, s.married)} (facteurs de base), plus des points de transférabilité.` : `${s.canadianWorkYears} year(s) of skilled Canadian work: ${both(lang, r.canadianWork.with[years]!, r.canadianWork.without[years]!, s.married)} (core factors), plus skill-transferability points.`] };
  }],
  ["foreignWork", (s, _text, lang) => {
    if (s.foreignWorkYears === undefined) return undefined;
    const t = r.transferability.foreign;
    const tier = s.foreignWorkYears >= 3 ? 2 : s.foreignWorkYears >= 1 ? 1 : 0;
    return { factor: "foreignWork", lines: [fr(lang)
      ? `Le travail à l’étranger (${s.foreignWorkYears} an(s)) ne donne aucun point de base; il compte en transférabilité : ${t.language[0][tier]} points avec NCLC/CLB 7+ partout, ${t.language[1][tier]} avec 9+ partout, et ${t.canadianWork[0][tier]} / ${t.canadianWork[1][tier]} avec 1 / 2+ ans de travail au Canada (plafond ${r.transferability.groupCap}).`
      : `Foreign work (${s.foreignWorkYears} year(s)) earns no core points; it counts in skill transferability: ${t.language[0][tier]} points with CLB 7+ in all four, ${t.language[1][tier]} with CLB 9+, and ${t.canadianWork[0][tier]} / ${t.canadianWork[1][tier]} with 1 / 2+ years of Canadian work (capped at ${r.transferability.groupCap}).`] };
  }],
  ["education", (s, _text, lang) => {
    if (!s.education) return undefined;
    const e = r.education[s.education];
    const name = crsMessages(lang).education[s.education];
    if (s.spouse) return { factor: "spouseEducation", lines: [fr(lang) ? `Études de l’époux ou conjoint (${name}) : ${e.spouse} points (au plus 10).` : `Spouse's education (${name}): ${e.spouse} points (at most 10).`] };
    return { factor: "education", lines: [fr(lang) ? `Pour ${name} : ${both(lang, e.with, e.without, s.married)} (et ${e.spouse} pour les études d’un époux qui vous accompagne), plus des points de transférabilité avec de bons résultats linguistiques ou de l’expérience au Canada.` : `For ${name}: ${both(lang, e.with, e.without, s.married)} (and ${e.spouse} for an accompanying spouse's education), plus skill-transferability points with strong language results or Canadian work.`] };
  }],
];

/** Skill transferability computed by the calculator itself from what the question gives (education, language, work). */
function transferabilityOf(s: Slots, lang: Lang): string[] | undefined {
  const lv = levelsOf(s);
  const hasLanguage = lv && Object.keys(lv.levels).length > 0;
  if (!(s.education || s.foreignWorkYears !== undefined) || !(hasLanguage || s.canadianWorkYears !== undefined)) {
    if (s.foreignWorkYears === undefined || s.canadianWorkYears === undefined) return undefined;
  }
  const level = (a: Ability) => (lv?.levels[a] ?? (hasLanguage ? Math.min(...Object.values(lv!.levels).map(Number)) : 0));
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

/** The points for the factor the question is about, or undefined when no factor is recognised. */
export function crsPointsAnswer(s: Slots, text: string, lang: Lang): PointsAnswer | undefined {
  for (const [, build] of BUILDERS) {
    const found = build(s, text, lang);
    if (!found) continue;
    return {
      factor: found.factor,
      reply: {
        title: fr(lang) ? "Points SCG" : "CRS points",
        lines: found.lines,
        links: [{ label: fr(lang) ? "Critères du SCG (IRCC)" : "CRS criteria (IRCC)", url: link("crsCriteria", lang) }],
        footer: fr(lang) ? `Règles du SCG en vigueur depuis le ${r.effective}.` : `CRS rules in force since ${r.effective}.`,
      },
    };
  }
  return undefined;
}

/** The slots a points answer can use. */
export const POINTS_SLOTS = ["test", "clb", "secondLanguage", "spouse", "married", "age", "education", "canadianEducation", "canadianWorkYears", "foreignWorkYears"] as const;
