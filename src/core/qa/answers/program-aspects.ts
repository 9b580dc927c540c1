import { CEC_RULES } from "../../../content/eligibility/cec.ts";
import { FST_RULES } from "../../../content/eligibility/fst.ts";
import { FSW_GRID, FSW_MINIMUMS } from "../../../content/eligibility/fsw.ts";
import { formatNumber } from "../../format.ts";
import { inLang, type Lang } from "../../reply.ts";
import { ABILITIES, type Ability } from "../../crs/language.ts";
import { ABROAD_ABBREVIATIONS, CANADIAN_PLACES } from "../understand/places.ts";
import { programTestLines } from "./language-levels.ts";

/**
 * One part of a program's minimums, asked on its own ("what language level for FST?", "does self-employment count for
 * CEC?", "do I need a job offer for FSW?"): the aspects a question names (data: aspect → words) and, for each program,
 * the sentence that answers it from the dated rules in src/content/eligibility/. The answer puts these first, then the
 * program's full minimums.
 */

export type Program = "fsw" | "cec" | "fst";
export type Aspect = "quebec" | "livingAbroad" | "twoJobs" | "foreignWork" | "language" | "jobOffer" | "education" | "selfEmployed" | "studentWork" | "volunteer" | "partTime" | "window" | "continuous" | "funds" | "teer" | "experience";

/** The words that name each aspect (normalised EN and FR). */
export const ASPECT_WORDS: ReadonlyArray<readonly [Aspect, RegExp]> = [
  ["quebec", /\b(quebec|montreal|gatineau|laval|sherbrooke|trois rivieres|saguenay)\b/],
  // Where the person lives when applying, not where they worked: "can I apply for CEC while living outside Canada?".
  ["livingAbroad", /\b(?:living|live|lives|reside|residing|staying|back in my country|from (?:outside|abroad)|vivre|vis|vit|habite|habiter|reside|depuis l etranger|de l etranger)\b.{0,20}\b(?:outside canada|abroad|overseas|hors du canada|a l etranger|back home|dans mon pays)\b|\b(?:from|de(?:puis)?) (?:outside canada|abroad|l etranger|hors du canada)\b|\b(?:back (?:in|to) my (?:home )?country|back home now|left canada|moved back|quitte le canada|retourne dans mon pays|rentre (?:au|dans mon) pays|de retour (?:au|dans mon) pays)\b/],
  // Months in two jobs or occupations put together: "10 months at one job plus 4 at another", "combine two occupations".
  ["twoJobs", /\b(two|2|deux|different|differentes?|several|plusieurs|multiple|another|other|autre|combin\w*|add up|additionn\w*|cumul\w*)\s+(?:\w+\s+)?(?:jobs?|occupations?|employers?|emplois?|professions?|postes?|employeurs?|nocs?|cnps?)\b|\b(?:at|in|with|chez|dans|pour) (?:one|a|un|une|my first|mon premier|ma premiere) (?:job|employer|occupation|company|emploi|poste|employeur|profession|entreprise)\b.{0,40}\b(?:another|other|different|autre|deuxieme|second)\b/],
  // Work named in a place that is not Canadian ("in India", "au Maroc"; not "au Québec", "in Toronto").
  ["foreignWork", new RegExp(`\\b(abroad|overseas|outside canada|foreign|etrangere?|a l etranger|hors du canada|back home|dans mon pays|in my (?:home )?country)\\b|\\b(?:work\\w*|experience|travail\\w*|job)\\s+(?:\\w+\\s+){0,2}(?:in|from|en|aux|au)\\s+(?:the\\s+)?${ABROAD_ABBREVIATIONS}\\b|\\b(?:experience|work|travail|worked|travaille)\\s+(?:\\w+\\s+){0,2}(?:in|en|au|aux|from)\\s+(?!${CANADIAN_PLACES}\\b|total\\b|the\\b|my\\b|all\\b|home\\b|last\\b|this\\b|that\\b|each\\b|every\\b)[a-z]{4,}\\b`)],
  ["selfEmployed", /\b(self ?employ\w*|freelanc\w*|own business|my own company|contractor|travail autonome|travailleu(?:r|se)s? autonomes?|(?:je suis|suis|etre|en tant que) autonome|a (?:mon|son|leur) compte|independante?s?|entrepreneur|auto ?entrepreneur)\b/],
  ["volunteer", /\b(volunteer\w*|unpaid|benevol\w*|non remuner\w*|sans salaire|without pay|internships?)\b/],
  ["studentWork", /\b(student|students|studying|while (?:i )?stud\w*|co ?op|coop|internship|stage|etudiante?s?|pendant (?:mes|les) etudes|permis d etudes)\b/],
  ["partTime", /\b(part ?time|temps partiel|hours? (?:per|a) week|heures? par semaine|\d+ ?h(?:ours|rs|eures)?)\b/],
  ["jobOffer", /\b(job offers?|offers? of employment|offre d emploi|offre demploi|lmia|eimt|arranged employment|emploi reserve|employer)\b/],
  ["education", /\b(degree|diploma|education|studies|eca|wes|edu|diplome|etudes|scolarite|high school|secondaire|university|universite|credential)\b/],
  ["language", /\b(language|langue|clb|nclc|ielts|celpip|pte|tef|tcf|english|anglais|french|francais|test scores?|bands?|level|niveau|reading|writing|listening|speaking|lecture|ecriture|ecoute|expression orale|expression ecrite|comprehension)\b/],
  ["funds", /\b(funds?|fonds|money|argent|savings|epargne|proof of funds|pof)\b/],
  ["window", /\b(how recent|recent|recente?s?|within|last \d+ years|dans les \d+ dernieres|how old|too old|old|trop (?:vieille|ancienne|vieux|ancien)|ancienne?|years ago|il y a|expire\w*|window|periode|fenetre|how long ago|still count|compte encore|from (?:19|20)\d\d|de (?:19|20)\d\d|since (?:19|20)\d\d)\b/],
  ["continuous", /\b(continuous|continuously|continue|consecutive|consecutives?|in a row|d affilee|gap|interruption|break)\b/],
  ["teer", /\b(teer|feer|noc|cnp|skill level|niveau de competence|skilled (?:work|job|occupation)s?|unskilled|low skilled)\b/],
  ["experience", /\b(experience|work|worked|travail|emploi|job|years|ans|months|mois|hours|heures)\b/],
];

