/**
 * The words of /eligible and /noc, English and French. `fr` must have every key of `en`.
 */

const en = {
  title: (asOf: string) => `Express Entry eligibility on ${asOf}`,
  programs: { fsw: "Federal Skilled Worker (FSW)", cec: "Canadian Experience Class (CEC)", fst: "Federal Skilled Trades (FST)" },
  yes: "✅ eligible",
  no: "❌ not eligible",
  notAssessed: "➖ not assessed",
  allMet: "Every minimum requirement checked here is met.",
  needCrs: "Run /crs first: /eligible starts from your CRS profile (age, education, languages, family).",
  fix: "Some options need fixing:",
  grid: (points: number, passMark: number) => `Selection grid: ${points} points (pass mark ${passMark})`,
  factors: { language: "language", education: "education", experience: "experience", age: "age", arrangedEmployment: "arranged employment", adaptability: "adaptability" },
  factor: (name: string, points: number, max: number) => `${name} ${points}/${max}`,
  categoriesTitle: "2026 categories",
  categoryNeedsProgram: "Category rounds invite only candidates eligible for FSW, CEC or FST: none of the three yet.",
  categoryYes: (name: string, noc: string | null, months: number | null) => `✅ ${name}${noc ? ` — ${noc}` : ""}${months ? ` (needs ${months} months in 3 years)` : ""}`,
  categoryNo: (name: string, why: string) => `❌ ${name}: ${why}`,
  categoriesNoWork: (names: string) => `❌ No work in their occupations in the last 3 years: ${names}`,
  cutoffsTitle: "Recent cutoffs",
  cutoff: (name: string, crs: number, id: string, date: string) => `${name}: ${crs} (round #${id}, ${date})`,
  cutoffNone: (name: string) => `${name}: no round yet`,
  yourScore: (score: number) => `Your last CRS score: ${score}`,
  noScore: "Your CRS score: not calculated yet (/crs)",
  footer: (rules: string, funds: string) =>
    `Rules: 2026 categories in force since ${rules}; proof-of-funds table as of ${funds}. An estimate from the published rules: admissibility, NOC duties and documents are not checked; IRCC decides.`,
  more: (n: number) => `… and ${n} more`,
  nocTitle: (code: string, title: string) => `NOC ${code}: ${title}`,
  nocTeer: (teer: number) => `TEER ${teer}`,
  nocPrograms: "Programs its TEER allows",
  nocProgramList: { fsw: "FSW", cec: "CEC", fst: "FST (skilled trade)" },
  nocNoProgram: "none: TEER 4 and 5 are not skilled work for Express Entry",
  nocCategories: "2026 categories that list it",
  nocNoCategory: "none",
  nocOtherTitle: "Titre en français",
  nocMatches: (query: string) => `Occupations matching “${query}”`,
  nocNone: (query: string) => `No NOC 2021 unit group matches “${query}”. Try a 5-digit code or other words.`,
  nocUsage: "Give a NOC 2021 code or an occupation title: /noc 21231 or /noc software engineer",
  nocFooter: "NOC 2021 Version 1.0 (Statistics Canada, Open Government Licence – Canada); categories as of 2026-07-27.",
};

export type EligibilityMessages = { [K in keyof typeof en]: (typeof en)[K] };

const fr: EligibilityMessages = {
  title: (asOf) => `Admissibilité à Entrée express au ${asOf}`,
  programs: { fsw: "Travailleurs qualifiés (fédéral) (PTQF)", cec: "Catégorie de l’expérience canadienne (CEC)", fst: "Métiers spécialisés (fédéral) (PTMSF)" },
  yes: "✅ admissible",
  no: "❌ non admissible",
  notAssessed: "➖ non évaluée",
  allMet: "Toutes les exigences minimales vérifiées ici sont remplies.",
  needCrs: "Lancez d’abord /scg : /admissible part de votre profil SCG (âge, études, langues, famille).",
  fix: "Certaines options sont à corriger :",
  grid: (points, passMark) => `Grille de sélection : ${points} points (note de passage ${passMark})`,
  factors: { language: "langue", education: "études", experience: "expérience", age: "âge", arrangedEmployment: "emploi réservé", adaptability: "capacité d’adaptation" },
  factor: (name, points, max) => `${name} ${points}/${max}`,
  categoriesTitle: "Catégories 2026",
  categoryNeedsProgram: "Les rondes par catégorie n’invitent que les candidats admissibles au PTQF, à la CEC ou au PTMSF : aucun des trois pour l’instant.",
  categoryYes: (name, noc, months) => `✅ ${name}${noc ? ` — ${noc}` : ""}${months ? ` (exige ${months} mois en 3 ans)` : ""}`,
  categoryNo: (name, why) => `❌ ${name} : ${why}`,
  categoriesNoWork: (names) => `❌ Aucun travail dans leurs professions ces 3 dernières années : ${names}`,
  cutoffsTitle: "Notes minimales récentes",
  cutoff: (name, crs, id, date) => `${name} : ${crs} (ronde nº ${id}, ${date})`,
  cutoffNone: (name) => `${name} : aucune ronde encore`,
  yourScore: (score) => `Votre dernière note SCG : ${score}`,
  noScore: "Votre note SCG : pas encore calculée (/crs)",
  footer: (rules, funds) =>
    `Règles : catégories 2026 en vigueur depuis le ${rules} ; barème de la preuve de fonds du ${funds}. Une estimation selon les règles publiées : l’admissibilité à l’entrée, les fonctions de la CNP et les documents ne sont pas vérifiés ; IRCC décide.`,
  more: (n) => `… et ${n} de plus`,
  nocTitle: (code, title) => `CNP ${code} : ${title}`,
  nocTeer: (teer) => `FEER ${teer}`,
  nocPrograms: "Programmes que sa FEER permet",
  nocProgramList: { fsw: "PTQF", cec: "CEC", fst: "PTMSF (métier spécialisé)" },
  nocNoProgram: "aucun : les FEER 4 et 5 ne sont pas du travail qualifié pour Entrée express",
  nocCategories: "Catégories 2026 qui la listent",
  nocNoCategory: "aucune",
  nocOtherTitle: "English title",
  nocMatches: (query) => `Professions correspondant à « ${query} »`,
  nocNone: (query) => `Aucun groupe de base de la CNP 2021 ne correspond à « ${query} ». Essayez un code à 5 chiffres ou d’autres mots.`,
  nocUsage: "Indiquez un code CNP 2021 ou un titre de profession : /noc 21231 ou /noc infirmière",
  nocFooter: "CNP 2021 version 1.0 (Statistique Canada, Licence du gouvernement ouvert – Canada) ; catégories au 2026-07-27.",
};

export const ELIGIBILITY_MESSAGES = { en, fr } as const;

export function eligibilityMessages(lang: "en" | "fr"): EligibilityMessages {
  return ELIGIBILITY_MESSAGES[lang];
}
