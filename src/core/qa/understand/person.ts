import { re } from "./regex-cache.ts";
import { ABROAD_ABBREVIATIONS, CANADIAN_PLACES } from "./places.ts";
import type { Education } from "../../crs/rules.ts";
import { NUMBER, numberOf } from "./numbers.ts";
import type { Slots } from "./slots.ts";

/**
 * Who and what the person describes: spouse or principal, age, education (and whether Canadian),
 * years of Canadian and foreign work, months of experience, family size, CRS score.
 */

const SPOUSE = "(?:spouse|spouses|wife|wifes|wifey|husband|husbands|hubby|hubbie|missus|partner|partners|common law partner|girlfriend|boyfriend|fiancee?|conjointe?|conjointe? de fait|epouse|epoux|mari|femme|partenaire|blonde|chum|copine|copain)";
/** "no spouse", "without a partner", "sans conjoint", "pas de conjointe": the question is about someone without one. */
const NO_SPOUSE = new RegExp(`\\b(?:no|without|w o|sans|pas de|pas d|aucun|aucune|not)\\s+(?:a |an |my |any |mon |ma |de |d |un |une )?${SPOUSE}\\b`);

export function extractSpouse(text: string): Partial<Slots> {
  const out: Partial<Slots> = {};
  const noun = re(`\\b${SPOUSE}\\b`).test(text);
  const withSpouse = /\bwith (?:a |my )?(?:spouse|partner|wife|husband)\b|\bavec (?:un |une |mon |ma )?(?:conjointe?|epouse|epoux)\b(?!\s+(?:qui|a|ayant))/.test(text);
  const married = withSpouse || /\b(married|marie|mariee|common law|en couple|couple)\b/.test(text);
  // The spouse's own factor: "my wife has…", "spouse's education", "points for my husband", "le diplôme de ma femme",
  // "does she add". Not a spouse who is only there ("ma femme vient avec moi", "married with my wife coming").
  const subject = re(`\\b(?:for|pour|of|de|du|d)\\s+(?:my|the|his|her|mon|ma|sa|son|le|la|l)?\\s*${SPOUSE}\\b|\\b${SPOUSE}\\s+(?:avec|qui a|ayant|with)\\s+(?:un|une|a|an|des|the)\\s*\\w+|\\b${SPOUSE}\\s*(?:(?:common law|de fait|who|qui|also|aussi|already|deja|now|maintenant)\\s+)?(?:s|has|have|had|got|holds|scored|did|took|passed|earned|a|avait|detient|possede|a obtenu|a fait|'s)\\b|\\b${SPOUSE}\\s+(?:is|est)\\s+(?:clb|nclc|at|a|\\d)|\\b${SPOUSE}\\s+(?:has |had |have |also |a |aussi |already |deja )?(?:worked|works|working|studied|studies|studying|obtained|completed|finished|graduated|wrote|travaille|etudie|obtenu|termine|complete|passe)\\b|\\b${SPOUSE}\\s+(?:canadian\\s+|cdn\\s+|canada\\s+|own\\s+|first\\s+|second\\s+)?(?:education|language|english|french|work|experience|ielts|celpip|tef|tcf|pte|degree|diploma|clb|nclc|points|etudes|langue|anglais|francais|travail|diplome)\\b|\\b(?:she|he|elle|il) (?:add|adds|has|have|had|get|gets|got|did|took|passed|apporte|ajoute|rapporte|a fait|a passe|a obtenu|a eu|a|avait)\\b|\\b${SPOUSE}\\s+(?:\\w+\\s+){0,5}?(?:a|has|had|with|avec)\\s+(?:\\d{1,2}|un|une|deux|trois|quatre|cinq|one|two|three|four|five)\\s+(?:ans?|annees?|years?|yrs?)\\b|\\b${SPOUSE}\\s+(?:doesn t|does not|didn t|did not|won t|will not|hasn t|has not|n a pas|ne fait pas|ne passe pas|ne va pas)\\s+(?:\\w+\\s+){0,2}?(?:take|do|pass|have|faire|passer|avoir)\\b|\\b(?:her|his|ses|son|sa) (?:results?|resultats?|scores?|ielts|celpip|tef|tcf|pte|test|diplome|degree|education|etudes|experience)\\b`).test(text);
  const none = NO_SPOUSE.test(text);
  // A spouse who does not come, or who is a Canadian citizen or PR: the candidate is scored as single (CRS-RULES.md).
  const notCounted = re(`\\b${SPOUSE}\\s+(?:\\w+\\s+){0,3}?(?:is not|isn t|isnt|not|won t|will not|doesn t|does not|ne|n)\\s+(?:\\w+\\s+){0,2}?(?:coming|come|accompany\\w*|joining|join|moving|vient|viendra|venir|accompagne\\w*|immigre\\w*|suit|suivra)\\b|\\b${SPOUSE}\\s+(?:will\\s+)?(?:stays?|staying|remains?|reste\\w*)\\s+(?:back|behind|home|au pays)\\b|\\bnon (?:accompanying|accompagnante?)\\b|\\bnot accompanying\\b|\\b${SPOUSE}\\s+(?:is|est|became|devenue?|est devenue?)\\s+(?:a |an |un |une |already |deja )?(?:canadian citizen|citizen|citoyen\\w*|canadian|canadienne?|permanent resident|resident\\w* permanent\\w*|pr|rp)\\b`).test(text);
  if (notCounted) {
    out.spouseExcluded = true;
    out.married = false;
    return out;
  }
  if (noun && subject && !withSpouse && !none && !/\bif (?:i am |i m |im )?married\b|\bsingle\b/.test(text)) out.spouse = true;
  // "my wife is coming with me", "ma femme vient avec moi": an accompanying spouse.
  const coming = re(`\\b${SPOUSE}\\s+(?:\\w+\\s+){0,2}?(?:coming|comes|come|accompany\\w*|joining|joins|moving|vient|viendra|accompagne\\w*|suit|suivra)\\b`).test(text);
  if (((married || coming) && !none) || out.spouse) out.married = true;
  if (none || /\b(single|celibataire|celib|not married|pas marie|pas mariee|non marie|non mariee)\b/.test(text)) out.married = false;
  return out;
}