/** Program names hold aspect words ("Canadian Experience Class", "skilled trades"): not a question about them. */
const PROGRAM_NAMES = /\b(canadian experience class|canadian experience|(?:categorie|classe|programme) de l experience canadienne|experience canadienne|federal skilled workers?|skilled workers? program\w*|skilled workers?|federal skilled trades?|skilled trades? program\w*|skilled trades?|travailleurs qualifies|metiers specialises|express entry|entree express)\b/g;

export function aspectsIn(text: string): Aspect[] {
  const t = text.replace(PROGRAM_NAMES, " ");
  const found = ASPECT_WORDS.filter(([, re]) => re.test(t)).map(([a]) => a);
  // "Living outside Canada" is where one applies from, not work abroad — unless work is said to be there too.
  if (found.includes("livingAbroad") && !/\b(work|worked|working|experience|travail|travaille)\b.{0,25}\b(abroad|outside|overseas|etranger|hors)\b/.test(t)) return found.filter((a) => a !== "foreignWork");
  return found;
}

/** An ability named in a question about a program's language level. */
const ABILITY_ASKED: ReadonlyArray<readonly [Ability, RegExp]> = [
  ["reading", /\b(reading|read|lecture|lire|comprehension ecrite|comprehension de l ecrit)\b/],
  ["writing", /\b(writing|write|ecriture|ecrire|expression ecrite|redaction)\b/],
  ["listening", /\b(listening|ecoute|comprehension orale|comprehension de l oral)\b/],
  ["speaking", /\b(speaking|speak|parler|expression orale)\b/],
];

/** The TEER a question names ("a TEER 3 job", "FEER 0"). */
export function teerIn(text: string): number | undefined {
  const m = /\b(?:teer|feer)\s*([0-5])\b/.exec(text);
  return m ? Number(m[1]) : undefined;
}

const hours = (n: number, lang: Lang) => formatNumber(n, lang);

