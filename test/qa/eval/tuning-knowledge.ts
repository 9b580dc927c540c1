import { anyOf, daysFact, make, NOT_CURRENT, pointsFact as pts, PROPOSED, STEM_2026, UNSURE } from "./build.ts";
import {
  ADDITIONAL, AGE_POINTS, CATEGORY_2026, CATEGORY_CODES, EDUCATION, FEES, firstLanguagePoints, FSW_ADAPTABILITY, FSW_ARRANGED_EMPLOYMENT, FSW_EDUCATION, FSW_GRID_MAX, fswAgePoints, fswExperiencePoints,
  fswFirstLanguagePoints, fswSecondLanguagePoints, NOC, POF_EFFECTIVE, pofFor, PROCESS, PROGRAM_MIN, REFORM,
} from "./rules-facts.ts";
import type { EvalCase, Fact } from "./types.ts";

/**
 * Tuning questions on the knowledge users ask about most (program minimums, the FSW 67-point grid, the process after
 * an invitation, NOC/TEER, 2026 categories, PNPs, fees, funds, the reform, help and out-of-scope questions), each
 * written by hand in its own phrasing. Every fact is computed from rules-facts.ts (transcribed from shared/domain)
 * or is a wording of a rule those documents state; figures the documents do not give are never asked for.
 */

const M = PROGRAM_MIN;

/** "N years" in the ways people write it (window lengths, experience). */
function yearsFact(n: number, word: string, mot: string): Fact {
  return anyOf(`${n} years`, `${n} year`, `${n}-year`, `${word} years`, `${word}-year`, `${n * 12} months`, `${n} ans`, `${mot} ans`, `${n} annees`, `${mot} annees`,
    `${n} dernieres annees`, `${mot} dernieres annees`, `${n} derniers ans`, `${n * 12} mois`);
}
const ONE_YEAR = anyOf("1 year", "one year", "1-year", "one-year", "12 months", "1560", "1 an", "un an", "une annee", "1 annee", "12 mois");
const TWO_YEARS = yearsFact(M.fst.years, "two", "deux");
const THREE_YEARS = yearsFact(M.cec.window, "three", "trois");
const FIVE_YEARS = yearsFact(M.fst.window, "five", "cinq");
const TEN_YEARS = yearsFact(M.fsw.window, "ten", "dix");
/** Hours of one year of full-time work (1,560), stated as hours. */
const HOURS_1560 = anyOf(`${M.cec.hours} h`, `${M.cec.hours.toLocaleString("en-US")} h`, `${M.cec.hours} heures`);
/** Results valid 2 years (ELIGIBILITY.md § 1.1). */
const VALID_TWO_YEARS = anyOf("2 years", "two years", "24 months", "2 ans", "deux ans", "24 mois");
/** Skilled work: TEER 0, 1, 2 or 3 (ELIGIBILITY.md § 1.1, § 2). */
const TEER_0_3 = anyOf("teer 0-3", "teer 0 to 3", "teer 0 a 3", "teer 0, 1, 2 or 3", "teer 0, 1, 2 ou 3", "teer 0, 1, 2, 3", "teer 0/1/2/3", "feer 0-3", "feer 0 a 3",
  "feer 0, 1, 2 ou 3", "0, 1, 2 or 3", "0, 1, 2 ou 3", "0 to 3", "0 a 3", "0-3");
const teer = (code: string): Fact => anyOf(`TEER ${NOC.get(code)!.teer}`, `FEER ${NOC.get(code)!.teer}`);
/** The rule says this work does not count. */
const NOT_COUNTED = anyOf("not count", "doesn't count", "don't count", "isn't counted", "aren't counted", "not counted", "excluded", "exclu", "not eligible", "doesn't qualify",
  "does not qualify", "don't qualify", "ne compte pas", "ne comptent pas", "pas pris en compte", "pas prise en compte", "pas prises en compte", "pas comptabilis",
  "pas admissible", "non admissible", "ne sont pas admissibles", "ne peut pas etre compt", "ne peuvent pas etre compt", "not accepted", "pas acceptee", "pas accepte");
/** The rule says this is not a requirement. */
const NOT_REQUIRED = anyOf("not required", "not mandatory", "not needed", "isn't required", "no need", "don't need", "do not need", "not necessary", "optional",
  "not a requirement", "no minimum", "not need", "no education requirement", "no requirement", "pas obligatoire", "pas necessaire", "pas requis", "pas exige", "pas besoin", "aucune exigence", "facultati",
  "n'exige pas", "pas de minimum", "aucun minimum");
/** Proof of funds is not asked for (CEC, or authorized to work with a valid job offer). */
const FUNDS_NOT_REQUIRED: Fact = anyOf(...(NOT_REQUIRED as { any: string[] }).any, "exempt", "dispense", "no proof of funds", "aucune preuve de fonds", "ni de preuve de fonds",
  "pas de preuve de fonds");
/** Points of the FSW grid, also as totals ("6 points per ability, 24 for all four"). */
const gridPts = (n: number): Fact => ({ any: [...(pts(n) as { any: string[] }).any, `${n} for all`, `${n} in all`, `${n} pour les`, `${n} au total`, `${n} en tout`,
  `total ${n}`, `total: ${n}`, `total of ${n}`, `total de ${n}`, `${n}/100`, `${n} sur 100`, `${n} out of 100`] });