export function extractAge(text: string): Partial<Slots> {
  const m = /\b(?:i am|i m|im|age(?:d)?|age de|agee? de|j ai|aged?)\s*(?:is|of|de|:)?\s*(\d{2})\b(?!\s*(?:years? of|yrs? of|ans d))/.exec(text)
    ?? /\b(\d{2})\s*(?:years? old|yrs? old|yo|y o|ans\b(?!\s*d))/.exec(text)
    ?? /\bage\s+(\d{2})\b/.exec(text)
    // "for being 32", "if i was 35", "a 27 ans", "avoir 40 ans", "at 31"
    ?? /\b(?:being|if i was|if i were|when i m|when i am|turning|turn|at|avoir|a|ll be|will be|going to be|gonna be|aurai|vais avoir|vas avoir)\s+(\d{2})\b(?!\s*(?:years? of|yrs? of|ans d|months?|mois|days?|jours?|points?|pts|%|\d))/.exec(text);
  if (!m) return {};
  const age = Number(m[1]);
  return age >= 15 && age <= 70 ? { age } : {};
}

const EDUCATION: ReadonlyArray<readonly [RegExp, Education]> = [
  [/\b(phd|ph d|doctora\w*|doctorat|doctorate)\b/, "doctoral"],
  [/\b(master\w*|maitrise|msc|mba|m sc|ma degree|professional degree|diplome professionnel|bac\s*(?:\+|plus)?\s*5)\b/, "masters"],
  [/\b(two or more|2 or more|two degrees|2 degrees|two credentials|2 credentials|deux diplomes|double degree|two diplomas|2 diplomas|deux baccalaureats|two bachelor\w*|(?:second|2nd|another|other|additional|deuxieme|2e|second|autre) (?:degree|diploma|credential|bachelor\w*|diplome|baccalaureat|bac))\b/, "two_or_more"],
  [/\b(bachelor\w*|baccalaureat|bac(?!\s*(?:\+|plus)?\s*[1-8]\b)|licence|bsc|b sc|ba degree|undergrad\w*|degree)\b/, "bachelors"],
  [/\b(high school|(?<!post )secondary|(?<!post )secondaires?|12th|grade 12|diplome d etudes secondaires)\b/, "secondary"],
];

