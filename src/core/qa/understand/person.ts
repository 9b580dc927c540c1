import { re } from "./regex-cache.ts";
import type { Education } from "../../crs/rules.ts";
import { NUMBER, numberOf } from "./numbers.ts";
import type { Slots } from "./slots.ts";

/**
 * Who and what the person describes: spouse or principal, age, education (and whether Canadian),
 * years of Canadian and foreign work, months of experience, family size, CRS score.
 */

const SPOUSE = "(?:spouse|spouses|wife|wifes|wifey|husband|husbands|hubby|hubbie|missus|partner|partners|common law partner|conjointe?|epouse|epoux|mari|femme|partenaire)";

export function extractSpouse(text: string): Partial<Slots> {
  const out: Partial<Slots> = {};
  const noun = re(`\\b${SPOUSE}\\b`).test(text);
  const withSpouse = /\bwith (?:a |my )?(?:spouse|partner|wife|husband)\b|\bavec (?:un |une |mon |ma )?(?:conjointe?|epouse|epoux)\b(?!\s+(?:qui|a|ayant))/.test(text);
  const married = withSpouse || /\b(married|marie|mariee|common law|en couple|couple)\b/.test(text);
  // "my wife has…", "spouse's education", "for my husband", "points does she add", "son ielts"
  const subject = re(`\\b(?:my|his|her|the|mon|ma|sa|son|for|pour|of|de|du)(?:\\s+(?:le|la|l|my|the|mon|ma|son|sa|a))?\\s+${SPOUSE}\\b|\\b${SPOUSE}\\s+(?:avec|qui a|ayant|with)\\s+(?:un|une|a|an|des|the)?\\s*\\w+|\\b${SPOUSE}\\s*(?:s|has|have|had|got|is|a|est|with|'s)\\b|\\b${SPOUSE}\\s+(?:education|language|work|experience|ielts|celpip|tef|tcf|pte|degree|clb|points|etudes|langue|travail)\\b|\\b(?:she|he|elle|il) (?:add|adds|has|have|get|gets|apporte|ajoute|rapporte)`).test(text);
  if (noun && subject && !withSpouse && !/\bif (?:i am |i m |im )?married\b|\bsingle\b/.test(text)) out.spouse = true;
  if (married || out.spouse) out.married = true;
  if (/\b(single|celibataire|not married|no spouse|sans conjoint|without (?:a )?spouse)\b/.test(text)) out.married = false;
  return out;
}

export function extractAge(text: string): Partial<Slots> {
  const m = /\b(?:i am|i m|im|age(?:d)?|age de|agee? de|j ai|aged?)\s*(?:is|of|de|:)?\s*(\d{2})\b(?!\s*(?:years? of|yrs? of|ans d))/.exec(text)
    ?? /\b(\d{2})\s*(?:years? old|yrs? old|yo|y o|ans\b(?!\s*d))/.exec(text)
    ?? /\bage\s+(\d{2})\b/.exec(text)
    // "for being 32", "if i was 35", "a 27 ans", "avoir 40 ans", "at 31"
    ?? /\b(?:being|if i was|if i were|when i m|when i am|turning|turn|at|avoir|a)\s+(\d{2})\b(?!\s*(?:years? of|yrs? of|ans d|months?|mois|days?|jours?|points?|pts|%|\d))/.exec(text);
  if (!m) return {};
  const age = Number(m[1]);
  return age >= 15 && age <= 70 ? { age } : {};
}

const EDUCATION: ReadonlyArray<readonly [RegExp, Education]> = [
  [/\b(phd|ph d|doctora\w*|doctorat|doctorate)\b/, "doctoral"],
  [/\b(master\w*|maitrise|msc|mba|m sc|ma degree|professional degree|diplome professionnel)\b/, "masters"],
  [/\b(two or more|2 or more|two degrees|2 degrees|two credentials|2 credentials|deux diplomes|double degree|two diplomas|2 diplomas)\b/, "two_or_more"],
  [/\b(bachelor\w*|baccalaureat|bac|licence|bsc|b sc|ba degree|undergrad\w*|4 year degree|four year degree|3 year degree|three year degree|3 year (?:diploma|program|programme)|diplome de 3 ans|degree)\b/, "bachelors"],
  [/\b(two year|2 year|2 yr|deux ans|2 ans)\s+(?:college\s+)?(diploma|diplome|program|programme|credential|college)\b|\b(diploma|diplome|college)\s+(?:of\s+|de\s+)?(two years?|2 years?|2 ans|deux ans)\b/, "two_year"],
  [/\b(one year|1 year|1 yr|un an|1 an)\s+(?:college\s+)?(diploma|diplome|program|programme|credential|certificate|certificat|college)\b|\b(diploma|diplome|certificate|certificat)\s+(?:of\s+|de\s+)?(one year|1 year|1 an|un an)\b|\bpost ?graduate (?:diploma|certificate)\b/, "one_year"],
  [/\b(high school|secondary|secondaire|12th|grade 12|diplome d etudes secondaires)\b/, "secondary"],
];