/** A factor's maximum: "max 10", "capped at 10", or the grid's own "adaptability 10". */
const capFact = (n: number, ...factor: string[]): Fact => ({ any: [...(gridPts(n) as { any: string[] }).any, `max ${n}`, `maximum ${n}`, `maximum of ${n}`,
  `maximum de ${n}`, `capped at ${n}`, `plafonne a ${n}`, `plafond de ${n}`, `up to ${n}`, `jusqu'a ${n}`, `${n} max`, `${n} au maximum`, ...factor.map((f) => `${f} ${n}`)] });
/** CEC: CLB 5 for TEER 2 or 3 work, however the level is written next to the TEER. */
const CEC_CLB5: Fact = { near: ["5", anyOf("teer 2", "feer 2")], within: 30 };
/** FST: CLB 4 in reading and writing. */
const FST_CLB4: Fact = { near: ["4", anyOf("reading", "writing", "lecture", "ecriture", "ecrit")], within: 30 };
/** An official page, by the path OFFICIAL-LINKS.md gives (English or French). */
const link = (...paths: string[]): Fact => anyOf(...paths);
const ECA_LINK = link("express-entry/documents/education-assessed", "entree-express/documents/evaluer-diplomes-etudes");
/** Who assesses: the ECA page, or the designated organizations it lists. */
const ECA_WHO = anyOf("express-entry/documents/education-assessed", "entree-express/documents/evaluer-diplomes-etudes", "designated", "designe");
const DOCUMENTS_LINK = link("apply-permanent-residence/documents");
const APPLY_LINK = link("express-entry/apply-permanent-residence");
const PROCESSING = link("express-entry/after-apply", "check-processing-times", "processing-times", "delais-de-traitement");
const PROFILE_MONTHS = anyOf(`${PROCESS.profileMonths} months`, `${PROCESS.profileMonths} mois`, "one year", "1 year", "un an", "1 an");

const k = (template: string, lang: "en" | "fr", kind: EvalCase["kind"], q: string, facts: Fact[], extra: Partial<EvalCase> = {}) =>
  make(`k-${template}`, lang, kind, q, facts, extra);
const T = { typo: true } as const;

/** Program minimums: CEC (ELIGIBILITY.md § 2). */
const CEC: EvalCase[] = [
  k("cec", "fr", "program-min", "slt tout le monde, jai 10 mois dexperience au canada comme dev (TEER 1), est ce que je peux deja faire mon profil PEC ou faut attendre?", [ONE_YEAR], T),
  k("cec", "en", "program-min", "Can I apply under CEC with 10 months of Canadian work experience?", [ONE_YEAR]),
  k("cec", "fr", "program-min", "Est-ce que le travail autonome compte pour la catégorie de l'expérience canadienne ?", [NOT_COUNTED]),
  k("cec", "en", "program-min", "im self employed in toronto since 2 yrs, does that count for cec??", [NOT_COUNTED], T),
  k("cec", "fr", "program-min", "J'ai travaillé 20h par semaine pendant mes études à temps plein à Ottawa, est-ce que ces heures comptent pour la PEC ?", [NOT_COUNTED]),
  k("cec", "en", "program-min",
    "Hey folks, quick one. I did my 2-year diploma at Humber and worked part time at a restaurant plus a co-op placement during the program. Now I'm on a PGWP. Do those student-era hours count toward CEC or do I start from zero after graduation?",
    [NOT_COUNTED]),
  k("cec", "fr", "program-min", "Pour la PEC est-ce qu'on peut faire l'année d'expérience à temps partiel ? Il faut combien d'heures au total ?", [HOURS_1560]),
  k("cec", "fr", "program-min", "c quoi le niveau de langue minimum pr la PEC svp, je suis infirmière autorisée (TEER 1)", [`CLB ${M.cec.clbTeer01}`], T),
  k("cec", "en", "program-min", "How recent does my Canadian work experience have to be for the Canadian Experience Class?", [THREE_YEARS, ONE_YEAR]),
  k("cec", "fr", "program-min", "Mon expérience de travail au Cameroun peut-elle compter pour la catégorie de l'expérience canadienne ?", [anyOf("au canada", "in canada", "en sol canadien")]),
  k("cec", "en", "program-min", "does CEC need an ECA or any kind of degree?", [NOT_REQUIRED]),
  k("cec", "en", "program-min", "cec part time 25hrs/week, how many hours total do i need to hit the 1 yr??", [HOURS_1560], T),
  k("cec", "en", "program-min", "I worked 14 months as a cashier (TEER 5) in Calgary, am I eligible for CEC?", [TEER_0_3]),
  k("cec", "fr", "program-min", "J'ai bossé 3 mois au black avant d'avoir mon permis de travail, ça compte dans mes 12 mois pour la PEC ?", [NOT_COUNTED], T),
  k("cec", "fr", "pof", "Est-ce que la preuve de fonds est exigée pour la catégorie de l'expérience canadienne ?", [FUNDS_NOT_REQUIRED]),
  k("cec", "en", "pof", "Do I need to show settlement funds if I'm applying through CEC?", [FUNDS_NOT_REQUIRED]),
];

