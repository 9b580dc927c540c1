import { languageOf, levelsOf, type Levels } from "./language.ts";
import type { CrsProfile } from "./profile.ts";
import { CURRENT_RULES, type CrsRules, type Education } from "./rules.ts";

/**
 * The CRS calculator: a validated profile → total and breakdown under a set of rules. Pure and
 * allocation-light: it scores hundreds of thousands of profiles a second.
 */

export interface CrsBreakdown {
  core: { age: number; education: number; firstLanguage: number; secondLanguage: number; canadianWork: number; total: number };
  spouse: { education: number; language: number; canadianWork: number; total: number };
  transferability: { education: number; foreignWork: number; certificateOfQualification: number; total: number };
  additional: { provincialNomination: number; french: number; canadianStudy: number; sibling: number; jobOffer: number; total: number };
}

export interface CrsResult {
  total: number;
  breakdown: CrsBreakdown;
  clb: { first: Levels; second: Levels | null; spouse: Levels | null };
  /** The date the rules used took effect. */
  rules: string;
}

/** Scored "with spouse": married or common-law, the partner coming, and not a Canadian citizen or PR. */
export function scoredWithSpouse(p: CrsProfile): boolean {
  return p.maritalStatus !== "single" && p.spouseAccompanying === true && p.spouseCanadianOrPR !== true;
}

const at = (table: readonly number[], index: number) => table[Math.max(0, Math.min(table.length - 1, index))]!;
const minLevel = (l: Levels) => Math.min(l.listening, l.reading, l.writing, l.speaking);
const sumOver = (l: Levels, table: readonly number[]) => at(table, l.listening) + at(table, l.reading) + at(table, l.writing) + at(table, l.speaking);

/** Education tier for transferability: 0 = secondary or less, 1 = one credential of 1+ years, 2 = two or more / master's / PhD. */
function educationTier(e: Education): 0 | 1 | 2 {
  if (e === "none" || e === "secondary") return 0;
  if (e === "one_year" || e === "two_year" || e === "bachelors") return 1;
  return 2;
}

/** Language tier for transferability: 0 = below CLB 7 in some ability, 1 = CLB 7+ (some under 9), 2 = CLB 9+ in all four. */
const languageTier = (lowest: number): 0 | 1 | 2 => (lowest >= 9 ? 2 : lowest >= 7 ? 1 : 0);

export function calculate(p: CrsProfile, rules: CrsRules = CURRENT_RULES): CrsResult {
  const withSpouse = scoredWithSpouse(p);
  const side = withSpouse ? "with" : "without";

  const first = levelsOf(p.firstLanguage);
  const second = p.secondLanguage ? levelsOf(p.secondLanguage) : null;
  const spouseLevels = p.spouse?.language ? levelsOf(p.spouse.language) : null;

  // A. Core / human capital
  const age = at(rules.age[side], p.age);
  const education = rules.education[p.education][side];
  const firstLanguage = sumOver(first, rules.firstLanguage[side]);
  const secondLanguage = second ? Math.min(rules.secondLanguage.cap[side], sumOver(second, rules.secondLanguage.perAbility)) : 0;
  const canadianWork = at(rules.canadianWork[side], p.canadianWorkYears);
  const coreTotal = Math.min(rules.coreCap[side], age + education + firstLanguage + secondLanguage + canadianWork);

  // B. Spouse factors (only when scored with a spouse)
  let spouseEducation = 0;
  let spouseLanguage = 0;
  let spouseWork = 0;
  if (withSpouse && p.spouse) {
    spouseEducation = rules.education[p.spouse.education].spouse;
    spouseLanguage = spouseLevels ? sumOver(spouseLevels, rules.spouse.language) : 0;
    spouseWork = at(rules.spouse.canadianWork, p.spouse.canadianWorkYears);
  }
  const spouseTotal = Math.min(rules.coreAndSpouseCap - coreTotal, spouseEducation + spouseLanguage + spouseWork);

  // C. Skill transferability
  const t = rules.transferability;
  const lowest = minLevel(first);
  const lang = languageTier(lowest);
  const cdn = Math.min(2, p.canadianWorkYears);
  const edu = educationTier(p.education);
  const foreign = p.foreignWorkYears >= 3 ? 2 : p.foreignWorkYears >= 1 ? 1 : 0;
  const langRow = (rows: readonly [readonly number[], readonly number[]], tier: number) => (lang === 0 ? 0 : rows[lang - 1]![tier]!);
  const cdnRow = (rows: readonly [readonly number[], readonly number[]], tier: number) => (cdn === 0 ? 0 : rows[cdn - 1]![tier]!);
  const transferEducation = Math.min(t.groupCap, langRow(t.education.language, edu) + cdnRow(t.education.canadianWork, edu));
  const transferForeign = Math.min(t.groupCap, langRow(t.foreign.language, foreign) + cdnRow(t.foreign.canadianWork, foreign));
  const certificate = p.certificateOfQualification ? (lowest >= 7 ? t.certificate[1] : lowest >= 5 ? t.certificate[0] : 0) : 0;
  const transferTotal = Math.min(t.cap, transferEducation + transferForeign + certificate);

  // D. Additional points
  const a = rules.additional;
  const nomination = p.provincialNomination ? a.provincialNomination : 0;
  const jobOffer = p.jobOffer === "none" ? 0 : a.jobOffer[p.jobOffer];
  const canadianStudy = p.canadianStudy === "none" ? 0 : a.canadianStudy[p.canadianStudy];
  const sibling = p.siblingInCanada ? a.sibling : 0;
  let french = 0;
  const frenchLevels = languageOf(p.firstLanguage) === "fr" ? first : second && p.secondLanguage && languageOf(p.secondLanguage) === "fr" ? second : null;
  if (frenchLevels && minLevel(frenchLevels) >= 7) {
    const englishLevels = languageOf(p.firstLanguage) === "en" ? first : second && p.secondLanguage && languageOf(p.secondLanguage) === "en" ? second : null;
    french = englishLevels && minLevel(englishLevels) >= 5 ? a.french.strongEnglish : a.french.weakEnglish;
  }
  const additionalTotal = Math.min(a.cap, nomination + jobOffer + canadianStudy + sibling + french);

  const total = Math.min(rules.total, coreTotal + spouseTotal + transferTotal + additionalTotal);
  return {
    total,
    breakdown: {
      core: { age, education, firstLanguage, secondLanguage, canadianWork, total: coreTotal },
      spouse: { education: spouseEducation, language: spouseLanguage, canadianWork: spouseWork, total: spouseTotal },
      transferability: { education: transferEducation, foreignWork: transferForeign, certificateOfQualification: certificate, total: transferTotal },
      additional: { provincialNomination: nomination, french, canadianStudy, sibling, jobOffer, total: additionalTotal },
    },
    clb: { first, second, spouse: spouseLevels },
    rules: rules.effective,
  };
}