export function extractEducation(text: string): Partial<Slots> {
  const out: Partial<Slots> = {};
  for (const [p, level] of EDUCATION) if (p.test(text)) {
    out.education = level;
    break;
  }
  if (/\b(canadian|canada|cdn|canadien(?:ne)?|au canada|in canada|quebec)\s+(?:\w+\s+)?(degree|diploma|credential|education|study|studies|college|university|diplome|etudes|master\w*|bachelor\w*|phd)\b|\b(degree|diploma|credential|certificate|program|programme|studies|study|studied|diplome|certificat|etudes|master\w*|maitrise|bachelor\w*|bac|dec|aec|dep|phd|graduated|college|university|universite)\s+(?:\S+\s+){0,4}(?:in|au|from a|from|fait au|obtenu au|done in)\s+canad\w*\b|\bstudied in canada\b|\betudie au canada\b|\b(degree|diploma|credential|diplome|etudes|master\w*|bachelor\w*|maitrise|baccalaureat)\s+(canadian|canadien|canadienne|canadiens)\b/.test(text))
    out.canadianEducation = true;
  return out;
}

export function extractWork(text: string): Partial<Slots> {
  const out: Partial<Slots> = {};
  const YEARS = `${NUMBER}\\+?\\s*(?:years?|yrs?|ans?|annees?)`;
  const canadian = "(?:canadian|canada|cdn|canadienne?|au canada|in canada|inside canada)";
  const foreign = "(?:foreign|abroad|outside canada|overseas|etranger|a l etranger|hors du canada|back home|(?:in|en|au) (?!(?:canada|total|the|a|my|all|each|every|it|this|that|tout|le|la|les|un|une|mon|ma)\\b)[a-z]{3,})";
  const workWord = /\b(work\w*|experience|exp|travail\w*|job|emploi|worked)\b/.test(text);
  const studyWord = /\b(degree|diploma|bac|bachelor\w*|master\w*|maitrise|diplome|etudes|study|studies|studied|college|university|universite|dec|phd)\b/.test(text);
  const cdn = re(`\\b${YEARS}\\s+(?:of\\s+|d\\s+)?(?:skilled\\s+|full time\\s+)?(?:work\\s+|working\\s+|job\\s+|experience\\s+|exp\\s+|experience de travail\\s+|de travail\\s+|d experience\\s+|de travail qualifie\\s+)+${canadian}`).exec(text)
    ?? re(`\\b${canadian}\\s+(?:work\\s+)?(?:experience|exp|work|travail)\\s+(?:of\\s+|de\\s+|is\\s+|:\\s*)?${YEARS}`).exec(text)
    ?? re(`\\b(?:worked|working|travaille)\\s+(?:in canada|au canada)\\s+(?:for\\s+|pendant\\s+|depuis\\s+)?${YEARS}`).exec(text)
    // "work experience in Canada 1 year", "expérience de travail au Canada : 2 ans"
    ?? re(`\\b(?:work|experience|exp|travail)\\s+(?:experience\\s+|de travail\\s+)?(?:in canada|au canada|inside canada)\\s+(?:of\\s+|de\\s+|is\\s+|for\\s+|pendant\\s+|:\\s*)?${YEARS}`).exec(text)
    ?? re(`\\b${YEARS}\\s+(?:of\\s+|d\\s+)?${canadian}\\s+(?:skilled\\s+)?(?:work|experience|exp|travail)`).exec(text)
    ?? (workWord && !studyWord ? re(`\\b${YEARS}\\s+(?:of\\s+)?${canadian}`).exec(text) : null);
  if (cdn) out.canadianWorkYears = numberOf(cdn[1])!;
  const fgn = re(`\\b${YEARS}\\s+(?:of\\s+|d\\s+)?(?:skilled\\s+|full time\\s+)?(?:work\\s+)?(?:experience\\s+|exp\\s+|de travail\\s+|experience de travail\\s+)?${foreign}`).exec(text)
    ?? re(`\\b${foreign}\\s+(?:work\\s+)?(?:experience|exp|work|travail)\\s+(?:of\\s+|de\\s+|is\\s+)?${YEARS}`).exec(text);
  if (fgn) out.foreignWorkYears = numberOf(fgn[1])!;
  // Experience for a program's minimum: "10 months", "1 year of experience", "8 mois d'experience"
  const months = re(`\\b${NUMBER}\\s*(months?|mois|years?|yrs?|ans?|annees?)\\s+(?:of\\s+|d\\s+|de\\s+)?(?:skilled\\s+|full time\\s+|canadian\\s+|foreign\\s+)?(?:work\\s+)?(?:experience|exp|work|travail)`).exec(text)
    ?? re(`\\b(?:experience|exp|worked|working)\\s+(?:of\\s+|for\\s+|de\\s+)?${NUMBER}\\s*(months?|mois)\\b`).exec(text);
  if (months) {
    const n = numberOf(months[1])!;
    out.workMonths = /^(months?|mois)$/.test(months[2]!) ? n : n * 12;
  }
  return out;
}