/** Every level a question names ("the difference between a master's and a PhD"), highest first. */
export function educationLevelsIn(text: string): Education[] {
  let t = text;
  const out: Education[] = [];
  for (const [p, level] of EDUCATION) {
    const m = p.exec(t);
    if (!m) continue;
    out.push(level);
    // "master's degree", "doctorate diploma": the credential word after a level is part of it, not a bachelor's.
    t = `${t.slice(0, m.index)} ${t.slice(m.index + m[0].length).replace(/^\s*s?\s*(?:degree|diploma|diplome|program(?:me)?)\b/, " ")}`;
  }
  return out;
}

/** Words for a post-secondary credential, whose length ("3-year diploma", "DEC de 3 ans") sets its level. */
const CREDENTIAL = "(?:degree|diploma|program|programme|credential|certificate|college|course|bachelor\\w*|diplome|dec|aec|dep|bts|dut|bac|certificat|formation|cursus|etudes)";
const LENGTH = `${NUMBER}[ -]?(?:years?|yrs?|ans?|annees?)`;

/** The level a credential of `years` has in the CRS grid: 1 → one-year, 2 → two-year, 3+ → as a bachelor's. */
function byLength(years: number | undefined): Education | undefined {
  if (years === undefined || years < 1 || years > 8) return undefined;
  return years >= 3 ? "bachelors" : years >= 2 ? "two_year" : "one_year";
}

export function extractEducation(question: string): Partial<Slots> {
  const out: Partial<Slots> = {};
  const text = question.replace(/\b(?:un|a|an|one)\s+(an|year)\b/g, "1 $1");
  // "bac+2" / "bac + 3" (France): years after the secondary diploma.
  const bacPlus = /\bbac\s*(?:\+|plus)?\s*([1-8])\b/.exec(text);
  // "a 3-year diploma", "2 year college program", "un DEC de 3 ans", "diploma of two years"
  const length = re(`\\b${LENGTH}\\s+(?:\\w+\\s+)?${CREDENTIAL}\\b`).exec(text) ?? re(`\\b${CREDENTIAL}\\s+(?:\\w+\\s+){0,2}(?:of|de|d|en)\\s+${LENGTH}`).exec(text);
  for (const [p, level] of EDUCATION) if (p.test(text)) {
    out.education = level;
    break;
  }
  const sized = bacPlus ? (Number(bacPlus[1]) >= 8 ? "doctoral" : Number(bacPlus[1]) >= 5 ? "masters" : byLength(Number(bacPlus[1]))) : length ? byLength(numberOf(length[1])) : undefined;
  // A named degree (master's, PhD, "two degrees") outranks its length; a bare "degree"/"bac" or a diploma takes it.
  if (sized && (!out.education || out.education === "bachelors" || out.education === "secondary")) out.education = sized;
  else if (!out.education && /\b(post ?graduate (?:diploma|certificate)|pgd|pgdip)\b/.test(text)) out.education = "one_year";
  if (/\b(canadian|canada|cdn|canadien(?:ne)?|au canada|in canada|quebec)\s+(?:\w+\s+)?(degree|diploma|credential|education|study|studies|college|university|diplome|etudes|master\w*|bachelor\w*|phd)\b|\b(degree|diploma|credential|certificate|program|programme|studies|study|studied|diplome|certificat|etudes|master\w*|maitrise|bachelor\w*|bac|dec|aec|dep|phd|graduated|college|university|universite)\s+(?:\S+\s+){0,4}(?:in|au|en|from a|from|fait au|fait en|obtenu au|obtenu en|done in)\s+(?:canad\w*|quebec|ontario|alberta|british columbia|colombie britannique|manitoba|saskatchewan|nova scotia|nouvelle ecosse|new brunswick|nouveau brunswick|newfoundland|terre neuve|prince edward island)\b|\bstudied in canada\b|\betudie au canada\b|\b(degree|diploma|credential|diplome|etudes|master\w*|bachelor\w*|maitrise|baccalaureat)\s+(canadian|canadien|canadienne|canadiens)\b/.test(text))
    out.canadianEducation = true;
  return out;
}