/** Program minimums: FSW (ELIGIBILITY.md § 1.1). */
const FSW_MIN: EvalCase[] = [
  k("fsw-min", "en", "program-min", "What are the minimum requirements for the Federal Skilled Worker program?", [ONE_YEAR, `CLB ${M.fsw.clb}`, String(M.fsw.passMark)]),
  k("fsw-min", "fr", "program-min", "Bonjour, quels sont les critères d'admissibilité minimum pour le PTQF (travailleurs qualifiés fédéral) svp ?", [ONE_YEAR, `CLB ${M.fsw.clb}`, String(M.fsw.passMark)]),
  k("fsw-min", "fr", "program-min", "J'ai 8 mois d'expérience comme comptable à Dakar, est-ce suffisant pour le PTQF ?", [ONE_YEAR]),
  k("fsw-min", "en", "program-min", "For FSW does the one year of experience have to be continuous or can it be spread out?", [anyOf("continuous", "continu")]),
  k("fsw-min", "en", "program-min", "My skilled experience is from 2012 to 2015, is that too old for FSW?", [TEN_YEARS]),
  k("fsw-min", "fr", "program-min", "Le stage non rémunéré que j'ai fait en entreprise compte-t-il comme expérience pour le FSW ?", [NOT_COUNTED]),
  k("fsw-min", "en", "program-min", "volunteer work count for fsw? i did 2 yrs volunteering at an NGO in kenya", [NOT_COUNTED], T),
  k("fsw-min", "en", "program-min", "I got IELTS General 6.0 in every band. Is that enough language-wise for the Federal Skilled Worker Program?",
    [{ near: [anyOf("6", "6.0"), `CLB ${M.fsw.clb}`], within: 120 }]),
  k("fsw-min", "fr", "program-min", "Mon TEF me donne NCLC 6 en expression orale et NCLC 8 dans le reste, je suis admissible au programme des travailleurs qualifiés ?", [`CLB ${M.fsw.clb}`]),
  k("fsw-min", "en", "program-min", "Is a job offer mandatory for the Federal Skilled Worker program?", [NOT_REQUIRED]),
  k("fsw-min", "fr", "program-min", "Mon diplôme vient du Maroc. Pour le programme des travailleurs qualifiés, je dois faire évaluer mes diplômes ? Par qui ?", [ECA_WHO]),
  k("fsw-min", "en", "program-min", "Part-time work for FSW: how many hours in total do I need?", [HOURS_1560]),
  k("fsw-min", "en", "program-min", "my job is TEER 4 (retail sales) can i still go FSW??", [TEER_0_3], T),
  k("fsw-min", "fr", "program-min", "Je suis chauffeur de camion, code CNP 73300, est-ce que mon métier est qualifié pour le fédéral travailleurs qualifiés ?", [teer("73300")]),
];

/** Program minimums: FST (ELIGIBILITY.md § 3). */
const FST: EvalCase[] = [
  k("fst", "en", "program-min", "Federal Skilled Trades language requirements?", [`CLB ${M.fst.clbSpeakListen}`, FST_CLB4], { not: [`CLB ${M.fsw.clb}`] }),
  k("fst", "fr", "program-min", "Pour le programme des métiers spécialisés, il faut quel niveau en langue ?", [`CLB ${M.fst.clbSpeakListen}`, FST_CLB4],
    { not: [`CLB ${M.fsw.clb}`] }),
  k("fst", "fr", "program-min", "fst jsui soudeur 3 ans exp, faut quel niveau en anglais stp", [`CLB ${M.fst.clbSpeakListen}`, FST_CLB4], { ...T, not: [`CLB ${M.fsw.clb}`] }),
  k("fst", "en", "program-min", "How much work experience do I need for the FSTP and in what time frame?", [TWO_YEARS, FIVE_YEARS]),
  k("fst", "fr", "program-min", "je suis electricien avec 18 mois dexperience, je peux postuler au programme des metiers specialises ?", [TWO_YEARS], T),
  k("fst", "en", "program-min", "Do I need a job offer for the skilled trades program?", [anyOf("certificate of qualification", "certificat de qualification")]),
  k("fst", "fr", "program-min", "Faut-il un diplôme pour le programme des travailleurs de métiers spécialisés ?", [NOT_REQUIRED]),
  k("fst", "en", "program-min",
    "Hi everyone, I'm a welder in Lagos with 4 years of experience. I don't have a Canadian job offer yet, but I heard some provinces give trade certificates. What exactly does FST need on top of experience?",
    [anyOf("certificate of qualification", "certificat de qualification"), `CLB ${M.fst.clbSpeakListen}`]),
  k("fst", "fr", "program-min", "PTMF : il faut combien d'années d'expérience et sur quelle période ?", [TWO_YEARS, FIVE_YEARS]),
  k("fst", "en", "program-min", "Does trade work I did while I was a full-time student count for Federal Skilled Trades?", [NOT_COUNTED]),
  k("fst", "fr", "program-min", "Est-ce que le NCLC 7 est obligatoire pour les métiers spécialisés (FST) ?", [`CLB ${M.fst.clbSpeakListen}`, FST_CLB4]),
  k("fst", "fr", "pof", "metiers specialises federal, faut avoir la preuve de fonds ou pas ? jai pas d'offre d'emploi", [pofFor(1).toLocaleString("en-US")], T),
];

/** The three programs side by side. */
const PROGRAMS: EvalCase[] = [
  k("programs", "en", "program-min", "whats the difference between FSW, CEC and FST in terms of how recent the work experience must be?", [TEN_YEARS, THREE_YEARS, FIVE_YEARS], T),
  k("programs", "fr", "program-min",
    "Bonsoir, je suis un peu perdu entre les trois programmes. Quelle est la durée d'expérience minimale demandée pour le PEC, le PTQF et le PTMF respectivement ? Merci d'avance",
    [ONE_YEAR, TWO_YEARS]),
];

