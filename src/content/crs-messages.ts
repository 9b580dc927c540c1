/**
 * The CRS calculator's words, in English and French: factor names, what-if descriptions and the
 * comparison with real rounds. `fr` must have every key of `en` (the type enforces it).
 */

const en = {
  title: (total: number) => `Your CRS score: ${total}`,
  rulesLine: (date: string) => `Scored with the CRS rules in force since ${date}.`,
  scoredWithSpouse: "Scored with an accompanying spouse or partner.",
  scoredSingle: "Scored as a single candidate.",
  sections: { core: "Core / human capital", spouse: "Spouse or partner", transferability: "Skill transferability", additional: "Additional points" },
  factors: {
    age: "Age",
    education: "Education",
    firstLanguage: "First official language",
    secondLanguage: "Second official language",
    canadianWork: "Canadian work experience",
    spouseEducation: "Spouse's education",
    spouseLanguage: "Spouse's language",
    spouseCanadianWork: "Spouse's Canadian work",
    transferEducation: "Education + language/Canadian work",
    transferForeign: "Foreign work + language/Canadian work",
    certificateOfQualification: "Trade certificate + language",
    provincialNomination: "Provincial nomination",
    french: "French-language skills",
    canadianStudy: "Study in Canada",
    sibling: "Brother or sister in Canada",
    jobOffer: "Job offer",
  },
  factorLine: (factor: string, points: number, max: number) => `${factor}: ${points} of ${max}`,
  sectionTotal: (points: number, max: number) => `${points} of ${max}`,
  jobOfferNote: "Job offers earn no CRS points since 2025-03-25 (a job offer can still matter for FSW/FST eligibility).",
  clbLine: (which: string, l: number, r: number, w: number, s: number) => `${which}: listening ${l}, reading ${r}, writing ${w}, speaking ${s}`,
  clbFirst: "Your CLB/NCLC levels (first language)",
  clbSecond: "Second language",
  clbSpouse: "Spouse",
  whatIfTitle: "What would raise your score most",
  whatIfNone: "No single change we know of would raise this score.",
  whatIfLine: (text: string, gain: number, total: number) => `${text}: +${gain} → ${total}`,
  whatIf: {
    ability: (ability: string, from: string, to: string) => `${ability} from ${from} to ${to}`,
    allFour: (level: number) => `CLB ${level} in all four abilities of your first language`,
    canadianWork: (years: number) => `${years} year${years === 1 ? "" : "s"} of skilled Canadian work`,
    foreignWork: (years: number) => `${years === 3 ? "3 or more" : years} year${years === 1 ? "" : "s"} of skilled foreign work`,
    french: "French at NCLC 7 in all four abilities (TEF/TCF)",
    english: "English at CLB 5 in all four abilities",
    nomination: "A provincial nomination",
    canadianStudy: (three: boolean): string => (three ? "A Canadian credential of 3 years or more" : "A 1- or 2-year Canadian credential"),
    education: (level: string) => `Education: ${level}`,
    spouseLanguage: "Your spouse at CLB 9 in all four abilities",
    spouseNotAccompanying: "Your spouse not coming with you (scored as single)",
    certificate: "A provincial trade certificate of qualification",
  },
  abilities: { listening: "Listening", reading: "Reading", writing: "Writing", speaking: "Speaking" },
  education: {
    none: "less than secondary school", secondary: "secondary diploma", one_year: "a 1-year post-secondary credential",
    two_year: "a 2-year post-secondary credential", bachelors: "a bachelor's (or a 3+ year credential)",
    two_or_more: "two or more credentials (one of 3+ years)", masters: "a master's or professional degree", doctoral: "a doctorate (PhD)",
  },
  /** Short labels, for buttons and menus. */
  educationShort: {
    none: "Less than secondary", secondary: "Secondary diploma", one_year: "1-year post-secondary", two_year: "2-year post-secondary",
    bachelors: "Bachelor's (or 3+ years)", two_or_more: "Two or more credentials", masters: "Master's / professional", doctoral: "Doctorate (PhD)",
  },
  compareTitle: "Against recent rounds",
  compareLine: (cat: string, cleared: number, total: number, lastCrs: number, lastId: string) =>
    `${cat}: at or above the cutoff in ${cleared} of ${total} round${total === 1 ? "" : "s"} (last: #${lastId} at ${lastCrs})`,
  compareTie: "At exactly the cutoff, the tie-break decides: only profiles submitted before its date and time were invited.",
  compareEligibility: "Category rounds invite only candidates eligible for that category (occupation, French, …); PNP rounds only candidates with a nomination.",
  comparePool: (atLeast: string, atMost: string, total: string, date: string) =>
    atLeast === atMost ? `In the pool of ${date}, ${atLeast} of ${total} candidates had this score or more.` : `In the pool of ${date}, between ${atLeast} and ${atMost} of ${total} candidates had this score or more.`,
  compareWindow: (months: number) => `Rounds of the last ${months} months.`,
  disclaimer: "An estimate from the published rules; IRCC's own calculation is the one that counts.",
};

export type CrsMessages = { [K in keyof typeof en]: (typeof en)[K] };