export function extractWork(text: string): Partial<Slots> {
  const out: Partial<Slots> = {};
  const YEARS = `${NUMBER}\\+?\\s*(?:years?|yrs?|ans?|annees?)`;
  // Work in a province or a Canadian city is Canadian work ("3 years in Ontario", "2 ans au Québec").
  const canadian = `(?:canadian|canada|cdn|canadienne?|au canada|in canada|inside canada|(?:in|en|au|a|at) ${CANADIAN_PLACES})`;
  const foreign = `(?:foreign|abroad|outside canada|overseas|etranger|a l etranger|hors du canada|back home|(?:in|en|au|aux) (?:the )?${ABROAD_ABBREVIATIONS}\\b|(?:in|en|au) (?!(?:${CANADIAN_PLACES.slice(3, -1)}|total|the|a|my|all|each|every|it|this|that|tout|le|la|les|un|une|mon|ma)\\b)[a-z]{3,})`;
  const workWord = /\b(work\w*|experience|exp|travail\w*|job|emploi|worked)\b/.test(text);
  const studyWord = /\b(degree|diploma|bac|bachelor\w*|master\w*|maitrise|diplome|etudes|study|studies|studied|college|university|universite|dec|phd)\b/.test(text);
  const cdn = re(`\\b${YEARS}\\s+(?:of\\s+|d\\s+)?(?:skilled\\s+|full time\\s+)?(?:work\\s+|working\\s+|job\\s+|experience\\s+|exp\\s+|experience de travail\\s+|de travail\\s+|d experience\\s+|de travail qualifie\\s+)+(?:(?!outside\\b|hors\\b|du\\b|before\\b|left\\b|leaving\\b|from\\b|avant\\b|apart\\b)[a-z]+\\s+){0,2}?${canadian}`).exec(text)
    ?? re(`\\b${canadian}\\s+(?:work\\s+)?(?:experience|exp|work|travail)\\s+(?:of\\s+|de\\s+|is\\s+|:\\s*)?${YEARS}`).exec(text)
    ?? re(`\\b(?:worked|working|travaille)\\s+(?:in|au|en|a) ${CANADIAN_PLACES}\\s+(?:for\\s+|pendant\\s+|depuis\\s+)?${YEARS}`).exec(text)
    // "work experience in Canada 1 year", "expérience de travail au Canada : 2 ans"
    ?? re(`\\b(?:work|experience|exp|travail)\\s+(?:experience\\s+|de travail\\s+)?(?:(?:in|au|en|a) ${CANADIAN_PLACES}|inside canada)\\s+(?:of\\s+|de\\s+|is\\s+|for\\s+|pendant\\s+|:\\s*)?${YEARS}`).exec(text)
    ?? re(`\\b${YEARS}\\s+(?:of\\s+|d\\s+)?${canadian}\\s+(?:skilled\\s+)?(?:work|experience|exp|travail)`).exec(text)
    ?? (workWord && !studyWord ? re(`\\b${YEARS}\\s+(?:of\\s+)?${canadian}`).exec(text) : null);
  if (cdn) out.canadianWorkYears = numberOf(cdn[1])!;
  const fgn = re(`\\b${YEARS}\\s+(?:of\\s+|d\\s+)?(?:skilled\\s+|full time\\s+)?(?:work\\s+)?(?:experience\\s+|exp\\s+|de travail\\s+|experience de travail\\s+)?${foreign}`).exec(text)
    ?? re(`\\b${foreign}\\s+(?:work\\s+)?(?:experience|exp|work|travail)\\s+(?:of\\s+|de\\s+|is\\s+)?${YEARS}`).exec(text);
  // "less than 1 year abroad", "moins de 3 ans": under that many full years.
  const under = (m: RegExpExecArray | null) => (m && /\b(?:less than|under|not even|moins de|pas encore)\s*$/.test(text.slice(0, m.index)) ? 1 : 0);
  if (cdn && under(cdn)) out.canadianWorkYears = Math.max(0, out.canadianWorkYears! - 1);
  if (fgn) out.foreignWorkYears = Math.max(0, numberOf(fgn[1])! - under(fgn));
  // One "N years" beside a Canadian (or foreign) work phrase, with nothing else it could be: "points for canadian experience, 2 years".
  if (!cdn && !fgn && workWord && !studyWord) {
    const lone = [...text.matchAll(new RegExp(`\\b${YEARS}`, "g"))];
    if (lone.length === 1) {
      const n = Math.max(0, numberOf(lone[0]![1])! - under(lone[0]!));
      if (re(`\\b${canadian}\\s+(?:skilled\\s+)?(?:work|experience|exp|travail)\\b|\\b(?:work|experience|exp|travail)\\s+(?:\\w+\\s+){0,2}(?:in|au|en|a) ${CANADIAN_PLACES}\\b|\\bexperience canadienne\\b`).test(text)) out.canadianWorkYears = n;
      else if (re(`\\b(?:foreign|abroad|overseas|outside canada|etrangere?|a l etranger|hors du canada)\\b`).test(text)) out.foreignWorkYears = n;
    }
  }
  // Experience for a program's minimum: "10 months", "1 year of experience", "8 mois d'experience"
  const months = re(`\\b${NUMBER}\\s*(months?|mois|years?|yrs?|ans?|annees?)\\s+(?:of\\s+|d\\s+|de\\s+)?(?:skilled\\s+|full time\\s+|canadian\\s+|foreign\\s+)?(?:work\\s+)?(?:experience|exp|work|travail)`).exec(text)
    ?? re(`\\b(?:experience|exp|worked|working)\\s+(?:of\\s+|for\\s+|de\\s+)?${NUMBER}\\s*(months?|mois)\\b`).exec(text)
    // "10 months as an electrician", "2 ans comme soudeur", "18 mois en tant qu'infirmière".
    ?? re(`\\b${NUMBER}\\s*(months?|mois|years?|yrs?|ans?|annees?)\\s+(?:as an?|as|comme|en tant qu?e?|working as|de travail comme)\\s+[a-z]`).exec(text);
  // "I was on a PGWP for 13 months full time, eligible for CEC?": one span of months beside a program is its experience.
  const lone = months ?? (/\b(cec|pec|fsw|ptqf|fst|ptmsf|canadian experience|experience canadienne|pgwp|ptpd|work permit|permis de travail|categor\w*)\b/.test(text) ? re(`\\b${NUMBER}\\s*(months?|mois)\\b`).exec(text) : null);
  if (lone && !months && [...text.matchAll(/\b\d+\s*(?:months?|mois)\b/g)].length === 1) {
    const n = numberOf(lone[1])!;
    out.workMonths = n;
  }
  if (months) {
    const n = numberOf(months[1])!;
    out.workMonths = /^(months?|mois)$/.test(months[2]!) ? n : n * 12;
  }
  return out;
}