const age = (a: number) => fswAgePoints(a);
const crsAgeSingle = (a: number) => AGE_POINTS[a]![1];
/** The FSW 67-point grid (ELIGIBILITY.md § 1.2), never the CRS figure. */
const GRID: EvalCase[] = [
  k("fsw-grid", "en", "fsw-grid", "How many FSW points do I get for age 38 (the 67-point grid, not CRS)?", [gridPts(age(38))], { not: [pts(crsAgeSingle(38)), pts(AGE_POINTS[38]![0])] }),
  k("fsw-grid", "fr", "fsw-grid", "Combien de points pour l'âge à 40 ans dans la grille des 67 points ?", [gridPts(age(40))], { not: [pts(crsAgeSingle(40)), pts(AGE_POINTS[40]![0])] }),
  k("fsw-grid", "fr", "fsw-grid", "grille 67 pts: un master ça donne cb ?", [gridPts(FSW_EDUCATION.masters)], { ...T, not: [pts(EDUCATION.masters[1]), pts(EDUCATION.masters[0])] }),
  k("fsw-grid", "en", "fsw-grid", "FSW selection factors: how many points is a PhD worth?", [gridPts(FSW_EDUCATION.doctoral)], { not: [pts(EDUCATION.doctoral[1])] }),
  k("fsw-grid", "en", "fsw-grid", "How many points on the federal skilled worker grid for a 3-year bachelor's degree?", [gridPts(FSW_EDUCATION.bachelors)], { not: [pts(EDUCATION.bachelors[1])] }),
  k("fsw-grid", "fr", "fsw-grid", "Dans la grille FSW, un diplôme post-secondaire de 2 ans (genre BTS) vaut combien de points ?", [gridPts(FSW_EDUCATION.two_year)], { not: [pts(EDUCATION.two_year[1])] }),
  k("fsw-grid", "en", "fsw-grid", "67 grid: CLB 9 in all four abilities gives how many language points?", [gridPts(4 * fswFirstLanguagePoints(9))],
    { not: [pts(4 * firstLanguagePoints(9, false))] }),
  k("fsw-grid", "fr", "fsw-grid", "NCLC 8 partout, ça fait combien de points de langue pour les 67 points du fédéral ?", [gridPts(4 * fswFirstLanguagePoints(8))],
    { not: [pts(4 * firstLanguagePoints(8, false))] }),
  k("fsw-grid", "en", "fsw-grid", "i have clb 7 in all 4, how many pts do i get in the fsw grid for language", [gridPts(4 * fswFirstLanguagePoints(7))], T),
  k("fsw-grid", "fr", "fsw-grid", "La deuxième langue officielle rapporte combien dans la grille de sélection des travailleurs qualifiés ?",
    [gridPts(fswSecondLanguagePoints([5, 5, 5, 5])), "CLB 5"]),
  k("fsw-grid", "en", "fsw-grid", "How many points does work experience give in the FSW 67 grid if I have 3 years?", [gridPts(fswExperiencePoints(3))]),
  k("fsw-grid", "fr", "fsw-grid", "6 ans d'expérience = combien de points dans la grille de sélection FSW ?", [gridPts(fswExperiencePoints(6))]),
  k("fsw-grid", "en", "fsw-grid", "Does a job offer still give points in the FSW 67-point grid now that CRS job offer points were removed?", [gridPts(FSW_ARRANGED_EMPLOYMENT)]),
  k("fsw-grid", "fr", "fsw-grid", "C'est quoi l'adaptabilité dans les 67 points et c'est plafonné à combien ?", [capFact(FSW_ADAPTABILITY.cap, "adaptability", "adaptabilite")]),
  k("fsw-grid", "en", "fsw-grid", "My wife has CLB 4 in English, does that give me adaptability points for FSW?", [gridPts(FSW_ADAPTABILITY.spouseLanguage)]),
  k("fsw-grid", "fr", "fsw-grid", "Ma tante vit à Toronto, elle est citoyenne canadienne. Ça me donne des points dans la grille des 67 ?", [gridPts(FSW_ADAPTABILITY.relative)]),
  k("fsw-grid", "en", "fsw-grid", "What's the pass mark for FSW and out of how many points?", [String(M.fsw.passMark), "100"]),
  k("fsw-grid", "fr", "fsw-grid",
    "Bonjour à tous, je calcule mes points FSW : j'ai 30 ans, un master, NCLC 9 partout en anglais, 3 ans d'expérience comme ingénieur, pas d'offre d'emploi ni famille au Canada. Est-ce que je passe la barre des 67 ?",
    [gridPts(age(30) + FSW_EDUCATION.masters + 4 * fswFirstLanguagePoints(9) + fswExperiencePoints(3)), "67"]),
  k("fsw-grid", "en", "fsw-grid", "I'm 47. How many age points would I get in the FSW selection grid?", [gridPts(age(47))]),
  k("fsw-grid", "en", "fsw-grid", "fsw 67 pts grid, how much for 1 yr exp n age 36?", [gridPts(fswExperiencePoints(1)), gridPts(age(36))], T),
  k("fsw-grid", "fr", "fsw-grid", "Combien de points au maximum pour la langue dans la grille des 67 points ?", [capFact(FSW_GRID_MAX.language, "language", "langue")]),
  k("fsw-grid", "en", "fsw-grid", "If my spouse worked 1 year full time in Canada, do I get FSW adaptability points for that?", [gridPts(FSW_ADAPTABILITY.spouseWork)]),
  k("fsw-grid", "en", "fsw-grid", "I worked one year full-time in Canada on a work permit in a TEER 2 job. How many adaptability points is that under FSW?", [gridPts(FSW_ADAPTABILITY.ownWork)]),
  k("fsw-grid", "fr", "fsw-grid", "J'ai étudié 2 ans à temps plein au Canada (programme de 2 ans), combien de points d'adaptabilité pour le PTQF ?", [gridPts(FSW_ADAPTABILITY.ownStudy)]),
  k("fsw-grid", "fr", "fsw-grid", "c koi la diff entre le crs et les 67 pts ?? c pas la meme chose ?", [String(M.fsw.passMark), "1200"], T),
  k("fsw-grid", "fr", "fsw-grid", "stp c koi les 6 facteurs de la grille des 67 points ?? jconfond avec le CRS", [capFact(FSW_GRID_MAX.age, "age"), capFact(FSW_ADAPTABILITY.cap, "adaptability", "adaptabilite"), capFact(FSW_GRID_MAX.language, "language", "langue")], T),
];