/** The sentence answering one aspect for one program, or undefined when that aspect says nothing new for it. */
export function aspectLine(program: Program, aspect: Aspect, text: string, lang: Lang): string | undefined {
  const teer = teerIn(text);
  switch (aspect) {
    case "language": {
      // One ability asked ("quel niveau en lecture ?"): that ability's level.
      const asked = ABILITY_ASKED.find(([, re]) => re.test(text))?.[0];
      if (asked) {
        const level = program === "fsw" ? FSW_MINIMUMS.language.clbEachAbility : program === "fst" ? FST_RULES.language[asked] : undefined;
        const names = { listening: inLang(lang, "listening", "compréhension de l’oral (écoute)"), reading: inLang(lang, "reading", "compréhension de l’écrit (lecture)"), writing: inLang(lang, "writing", "expression écrite (écriture)"), speaking: inLang(lang, "speaking", "expression orale") };
        if (level !== undefined) return inLang(lang, `Language, ${names[asked]}: CLB/NCLC ${level} (${program === "fst" ? `FST: CLB/NCLC ${FST_RULES.language.speaking} in speaking and listening, CLB/NCLC ${FST_RULES.language.reading} in reading and writing` : "FSW: the same in all four"}).`,
          `Langue, ${names[asked]} : NCLC/CLB ${level} (${program === "fst" ? `PTMSF : NCLC/CLB ${FST_RULES.language.speaking} à l’oral, NCLC/CLB ${FST_RULES.language.reading} à l’écrit` : "PTQF : le même niveau dans les quatre"}).`);
      }
      if (program === "fsw") return inLang(lang, `Language: CLB/NCLC ${FSW_MINIMUMS.language.clbEachAbility} in all four abilities (speaking, listening, reading, writing), in English or French, with results less than ${FSW_MINIMUMS.language.validYears} years old.`, `Langue : NCLC/CLB ${FSW_MINIMUMS.language.clbEachAbility} dans les quatre compétences (expression et compréhension orales et écrites), en français ou en anglais, avec des résultats de moins de ${FSW_MINIMUMS.language.validYears} ans.`);
      if (program === "fst") {
        const l = FST_RULES.language;
        return inLang(lang, `Language: CLB/NCLC ${l.speaking} in speaking and listening, CLB/NCLC ${l.reading} in reading and writing.`, `Langue : NCLC/CLB ${l.speaking} en expression et compréhension orales, NCLC/CLB ${l.reading} en compréhension et expression écrites.`);
      }
      const l = CEC_RULES.language;
      if (teer !== undefined && teer <= 1) return inLang(lang, `Language for TEER ${teer} work: CLB/NCLC ${l.teer0or1} in all four abilities.`, `Langue pour un travail FEER ${teer} : NCLC/CLB ${l.teer0or1} dans les quatre compétences.`);
      if (teer !== undefined && teer <= 3) return inLang(lang, `Language for TEER ${teer} work: CLB/NCLC ${l.teer2or3} in all four abilities.`, `Langue pour un travail FEER ${teer} : NCLC/CLB ${l.teer2or3} dans les quatre compétences.`);
      return inLang(lang, `Language: CLB/NCLC ${l.teer0or1} in all four abilities if your Canadian work is TEER 0 or 1, CLB/NCLC ${l.teer2or3} if it is TEER 2 or 3.`, `Langue : NCLC/CLB ${l.teer0or1} dans les quatre compétences si votre travail au Canada est FEER 0 ou 1, NCLC/CLB ${l.teer2or3} s’il est FEER 2 ou 3.`);
    }
    case "jobOffer":
      if (program === "fst") return inLang(lang, `Job offer: FST needs either a valid full-time job offer of at least ${FST_RULES.offerOrCertificate.offerMinYears} year (up to two employers) or a Canadian certificate of qualification in your trade.`, `Offre d’emploi : le PTMSF exige soit une offre d’emploi à temps plein valide d’au moins ${FST_RULES.offerOrCertificate.offerMinYears} an (jusqu’à deux employeurs), soit un certificat de compétence canadien dans votre métier.`);
      if (program === "fsw") return inLang(lang, `Job offer: not required for FSW. A valid offer earns ${FSW_GRID.arrangedEmployment.points} points on the 67-point grid (arranged employment) and can exempt you from proof of funds; it earns no CRS points since 2025-03-25.`, `Offre d’emploi : non exigée pour le PTQF. Une offre valide donne ${FSW_GRID.arrangedEmployment.points} points sur la grille de 67 points (emploi réservé) et peut dispenser de la preuve de fonds; elle ne donne plus de points SCG depuis le 2025-03-25.`);
      return inLang(lang, "Job offer: not required for CEC.", "Offre d’emploi : non exigée pour la CEC.");
    case "education":
      if (program === "fsw") return inLang(lang, "Education: a Canadian secondary or post-secondary credential, or a foreign one with an educational credential assessment (ECA) from a designated organization.", "Études : un diplôme canadien d’études secondaires ou postsecondaires, ou un diplôme étranger avec une évaluation des diplômes d’études (EDE) d’un organisme désigné.");
      return inLang(lang, `Education: no minimum for ${program === "cec" ? "CEC" : "FST"} (a credential still earns CRS points; a foreign one needs an ECA for them).`, `Études : aucune exigence pour ${program === "cec" ? "la CEC" : "le PTMSF"} (un diplôme donne quand même des points SCG; un diplôme étranger exige une EDE pour cela).`);
    case "livingAbroad":
      if (program === "cec") return inLang(lang, "You can apply from outside Canada: CEC asks for 1 year of skilled work in Canada within the 3 years before you apply, not that you are in Canada when you apply.", "Vous pouvez présenter la demande depuis l’étranger : la CEC exige 1 an de travail qualifié au Canada dans les 3 années précédant la demande, pas d’être au Canada au moment de la demande.");
      return inLang(lang, `${program === "fsw" ? "FSW" : "FST"} candidates can apply from outside Canada (the work can be abroad); plan to live outside Quebec.`, `Les candidats du ${program === "fsw" ? "PTQF" : "PTMSF"} peuvent présenter leur demande depuis l’étranger (le travail peut être à l’étranger); il faut prévoir vivre hors du Québec.`);
    case "twoJobs":
      if (program === "fsw") return inLang(lang, "For the FSW minimum the year must be continuous in one occupation (one NOC): months in two different occupations do not add up — two employers in the same occupation, without a gap, do. All your skilled work counts for the grid's experience points.", "Pour le minimum du PTQF, l’année doit être continue dans une seule profession (une CNP) : des mois dans deux professions différentes ne s’additionnent pas — deux employeurs dans la même profession, sans interruption, oui. Tout votre travail qualifié compte pour les points d’expérience de la grille.");
      if (program === "cec") return inLang(lang, "For CEC, skilled work (TEER 0–3) in Canada adds up across jobs and occupations: 1,560 hours in all within 3 years, not necessarily continuous.", "Pour la CEC, le travail qualifié (FEER 0 à 3) au Canada s’additionne entre emplois et professions : 1 560 heures en tout en 3 ans, pas forcément continues.");
      return inLang(lang, "For FST the 2 years must be in one skilled trade (one NOC), though not necessarily continuous: work in two different trades does not add up.", "Pour le PTMSF, les 2 ans doivent être dans un seul métier (une CNP), pas forcément continus : le travail dans deux métiers différents ne s’additionne pas.");
    case "quebec":
      return inLang(lang, `Work in Quebec is work in Canada${program === "cec" ? " and counts for CEC" : ""}, but Express Entry's programs are for people who plan to live outside Quebec: Quebec selects its own skilled workers.`, `Le travail au Québec est du travail au Canada${program === "cec" ? " et compte pour la CEC" : ""}, mais les programmes d’Entrée express sont pour les personnes qui prévoient vivre hors du Québec : le Québec sélectionne ses propres travailleurs qualifiés.`);
    case "foreignWork":
      if (program === "cec") return inLang(lang, "Work outside Canada does not count for CEC: it needs skilled work in Canada. Foreign work can qualify you for FSW instead (and earns CRS transferability points).", "Le travail hors du Canada ne compte pas pour la CEC : elle exige du travail qualifié au Canada. L’expérience à l’étranger peut vous qualifier pour le PTQF (et donne des points de transférabilité SCG).");
      if (program === "fsw") return inLang(lang, "Work abroad counts for FSW: the year of skilled work can be in Canada or abroad.", "Le travail à l’étranger compte pour le PTQF : l’année de travail qualifié peut être au Canada ou à l’étranger.");
      return undefined;
    case "selfEmployed":
      if (program === "cec") return inLang(lang, "Self-employment does not count toward CEC (an exception exists for some physicians invited since 2023-04-25).", "Le travail autonome ne compte pas pour la CEC (une exception existe pour certains médecins invités depuis le 2023-04-25).");
      if (program === "fsw") return inLang(lang, "Self-employment can count for FSW, unlike CEC: it must be paid, skilled (TEER 0–3) work, continuous for the minimum year.", "Le travail autonome peut compter pour le PTQF, contrairement à la CEC : il doit s’agir de travail rémunéré et qualifié (FEER 0 à 3), continu pour l’année minimale.");
      return inLang(lang, "Self-employment is not excluded for FST (unlike CEC; only work while a full-time student is): it must be in the trade, and you still need a job offer or a Canadian certificate of qualification.", "Le travail autonome n’est pas exclu pour le PTMSF (contrairement à la CEC; seul le travail pendant des études à temps plein l’est) : il doit être dans le métier, et il faut quand même une offre d’emploi ou un certificat de compétence canadien.");
    case "studentWork":
      if (program === "cec") return inLang(lang, "Work done while you were a full-time student (co-op, on- or off-campus work) does not count toward CEC; work after your studies, on a work permit such as a PGWP, does.", "Le travail fait pendant des études à temps plein (stage coop, travail sur ou hors campus) ne compte pas pour la CEC; le travail après les études, avec un permis de travail comme le PTPD, compte.");
      if (program === "fst") return inLang(lang, "Work done while a full-time student does not count toward FST.", "Le travail fait pendant des études à temps plein ne compte pas pour le PTMSF.");
      return inLang(lang, "Work while studying can count toward the FSW minimum if it was paid, continuous and otherwise meets the rules (unlike CEC).", "Le travail pendant les études peut compter pour le minimum du PTQF s’il était rémunéré, continu et conforme aux autres règles (contrairement à la CEC).");
    case "volunteer":
      return inLang(lang, "Volunteer work and unpaid internships do not count: only paid work does.", "Le bénévolat et les stages non rémunérés ne comptent pas : seul le travail rémunéré compte.");
    case "partTime": {
      const h = program === "fst" ? FST_RULES.work.hours : program === "cec" ? CEC_RULES.work.hours : FSW_MINIMUMS.work.hours;
      // "20 hours a week for 2 years": the hours that count (at most 30 a week) against the program's total.
      const perWeek = /\b(\d{1,2})\s*(?:h|hrs?|hours?|heures?)\s*(?:\/|per|a|an|par|each|every|chaque)?\s*(?:week|wk|semaine)\b/.exec(text);
      const span = /\b(\d{1,2}(?:\.\d)?)\s*(years?|yrs?|ans?|annees?|months?|mois)\b/.exec(text);
      if (perWeek && span) {
        const weeks = /^(months?|mois)$/.test(span[2]!) ? Number(span[1]) * 52 / 12 : Number(span[1]) * 52;
        const counted = Math.round(Math.min(30, Number(perWeek[1])) * weeks);
        return inLang(lang, `${perWeek[1]} hours a week for ${span[1]} ${span[2]} is about ${hours(counted, lang)} hours (at most 30 a week count): ${counted >= h ? "enough" : "not enough"} for the ${hours(h, lang)} hours needed.`,
          `${perWeek[1]} heures par semaine pendant ${span[1]} ${span[2]}, c’est environ ${hours(counted, lang)} heures (au plus 30 par semaine comptent) : ${counted >= h ? "assez" : "pas assez"} pour les ${hours(h, lang)} heures exigées.`);
      }
      return inLang(lang, `Part-time work counts by hours: ${hours(h, lang)} hours in all, the same as ${program === "fst" ? "2 years" : "1 year"} full-time at 30 hours a week (hours past 30 a week do not count).`, `Le temps partiel compte en heures : ${hours(h, lang)} heures en tout, comme ${program === "fst" ? "2 ans" : "1 an"} à temps plein à 30 heures par semaine (les heures au-delà de 30 par semaine ne comptent pas).`);
    }
    case "window": {
      const y = program === "fst" ? FST_RULES.work.windowYears : program === "cec" ? CEC_RULES.work.windowYears : FSW_MINIMUMS.work.windowYears;
      return inLang(lang, `The qualifying work must be within the last ${y} years before you apply.`, `Le travail admissible doit dater des ${y} dernières années avant la demande.`);
    }
    case "continuous":
      if (program === "fsw") return inLang(lang, "For FSW the year of work must be continuous (no gap), in one occupation; part-time can add up to it.", "Pour le PTQF, l’année de travail doit être continue (sans interruption), dans une seule profession; du temps partiel peut s’additionner.");
      if (program === "cec") return inLang(lang, "No: CEC's 1,560 hours need not be continuous — they add up within the 3 years, across skilled (TEER 0–3) jobs in Canada.", "Non : les 1 560 heures de la CEC n’ont pas à être continues — elles s’additionnent dans les 3 ans, entre emplois qualifiés (FEER 0 à 3) au Canada.");
      return inLang(lang, "No: FST's 2 years (3,120 hours) need not be continuous, but must be in one skilled trade within the 5 years.", "Non : les 2 ans (3 120 heures) du PTMSF n’ont pas à être continus, mais doivent être dans un seul métier en 5 ans.");
    case "funds":
      if (program === "cec") return inLang(lang, "Proof of funds: not required for CEC.", "Preuve de fonds : non exigée pour la CEC.");
      return inLang(lang, "Proof of funds: required, unless you are authorized to work in Canada and have a valid job offer (see /program proof-of-funds for the amounts).", "Preuve de fonds : exigée, sauf si vous êtes autorisé à travailler au Canada et avez une offre d’emploi valide (voir /program proof-of-funds pour les montants).");
    case "teer":
      if (teer !== undefined && teer >= 4) return inLang(lang, `TEER ${teer} work is not skilled work for Express Entry: only TEER 0, 1, 2 or 3 counts.`, `Le travail FEER ${teer} n’est pas du travail qualifié pour Entrée express : seuls les FEER 0, 1, 2 ou 3 comptent.`);
      if (program === "fst") return inLang(lang, "FST counts work in an eligible skilled trade (NOC 2021 major groups 72 except 726, 73, 82, 83, 92, 93 except 932, minor group 6320, unit group 62200).", "Le PTMSF compte le travail dans un métier spécialisé admissible (grands groupes CNP 2021 72 sauf 726, 73, 82, 83, 92, 93 sauf 932, groupe 6320, groupe de base 62200).");
      return inLang(lang, "Skilled work means TEER 0, 1, 2 or 3 in the NOC 2021; TEER 4 and 5 do not count.", "Le travail qualifié est de catégorie FEER 0, 1, 2 ou 3 dans la CNP 2021; les FEER 4 et 5 ne comptent pas.");
    case "experience":
      if (program === "fsw") return inLang(lang, `Work: at least 1 year (${hours(FSW_MINIMUMS.work.hours, lang)} hours) of continuous paid skilled work (TEER 0–3) in one occupation, within the last ${FSW_MINIMUMS.work.windowYears} years, in Canada or abroad.`, `Travail : au moins 1 an (${hours(FSW_MINIMUMS.work.hours, lang)} heures) de travail qualifié continu et rémunéré (FEER 0 à 3) dans une profession, dans les ${FSW_MINIMUMS.work.windowYears} dernières années, au Canada ou à l’étranger.`);
      if (program === "cec") return inLang(lang, `Work: at least 1 year (${hours(CEC_RULES.work.hours, lang)} hours, full-time or part-time) of skilled work (TEER 0–3) in Canada, within the last ${CEC_RULES.work.windowYears} years, with authorization.`, `Travail : au moins 1 an (${hours(CEC_RULES.work.hours, lang)} heures, à temps plein ou partiel) de travail qualifié (FEER 0 à 3) au Canada, dans les ${CEC_RULES.work.windowYears} dernières années, avec autorisation.`);
      return inLang(lang, `Work: at least 2 years (${hours(FST_RULES.work.hours, lang)} hours) of full-time (or equal part-time) work in one skilled trade, within the last ${FST_RULES.work.windowYears} years.`, `Travail : au moins 2 ans (${hours(FST_RULES.work.hours, lang)} heures) de travail à temps plein (ou l’équivalent à temps partiel) dans un métier spécialisé, dans les ${FST_RULES.work.windowYears} dernières années.`);
  }
}