/** Working in Canada (or a work permit) and a job offer, both said: the proof-of-funds exemption applies. */
export function extractJobOfferInCanada(text: string): Partial<Slots> {
  const offer = /\b(job offer|offer of employment|offre d emploi|arranged employment|emploi reserve)\b/.test(text) && !/\b(no|pas d|sans|without)\s+(?:\w+\s+)?(?:job offer|offre)\b/.test(text);
  const authorized = /\b(work permit|permis de travail|work in canada|working in canada|already work|travaille (?:deja )?au canada|authori[sz]ed to work|autorise a travailler|pgwp|ptpd|lmia)\b/.test(text);
  return offer && authorized ? { jobOfferInCanada: true } : {};
}

export function extractFamily(text: string): Partial<Slots> {
  const m = re(`\\b(?:family|famille|household|menage)\\s+(?:of|de|size|size of|:)?\\s*${NUMBER}\\b|\\b${NUMBER}\\s+(?:people|persons|personnes|members|membres|family members|membres de la famille)\\b`).exec(text);
  if (m) return { familySize: numberOf(m[1] ?? m[2])! };
  const weAre = re(`\\b(?:on est|nous sommes|we are|we re|there are|there is|there s)\\s+${NUMBER}\\b(?!\\s*(?:years?|ans|months?|mois|days?|jours|points?|pts))`).exec(text);
  if (weAre) return { familySize: numberOf(weAre[1])! };
  if (/\b(?:une|un|a|one|1)\s+(?:seule\s+)?(?:personne|person|adulte|adult)\b(?!\s+(?:de|of|aged?|agee?|qui|who)\b)|\bpersonne seule\b/.test(text)) return { familySize: 1 };
  // "me, my wife and 2 kids", "moi, ma femme et 2 enfants", "un couple avec un enfant"
  const kids = re(`\\b(${NUMBER.slice(1, -1)}|un|une|a|an|one)\\s+(?:\\w+\\s+)?(?:kids?|children|child|enfants?|dependants?|dependents?|sons?|daughters?|fils|filles?|bebes?|babies|baby)\\b`).exec(text);
  const partner = /\b(wife|husband|spouse|partner|femme|mari|epouse|epoux|conjointe?|couple)\b/.test(text);
  if (kids) return { familySize: 1 + (partner ? 1 : 0) + (numberOf(kids[1]) ?? 1) };
  if (/\b(couple|(?:just |only )?(?:the )?(?:two|2) of us|nous deux|a deux|me and my (?:wife|husband|spouse|partner)|moi et ma (?:femme|conjointe|epouse)|moi et mon (?:mari|conjoint|epoux))\b/.test(text)) return { familySize: 2 };
  if (/\b(single person|alone|seul|seule|just me|only me)\b/.test(text)) return { familySize: 1 };
  return {};
}