/** After an invitation, the profile, documents (ELIGIBILITY.md, rules-facts PROCESS, OFFICIAL-LINKS.md). */
const PROCESS_CASES: EvalCase[] = [
  k("process", "en", "process", "How long do I have to submit my application after I get an ITA?", [daysFact(PROCESS.daysToApply)]),
  k("process", "fr", "process", "jai recu mon ITA hier, jai cb de temps pr soumettre le dossier?", [daysFact(PROCESS.daysToApply)], T),
  k("process", "fr", "process", "Que se passe-t-il si je laisse expirer mon invitation à présenter une demande sans rien soumettre ?", [daysFact(PROCESS.daysToApply)]),
  k("process", "en", "process", "Can I decline an ITA? I'm not ready with my documents", [APPLY_LINK]),
  k("process", "en", "process", "How long does my Express Entry profile stay valid in the pool?", [PROFILE_MONTHS]),
  k("process", "fr", "process", "Mon profil Entrée express est valide combien de temps ?", [PROFILE_MONTHS]),
  k("process", "fr", "process", "mon profil expire dans 2 semaines et jai tjrs pas recu d'invitation, je fais quoi ??", [PROFILE_MONTHS], T),
  k("process", "en", "process", "Is a medical exam required after the ITA, and when do I do it?", [DOCUMENTS_LINK]),
  k("process", "fr", "process", "Les certificats de police pour la RP, il les faut de quels pays ?", [DOCUMENTS_LINK]),
  k("process", "en", "process", "How long are IELTS results valid for Express Entry?", [VALID_TWO_YEARS]),
  k("process", "fr", "process", "svp la validité du ielts c combien de temps pr EE ? le mien date de l'an dernier", [VALID_TWO_YEARS], T),
  k("process", "en", "process", "got my ITA but my passport is expiring lol, how many days do i have to submit the eAPR", [daysFact(PROCESS.daysToApply)], T),
  k("process", "fr", "process", "jpeux refuser l'invitation (ITA) si jsuis pas pret ? ca fait quoi", [APPLY_LINK], T),
  k("process", "fr", "process", "jsuis dans le pool depuis 11 mois, mon profil va expirer ? il dure cb de temps", [PROFILE_MONTHS], T),
  k("process", "fr", "process", "combien de temps sont valides les résultats du TCF Canada pr entrée express", [VALID_TWO_YEARS], T),
  k("process", "en", "process", "Do I need an ECA if I studied in India?", [ECA_LINK]),
  k("process", "en", "process", "How long does Express Entry processing take after I submit my e-APR?", [PROCESSING]),
  k("process", "fr", "process", "Délai de traitement après la soumission de la demande de résidence permanente en Entrée express ?", [PROCESSING]),
  k("process", "en", "process",
    "Ok so I finally got my invitation last night after 8 months in the pool!! My question is about the medical and police certificates, which documents do I need to upload and where can I check the list?",
    [DOCUMENTS_LINK]),
];

/** NOC 2021 / TEER (data/noc-2021.csv). */
const NOC_CASES: EvalCase[] = [
  k("noc", "fr", "process", "Quelle catégorie FEER pour le code CNP 13110 (adjoint administratif) ?", [teer("13110")]),
  k("noc", "en", "process", "noc 65201 teer?? kitchen helper", [teer("65201")], T),
  k("noc", "fr", "process", "Je suis éducatrice de la petite enfance (CNP 42202), c'est quel niveau FEER ?", [teer("42202")]),
  k("cec", "fr", "program-min", "mon poste est FEER 3, pour la PEC le niveau de langue minimum c'est quoi", [CEC_CLB5], T),
  k("noc", "en", "process", "noc 72200 electrician, what teer is that??", [teer("72200")], T),
  k("noc", "en", "process", "Is a TEER 4 job eligible for Express Entry?", [TEER_0_3]),
  k("noc", "fr", "process", "c quoi le TEER de 33102 (préposé aux bénéficiaires) stp", [teer("33102")], T),
  k("noc", "en", "process", "which TEER categories are considered skilled for EE purposes", [TEER_0_3]),
];

const TWELVE_MONTHS = anyOf("12 months", "12 mois", "one year", "1 year", "un an", "1 an", "1560");
const NOT_CONTINUOUS = anyOf("not continuous", "need not be continuous", "not need to be continuous", "not have to be continuous", "not necessarily continuous",
  "no longer continuous", "no longer need to be continuous", "non continu", "pas besoin d'etre continu", "pas forcement continu", "pas necessairement continu",
  "plus besoin d'etre continu", "n'a pas a etre continu", "n'a plus a etre continu", "pas etre continu", "doesn't need to be continuous", "don't need to be continuous",
  "doesn't have to be continuous", "don't have to be continuous");