const fr: CrsMessages = {
  title: (total) => `Votre note SCG : ${total}`,
  rulesLine: (date) => `Calculée selon les règles du SCG en vigueur depuis le ${date}.`,
  scoredWithSpouse: "Calculée avec un époux ou conjoint qui vous accompagne.",
  scoredSingle: "Calculée comme candidat sans époux ni conjoint.",
  sections: { core: "Facteurs de base / capital humain", spouse: "Époux ou conjoint", transferability: "Transférabilité des compétences", additional: "Points supplémentaires" },
  factors: {
    age: "Âge",
    education: "Études",
    firstLanguage: "Première langue officielle",
    secondLanguage: "Seconde langue officielle",
    canadianWork: "Expérience de travail au Canada",
    spouseEducation: "Études de l’époux",
    spouseLanguage: "Langue de l’époux",
    spouseCanadianWork: "Travail au Canada de l’époux",
    transferEducation: "Études + langue/travail au Canada",
    transferForeign: "Travail à l’étranger + langue/travail au Canada",
    certificateOfQualification: "Certificat de compétence + langue",
    provincialNomination: "Nomination provinciale",
    french: "Compétences en français",
    canadianStudy: "Études au Canada",
    sibling: "Frère ou sœur au Canada",
    jobOffer: "Offre d’emploi",
  },
  factorLine: (factor, points, max) => `${factor} : ${points} sur ${max}`,
  sectionTotal: (points, max) => `${points} sur ${max}`,
  jobOfferNote: "Les offres d’emploi ne donnent plus de points SCG depuis le 25 mars 2025 (elles peuvent encore compter pour l’admissibilité au PTQF/PTMSF).",
  clbLine: (which, l, r, w, s) => `${which} : compréhension de l’oral ${l}, de l’écrit ${r}, expression écrite ${w}, orale ${s}`,
  clbFirst: "Vos niveaux NCLC/CLB (première langue)",
  clbSecond: "Seconde langue",
  clbSpouse: "Époux",
  whatIfTitle: "Ce qui augmenterait le plus votre note",
  whatIfNone: "Aucun changement simple connu n’augmenterait cette note.",
  whatIfLine: (text, gain, total) => `${text} : +${gain} → ${total}`,
  whatIf: {
    ability: (ability, from, to) => `${ability} de ${from} à ${to}`,
    allFour: (level) => `Niveau ${level} dans les quatre compétences de votre première langue`,
    canadianWork: (years) => `${years} an${years === 1 ? "" : "s"} de travail qualifié au Canada`,
    foreignWork: (years) => `${years === 3 ? "3 ans ou plus" : `${years} an${years === 1 ? "" : "s"}`} de travail qualifié à l’étranger`,
    french: "Français au niveau NCLC 7 dans les quatre compétences (TEF/TCF)",
    english: "Anglais au niveau CLB 5 dans les quatre compétences",
    nomination: "Une nomination provinciale",
    canadianStudy: (three) => (three ? "Un diplôme canadien de 3 ans ou plus" : "Un diplôme canadien de 1 ou 2 ans"),
    education: (level) => `Études : ${level}`,
    spouseLanguage: "Votre époux au niveau CLB 9 dans les quatre compétences",
    spouseNotAccompanying: "Votre époux ne vous accompagne pas (calcul sans époux)",
    certificate: "Un certificat de compétence provincial (métiers)",
  },
  abilities: { listening: "Compréhension de l’oral", reading: "Compréhension de l’écrit", writing: "Expression écrite", speaking: "Expression orale" },
  education: {
    none: "moins que le secondaire", secondary: "diplôme d’études secondaires", one_year: "un diplôme postsecondaire d’un an",
    two_year: "un diplôme postsecondaire de deux ans", bachelors: "un baccalauréat (ou un diplôme de 3 ans ou plus)",
    two_or_more: "deux diplômes ou plus (dont un de 3 ans ou plus)", masters: "une maîtrise ou un diplôme professionnel", doctoral: "un doctorat",
  },
  educationShort: {
    none: "Moins que le secondaire", secondary: "Diplôme secondaire", one_year: "Postsecondaire 1 an", two_year: "Postsecondaire 2 ans",
    bachelors: "Baccalauréat (ou 3 ans +)", two_or_more: "Deux diplômes ou plus", masters: "Maîtrise / professionnel", doctoral: "Doctorat",
  },
  compareTitle: "Par rapport aux rondes récentes",
  compareLine: (cat, cleared, total, lastCrs, lastId) => `${cat} : au niveau ou au-dessus de la note minimale dans ${cleared} ronde${cleared > 1 ? "s" : ""} sur ${total} (dernière : nº ${lastId} à ${lastCrs})`,
  compareTie: "À la note minimale exacte, la règle de départage décide : seuls les profils soumis avant sa date et son heure ont été invités.",
  compareEligibility: "Les rondes par catégorie n’invitent que les candidats admissibles à cette catégorie (profession, français…) ; les rondes du PCP, que les candidats ayant une nomination.",
  comparePool: (atLeast, atMost, total, date) =>
    atLeast === atMost ? `Dans le bassin du ${date}, ${atLeast} candidats sur ${total} avaient cette note ou plus.` : `Dans le bassin du ${date}, entre ${atLeast} et ${atMost} candidats sur ${total} avaient cette note ou plus.`,
  compareWindow: (months) => `Rondes des ${months} derniers mois.`,
  disclaimer: "Une estimation selon les règles publiées ; seul le calcul d’IRCC fait foi.",
};

export const CRS_MESSAGES = { en, fr } as const;

export function crsMessages(lang: "en" | "fr"): CrsMessages {
  return CRS_MESSAGES[lang];
}