/** A CRS score the person states ("my score is 480", "crs 471", "with 465 points"). */
export function extractScore(text: string): Partial<Slots> {
  // "above 480" is what a pool question asks about, even after "I have 478".
  const m = /\b(?:above|over|more than|at least|higher than|plus de|au dessus de|au-dessus de|superieur a|>=?)\s*(\d{3})\b/.exec(text)
    ?? /\b(\d{3})\s*(?:or more|or above|or higher|and above|and up|and over|plus|ou plus|et plus|ou mieux|et au dessus)\b/.exec(text)
    ?? /\b(?:crs|scg|score|note|points?|pts)\s*(?:is|of|de|est|=|:|de seulement|only)?\s*(\d{3,4})\b/.exec(text)
    // "my score goes from 430", "mon score passe de 430", "my crs is currently 455"
    ?? /\b(?:crs|scg|score|note)\s+(?:\w+\s+){1,2}?(?:is|of|de|est|at|a|from)\s+(\d{3,4})\b/.exec(text)
    ?? /\b(\d{3,4})\s*(?:crs|points?|pts|scg)\b/.exec(text)
    ?? /\b(?:i have|i got|i had|i ve got|i m at|im at|i am at|sitting at|currently at|with|avec|j ai|j avais|je suis a|and have|and got|et j ai|having)\s+(\d{3})\b/.exec(text)
    ?? /\b(?:is|est|a)\s+(\d{3})\s+(?:enough|good enough|suffisant|assez|ok|okay)\b/.exec(text)
    // "is 450 a good score", "462 c'est un bon score ?"
    ?? /\b(\d{3})\s+(?:is\s+|be\s+|c est\s+|est\s+|serait\s+|would be\s+)?(?:a\s+|an\s+|un\s+|une\s+)?(?:good|bon|bonne|decent|strong|solid|weak|high|low|haut|eleve|bas|faible|competitive|competitif)\s+(?:crs\s+|scg\s+)?(?:score|note|pointage)\b/.exec(text);
  if (!m) return {};
  const score = Number(m[1]);
  return score >= 100 && score <= 1200 ? { score } : {};
}