/** Not a 2026 category: the shared wording, or "not among the categories in force". */
const NOT_2026: Fact = anyOf(...(NOT_CURRENT as { any: string[] }).any, "not among the categories", "not among the 2026", "n'est pas parmi", "ne figure pas parmi");
/** Quebec's own selection: an honest decline, or saying it lies outside Express Entry. */
const DECLINE_QUEBEC: Fact = anyOf(...(UNSURE as { any: string[] }).any, "outside express entry", "hors d'entree express", "doesn't track", "does not track", "ne suit pas");
/** Family members count even when they do not come along (ELIGIBILITY.md § 4). */
const EVEN_IF_NOT_COMING = anyOf("even if", "even when", "whether or not", "not accompanying", "meme si", "meme s'il", "accompagnent ou non", "pas accompagn",
  "n'accompagn", "non accompagn", "accompagnent pas");
const inCategory = (key: string, code: string) => CATEGORY_CODES[key]!.includes(code);
/** The answer says a code is not in a list. */
const NOT_IN_LIST = anyOf("not in", "isn't in", "not on", "not part of", "not among", "not listed", "not included", "n'est pas", "ne figure pas", "pas dans", "pas sur la liste",
  "ne fait pas partie", "pas inclu", "no longer", "n'est plus", "ne fait plus", "removed", "retire", "enleve", "supprime");
/** Both 2026 facts a category answer rests on: 12 months of work within 3 years. */
const codes = (key: string) => CATEGORY_CODES[key]!.map(String);

/** 2026 category-based selection (ELIGIBILITY.md § 5, data/category-occupations-2026.json). */
const CATEGORIES: EvalCase[] = [
  k("category", "fr", "category", "Quelles sont les nouvelles catégories d'Entrée express annoncées en 2026 ?",
    [anyOf("physician", "medecin"), anyOf("researcher", "chercheur"), anyOf("senior manager", "cadres superieurs"), anyOf("military", "militaire")]),
  k("category", "en", "category", "Is STEM still a category in 2026 or did they drop it?", [STEM_2026], { not: [NOT_CURRENT] }),
  k("category", "fr", "category", "la categorie STIM existe encore en 2026 ou c fini ? jsuis ingenieur", [STEM_2026], { ...T, not: [NOT_CURRENT] }),
  k("category", "en", "category", "What NOC codes are in the physicians with Canadian work experience category?", CATEGORY_2026.physicians.map(String)),
  k("category", "fr", "category", "Quels sont les codes CNP de la catégorie cadres supérieurs avec expérience canadienne ?", CATEGORY_2026.seniorManagers.map(String)),
  k("category", "en", "category", "researchers category 2026 which nocs r eligible", CATEGORY_2026.researchers.map(String), T),
  k("category", "fr", "category", "Quels métiers sont dans la nouvelle catégorie transport de 2026 ?", CATEGORY_2026.transport.map(String)),
  k("category", "en", "category", "How does the new skilled military recruits category work? Who can get in?", [TEN_YEARS, anyOf("armed forces", "forces armees")]),
  k("category", "fr", "category", "Pour les catégories de 2026, combien de mois d'expérience faut-il dans la profession et sur combien d'années ?", [TWELVE_MONTHS, THREE_YEARS]),
  k("category", "en", "category", "do the 12 months for category draws need to be continuous now??", [NOT_CONTINUOUS], T),
  k("category", "fr", "category", "Pour la catégorie médecins, l'expérience doit être faite au Canada ou ça peut être à l'étranger ? Il faut combien de mois ?",
    [anyOf("au canada", "in canada"), TWELVE_MONTHS]),
  k("category", "en", "category", "Is agriculture and agri-food still an Express Entry category in 2026?", [NOT_2026]),
  k("category", "fr", "category", "Est-ce que les cuisiniers (CNP 63200) sont toujours dans la catégorie métiers en 2026 ?",
    [inCategory("trades", "63200") ? "63200" : NOT_IN_LIST]),
  k("category", "en", "category", "What do I need for the French-language proficiency category?", [`CLB ${7}`]),
  k("category", "fr", "category", "Catégorie francophone : il faut quel niveau NCLC et dans combien de compétences ?", [`CLB ${7}`, anyOf("quatre", "4 competences", "les 4", "four", "all 4")]),
  k("category", "en", "category", "Is software engineer, NOC 21231, on the 2026 STEM list?", [inCategory("stem", "21231") ? "21231" : NOT_IN_LIST]),
  k("category", "fr", "category", "Je suis infirmière autorisée (CNP 31301), est-ce que je rentre dans la catégorie santé ?",
    [inCategory("healthcare-social-services", "31301") ? { near: ["31301", anyOf("sante", "health")], within: 200 } : NOT_IN_LIST]),
  k("category", "en", "category", "When were the 2026 Express Entry categories announced?", [CATEGORY_2026.announced]),
  k("category", "fr", "category", "Depuis quand la règle des 12 mois d'expérience pour les catégories s'applique-t-elle ?", [CATEGORY_2026.announced]),
  k("category", "en", "category", "For category-based draws, does the occupation have to be the same as my primary occupation in my profile?",
    [anyOf("need not", "doesn't have to", "does not have to", "not need to", "not necessarily", "can be different", "pas besoin", "pas forcement", "pas necessairement",
      "n'a pas a", "peut etre different")]),
  k("category", "en", "category",
    "Hi! I've been a registered nurse in Ottawa since early 2025 and my friend says the healthcare category only needs 6 months now, someone else says 12. Which one is it in 2026 and does it have to be in the last 3 years?",
    [TWELVE_MONTHS, THREE_YEARS]),
  k("category", "fr", "category", "slt, les codes de la categorie education en 2026 c lesquels ? jsuis educatrice", codes("education").map(String), T),
];