/** Several programs asked about the same part ("how recent must the work be for FSW, CEC and FST?"): that part for each. */
export function programsAspectLines(programs: readonly Program[], text: string, lang: Lang): string[] {
  const t = text.replace(PROGRAM_NAMES, " ");
  const asked = aspectsIn(t);
  const aspects: Aspect[] = asked.some((a) => a !== "experience") ? asked.filter((a) => a !== "experience" || asked.length === 1) : ["experience"];
  const names: Record<Program, string> = { fsw: inLang(lang, "FSW", "PTQF"), cec: inLang(lang, "CEC", "CEC"), fst: inLang(lang, "FST", "PTMSF") };
  return programs.flatMap((p) => {
    const lines = aspects.map((a) => aspectLine(p, a, t, lang)).filter((x): x is string => !!x);
    return lines.length ? [`${names[p]} — ${lines.join(" ")}`] : [];
  });
}

/** Whether the levels given meet the program's language minimum, ability by ability. */
export function languageVerdict(program: Program, levels: Partial<Record<Ability, number>>, text: string, lang: Lang): string | undefined {
  const known = ABILITIES.filter((a) => levels[a] !== undefined);
  if (!known.length) return undefined;
  const teer = teerIn(text);
  const need: Record<Ability, number> = program === "fsw" ? { listening: 7, reading: 7, writing: 7, speaking: 7 }
    : program === "fst" ? { listening: FST_RULES.language.listening, speaking: FST_RULES.language.speaking, reading: FST_RULES.language.reading, writing: FST_RULES.language.writing }
    : Object.fromEntries(ABILITIES.map((a) => [a, teer !== undefined && teer >= 2 ? CEC_RULES.language.teer2or3 : CEC_RULES.language.teer0or1])) as Record<Ability, number>;
  if (program === "fsw") for (const a of ABILITIES) need[a] = FSW_MINIMUMS.language.clbEachAbility;
  const below = known.filter((a) => levels[a]! < need[a]);
  const name = { fsw: inLang(lang, "FSW", "le PTQF"), cec: inLang(lang, "CEC", "la CEC"), fst: inLang(lang, "FST", "le PTMSF") }[program];
  const m = { listening: inLang(lang, "listening", "compréhension de l’oral"), reading: inLang(lang, "reading", "compréhension de l’écrit"), writing: inLang(lang, "writing", "expression écrite"), speaking: inLang(lang, "speaking", "expression orale") };
  const cecNote = program === "cec" && teer === undefined ? inLang(lang, ` (CLB/NCLC ${CEC_RULES.language.teer0or1} for TEER 0–1 work; CLB/NCLC ${CEC_RULES.language.teer2or3} is enough for TEER 2–3 work)`, ` (NCLC/CLB ${CEC_RULES.language.teer0or1} pour un travail FEER 0–1; NCLC/CLB ${CEC_RULES.language.teer2or3} suffit pour FEER 2–3)`) : "";
  if (!below.length) return inLang(lang, `Your levels meet ${name}'s language minimum${known.length < 4 ? " in the abilities given" : ""}${cecNote}.`, `Vos niveaux respectent l’exigence linguistique ${program === "fsw" ? "du PTQF" : program === "fst" ? "du PTMSF" : "de la CEC"}${known.length < 4 ? " pour les compétences indiquées" : ""}${cecNote}.`);
  return inLang(lang, `Not yet: ${name} needs ${below.map((a) => `CLB/NCLC ${need[a]} in ${m[a]} (you have ${levels[a]})`).join(", ")}${cecNote}.`,
    `Pas encore : ${name} exige ${below.map((a) => `NCLC/CLB ${need[a]} en ${m[a]} (vous avez ${levels[a]})`).join(", ")}${cecNote}.`);
}

/** The lines for every aspect the question names, most specific first (at most three). */
export function aspectLines(program: Program, text: string, lang: Lang): string[] {
  const t = text.replace(PROGRAM_NAMES, " ");
  return aspectsIn(t).flatMap((a) => {
    const line = aspectLine(program, a, t, lang);
    // The language minimum in the test the question speaks of ("7 in each band" is IELTS): its scores too.
    const test = a === "language" && line && !ABILITY_ASKED.some(([, re]) => re.test(t)) ? TEST_IN.find(([re]) => re.test(t))?.[1] : undefined;
    return line ? [line, ...(test ? programTestLines(program, test, lang) : [])] : [];
  }).slice(0, 4);
}

/** The test a question speaks of ("bands" are IELTS's). */
const TEST_IN: ReadonlyArray<readonly [RegExp, "ielts" | "celpip" | "pte_core" | "tef_canada" | "tcf_canada"]> = [
  [/\b(ielts|bands?)\b/, "ielts"], [/\bcelpip\b/, "celpip"], [/\bpte\b/, "pte_core"], [/\btef\b/, "tef_canada"], [/\btcf\b/, "tcf_canada"],
];