const PROVINCES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(ontario|oinp|on)\b/, "ON"], [/\b(british columbia|colombie britannique|bc|bcpnp|bc pnp)\b/, "BC"], [/\b(alberta|aaip|ainp)\b/, "AB"],
  [/\b(saskatchewan|sinp|sask)\b/, "SK"], [/\b(manitoba|mpnp)\b/, "MB"], [/\b(quebec|arrima|pstq|csq)\b/, "QC"], [/\b(nova scotia|nouvelle ecosse|nsnp)\b/, "NS"],
  [/\b(new brunswick|nouveau brunswick|nbpnp)\b/, "NB"], [/\b(prince edward island|pei|ile du prince edouard|ipe)\b/, "PE"],
  [/\b(newfoundland|labrador|terre neuve|nlpnp)\b/, "NL"], [/\b(yukon|ynp)\b/, "YT"], [/\b(northwest territories|territoires du nord ouest|nwt|ntnp)\b/, "NT"], [/\b(nunavut)\b/, "NU"],
];

export function extractProvince(text: string): Partial<Slots> {
  for (const [p, code] of PROVINCES) if (p.test(text) && !(code === "ON" && !/\bontario|oinp\b/.test(text))) return { province: code };
  return {};
}

const PROGRAMS: ReadonlyArray<readonly [RegExp, NonNullable<Slots["program"]>]> = [
  [/\b(cec|canadian experience class|pec|(?:categorie|programme|classe) (?:de l )?experience canadienne)\b/, "cec"],
  [/\b(fsw|fswp|federal skilled workers?|skilled workers? program|ptqf|tqf|travailleurs? qualifies?(?: \(?federal\)?)?|programme (?:federal )?des travailleurs qualifies)\b/, "fsw"],
  [/\b(fst|fstp|federal skilled trades?|(?:skilled )?trades? programs?|programmes? (?:des |de )?metiers|ptmsf|ptmf|pmsf|metiers specialises)\b/, "fst"],
  [/\b(pnp|provincial nominee|pcp|candidats des provinces)\b/, "pnp"],
];

export function extractProgram(text: string): Partial<Slots> {
  for (const [p, key] of PROGRAMS) if (p.test(text)) return { program: key };
  return {};
}

/** Every program a question names, in the order it names them ("FSW, CEC and FST"). */
export function programsIn(text: string): Array<NonNullable<Slots["program"]>> {
  return PROGRAMS.map(([p, key]) => ({ key, at: text.search(p) })).filter((x) => x.at >= 0).sort((a, b) => a.at - b.at).map((x) => x.key);
}

/** The words these extractors look for, for the speller. */
export const PERSON_WORDS: readonly string[] = [SPOUSE, ...EDUCATION.map(([p]) => p.source), ...PROVINCES.map(([p]) => p.source)];