const nomination = pts(ADDITIONAL.nomination);
const PNP_LINK = link("immigrate-canada/provincial-nominees", "immigrer-canada/candidats-provinces");
/** Provincial Nominee Program basics (CRS-RULES.md § D, OFFICIAL-LINKS.md). */
const PNP: EvalCase[] = [
  k("pnp", "en", "pnp", "How many points does a provincial nomination add to my CRS?", [nomination]),
  k("pnp", "fr", "pnp", "Une nomination provinciale donne combien de points au SCG ?", [nomination]),
  k("pnp", "en", "pnp", "How does the Ontario PNP (OINP) work with Express Entry?", [nomination, PNP_LINK]),
  k("pnp", "fr", "pnp", "Comment fonctionne le programme des candidats de la Colombie-Britannique avec Entrée express ?", [nomination, PNP_LINK]),
  k("pnp", "en", "pnp", "alberta pnp (AAIP) express entry stream, how does it work??", [nomination, PNP_LINK], T),
  k("pnp", "fr", "pnp", "Le Manitoba a-t-il un programme des candidats lié à Entrée express ? Ça rapporte quoi ?", [nomination, PNP_LINK]),
  k("pnp", "fr", "pnp", "PCP Saskatchewan (SINP) : c'est quoi l'avantage pour un profil Entrée express ?", [nomination]),
  k("pnp", "en", "pnp", "What is the Nova Scotia nominee program and what does it give in Express Entry?", [nomination, PNP_LINK]),
  k("pnp", "fr", "pnp", "Nouveau-Brunswick : comment avoir une nomination provinciale quand on est dans le bassin Entrée express ?", [nomination, PNP_LINK]),
  k("pnp", "fr", "pnp", "cv comment le PNP de l'Île-du-Prince-Édouard, ça marche avec entree express ?", [nomination], T),
  k("pnp", "en", "pnp", "Does Newfoundland and Labrador have a provincial nominee stream tied to Express Entry?", [PNP_LINK]),
  k("pnp", "fr", "pnp", "Le Yukon et les Territoires du Nord-Ouest ont-ils un programme des candidats ? Ça donne combien de points ?", [nomination, PNP_LINK]),
  k("pnp", "fr", "pnp", "Si j'obtiens une nomination provinciale, mon score passe à combien ? J'ai 430 actuellement", [String(430 + ADDITIONAL.nomination)]),
  k("pnp", "en", "pnp", "with a provincial nomination on top of my 455 crs what would my score be", [String(455 + ADDITIONAL.nomination)], T),
];

/** Fees for the PR application (ELIGIBILITY.md § 6), always with their date. */
const FEE_CASES: EvalCase[] = [
  k("fees", "en", "fees", "How much are the Express Entry PR application fees now?", [String(FEES.processing), String(FEES.rprf), FEES.since]),
  k("fees", "fr", "fees", "C'est combien les frais de la demande de résidence permanente par Entrée express en 2026 ?", [String(FEES.processing), String(FEES.rprf)]),
  k("fees", "fr", "fees", "frais du droit de RP (RPRF) c combien mtn ?", [String(FEES.rprf), FEES.since], T),
  k("fees", "en", "fees", "Did the processing fee go up in spring 2026? By how much?", [String(FEES.processing), String(FEES.processingBefore), FEES.since]),
  k("fees", "en", "fees", "How much is the biometrics fee for Express Entry?", [String(FEES.biometrics)]),
  k("fees", "fr", "fees", "les frais de biometrie c combien par personne ?", [String(FEES.biometrics)], T),
  k("fees", "en", "fees", "whats the biometric fee 4 a family of 4 applying together", [String(FEES.biometricsFamily)], T),
  k("fees", "fr", "fees", "Biométrie pour toute la famille qui fait la demande ensemble, ça coûte combien ?", [String(FEES.biometricsFamily)]),
  k("fees", "fr", "fees", "Je suis seul dans ma demande : je paie combien au total entre les frais de traitement et le droit de RP ?",
    [anyOf(String(FEES.processing + FEES.rprf), `${FEES.processing} $`, `$${FEES.processing}`, String(FEES.processing)), String(FEES.rprf)]),
  k("fees", "en", "fees", "what were the PR fees before the april 2026 increase?", [String(FEES.processingBefore), String(FEES.rprfBefore)], T),
];