export function extractFamily(text: string): Partial<Slots> {
  const m = re(`\\b(?:family|famille|household|menage)\\s+(?:of|de|size|size of|:)?\\s*${NUMBER}\\b|\\b${NUMBER}\\s+(?:people|persons|personnes|members|membres|family members|membres de la famille)\\b`).exec(text);
  if (m) return { familySize: numberOf(m[1] ?? m[2])! };
  // "me, my wife and 2 kids", "moi, ma femme et 2 enfants"
  const kids = re(`\\b${NUMBER}\\s+(?:kids?|children|child|enfants?|dependants?|dependents?)\\b`).exec(text);
  const partner = /\b(wife|husband|spouse|partner|femme|mari|epouse|epoux|conjointe?)\b/.test(text);
  if (kids) return { familySize: 1 + (partner ? 1 : 0) + numberOf(kids[1])! };
  if (/\b(couple|me and my (?:wife|husband|spouse|partner)|moi et ma (?:femme|conjointe|epouse)|moi et mon (?:mari|conjoint|epoux))\b/.test(text)) return { familySize: 2 };
  if (/\b(single person|alone|seul|seule|just me|only me)\b/.test(text)) return { familySize: 1 };
  return {};
}

/** A CRS score the person states ("my score is 480", "crs 471", "with 465 points"). */
export function extractScore(text: string): Partial<Slots> {
  // "above 480" is what a pool question asks about, even after "I have 478".
  const m = /\b(?:above|over|more than|at least|higher than|plus de|au dessus de|au-dessus de|superieur a|>=?)\s*(\d{3})\b/.exec(text)
    ?? /\b(\d{3})\s*(?:or more|or above|or higher|and above|and up|and over|plus|ou plus|et plus|ou mieux|et au dessus)\b/.exec(text)
    ?? /\b(?:crs|scg|score|note|points?|pts)\s*(?:is|of|de|est|=|:|de seulement|only)?\s*(\d{3,4})\b/.exec(text)
    ?? /\b(\d{3,4})\s*(?:crs|points?|pts|scg)\b/.exec(text)
    ?? /\b(?:i have|i got|with|avec|j ai)\s+(\d{3})\b/.exec(text)
    ?? /\b(?:is|est|a)\s+(\d{3})\s+(?:enough|good enough|suffisant|assez|ok|okay)\b/.exec(text);
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

export function extractProgram(text: string): Partial<Slots> {
  const programs: ReadonlyArray<readonly [RegExp, Slots["program"]]> = [
    [/\b(cec|canadian experience class|pec|(?:categorie|programme|classe) (?:de l )?experience canadienne)\b/, "cec"],
    [/\b(fsw|fswp|federal skilled workers?|skilled worker program|ptqf|travailleurs qualifies)\b/, "fsw"],
    [/\b(fst|fstp|federal skilled trades?|skilled trades program|ptmsf|metiers specialises)\b/, "fst"],
    [/\b(pnp|provincial nominee|pcp|candidats des provinces)\b/, "pnp"],
  ];
  for (const [p, key] of programs) if (p.test(text)) return { program: key };
  return {};
}

/** The words these extractors look for, for the speller. */
export const PERSON_WORDS: readonly string[] = [SPOUSE, ...EDUCATION.map(([p]) => p.source), ...PROVINCES.map(([p]) => p.source)];