const pof = (n: number) => pofFor(n).toLocaleString("en-US");
/** Proof of settlement funds (ELIGIBILITY.md § 4), with its effective date. */
const POF_CASES: EvalCase[] = [
  k("pof", "en", "pof", "How much proof of funds do I need as a single applicant?", [pof(1), POF_EFFECTIVE]),
  k("pof", "fr", "pof", "Preuve de fonds pour un couple avec 2 enfants, c'est combien ?", [pof(4)]),
  k("pof", "fr", "pof", "pof pr 3 personnes cb stp", [pof(3)], T),
  k("pof", "en", "pof", "me, my wife and our 3 kids, how much settlement funds do we need to show?", [pof(5)]),
  k("pof", "fr", "pof", "Nous sommes une famille de 9 personnes, combien de fonds faut-il montrer pour le PTQF ?", [pof(9)]),
  k("pof", "en", "pof", "My wife won't come with me at first. Do I still have to count her in my family size for proof of funds?",
    [EVEN_IF_NOT_COMING]),
  k("pof", "fr", "pof", "Est-ce que mes enfants comptent dans la taille de la famille pour la preuve de fonds même s'ils restent au pays ?", [EVEN_IF_NOT_COMING]),
  k("pof", "fr", "pof", "preuv de fond pr moi ma femme et 1 enfant ?", [pof(3)], T),
  k("pof", "fr", "pof", "Est-ce que je peux utiliser un prêt bancaire comme preuve de fonds ?", [NOT_COUNTED]),
  k("pof", "en", "pof", "Do I need proof of funds for FSW if I already have a valid job offer and a work permit in Canada?", [FUNDS_NOT_REQUIRED]),
  k("pof", "en", "pof", "when did the proof of funds amounts last change?", [POF_EFFECTIVE], T),
  k("pof", "fr", "pof", "Les montants de la preuve de fonds ont-ils été mis à jour en 2026 ? Quel est le montant pour une personne ?", [pof(1), POF_EFFECTIVE]),
];

/** The 2026 reform: a proposal (ELIGIBILITY.md § 7). */
const REFORM_CASES: EvalCase[] = [
  k("reform", "en", "reform", "Is Express Entry being replaced by a single Federal High-Skilled class?", [PROPOSED, REFORM.className]),
  k("reform", "fr", "reform", "C'est vrai que la PEC et le PTQF vont être fusionnés en un seul programme ?", [PROPOSED]),
  k("reform", "en", "reform", "I read that new rules start November 3 2026 with high wage occupation points. Is that in force?", [PROPOSED]),
  k("reform", "fr", "reform", "La réforme va baisser le niveau de langue minimum à NCLC 6, c'est confirmé ?", [PROPOSED, `CLB ${REFORM.proposedClb}`]),
  k("reform", "en", "reform", "is the 67 point grid getting scrapped?? heard it on youtube", [PROPOSED], T),
  k("reform", "fr", "reform", "Quand a eu lieu la consultation publique sur la réforme d'Entrée express ?", [PROPOSED, REFORM.consultationFrom, REFORM.consultationTo]),
  k("reform", "en", "reform", "How many extra points will the high-wage occupation factor give?", [PROPOSED]),
];

/** Greetings and "what can you do". */
const HELP: EvalCase[] = [
  k("help", "en", "help", "hello there, what can you do?", ["/crs"]),
  k("help", "fr", "help", "Bonjour ! Tu sers à quoi exactement ?", ["/crs"]),
  k("help", "fr", "help", "salut le bot, tu px faire quoi ?", ["/crs"], T),
  k("help", "en", "help", "What kind of questions can I ask you?", ["/crs"]),
  k("help", "fr", "help", "Aide svp, comment on t'utilise ?", ["/crs"], T),
];

/** Out of scope, many of them near Express Entry: a confident Express Entry answer would be wrong. */
const OUT: EvalCase[] = [
  k("unsure", "en", "unsure", "How long does a study permit take to process from Nigeria?", [UNSURE]),
  k("unsure", "fr", "unsure", "Combien de temps pour avoir un visa visiteur depuis Alger ?", [UNSURE]),
  k("unsure", "en", "unsure", "What questions are on the Canadian citizenship test?", [UNSURE]),
  k("unsure", "fr", "unsure", "Comment marche le système Arrima pour le PSTQ au Québec ?", [DECLINE_QUEBEC]),
  k("unsure", "fr", "unsure", "jai un score arrima de 590 ca passe pour le pstq ?", [DECLINE_QUEBEC], T),
  k("unsure", "en", "unsure", "Any tips to find a job in Toronto as a newcomer?", [UNSURE]),
  k("unsure", "fr", "unsure", "Est-ce que je dois payer des impôts au Canada sur mon salaire français la première année ?", [UNSURE]),
  k("unsure", "en", "unsure", "How much does an LMIA cost the employer?", [UNSURE]),
  k("unsure", "en", "unsure", "can i extend my pgwp if its expiring b4 i get PR", [UNSURE], T),
  k("unsure", "fr", "unsure", "Comment parrainer mes parents avec le super visa ?", [UNSURE]),
  k("unsure", "en", "unsure", "What's the pass mark for Australia's skilled visa points test?", [UNSURE]),
  k("unsure", "fr", "unsure", "Quelle est la meilleure province pour trouver un logement pas cher ?", [UNSURE]),
  k("unsure", "fr", "unsure", "Mon permis d'études expire le mois prochain, je peux rester au Canada pendant que je demande un PTPD ?", [UNSURE]),
  k("unsure", "en", "unsure", "how do I renew my PR card", [UNSURE], T),
  k("unsure", "fr", "unsure", "C'est quoi le délai pour demander la citoyenneté canadienne après la RP ?", [UNSURE]),
  k("unsure", "en", "unsure",
    "Hey all, my brother is in Montreal on a CAQ and wants to stay in Quebec permanently through the PEQ. What French level does the PEQ ask for, and how long does the CSQ take to come?",
    [DECLINE_QUEBEC]),
];

export const TUNING_KNOWLEDGE: EvalCase[] = [
  ...CEC, ...FSW_MIN, ...FST, ...PROGRAMS, ...GRID, ...PROCESS_CASES, ...NOC_CASES, ...CATEGORIES, ...PNP, ...FEE_CASES, ...POF_CASES, ...REFORM_CASES, ...HELP, ...OUT,
];
