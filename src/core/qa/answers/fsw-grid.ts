import { crsMessages } from "../../../content/crs-messages.ts";
import { FSW_FACTOR_MAX, FSW_GRID, FSW_MINIMUMS } from "../../../content/eligibility/fsw.ts";
import { ABILITIES, type Ability } from "../../crs/language.ts";
import { EDUCATION_LEVELS } from "../../crs/rules.ts";
import { fswAbilityPoints, fswAgePoints, fswEducationPoints, fswExperiencePoints } from "../../eligibility/rules.ts";
import { formatDate } from "../../format.ts";
import { officialLink } from "../../links.ts";
import { inLang, type Lang, type Reply } from "../../reply.ts";
import { factorWordsIn } from "../understand/crs-factor.ts";
import type { Slots } from "../understand/slots.ts";
import { levelsOfScores } from "./language-levels.ts";

/**
 * The FSW 67-point selection grid, factor by factor (ELIGIBILITY.md §1.2): the points for the values the question
 * gives (an age, years of work, a degree, language levels, a job offer), each factor's table when it is named without a
 * value, and whether a total the person states passes.
 */

export type GridFactor = "age" | "experience" | "education" | "language" | "secondLanguage" | "arrangedEmployment" | "adaptability";

const ADAPTABILITY = /\b(adaptab\w*|relatives?|parents?|aunt|uncle|niece|nephew|grand ?parents?|cousin|tante|oncle|famille au canada|family in canada)\b/;

/** Relatives that count for FSW adaptability (ELIGIBILITY.md §1.2: 18+, citizen or PR, living in Canada). */
const RELATIVE = /\b(parents?|mother|father|mom|dad|mere|pere|grand ?(?:parents?|mother|father|mere|pere)|child|children|son|daughter|enfants?|fils|fille|grand ?(?:child|son|daughter|children)|petite? (?:fils|fille|enfants?)|brothers?|sisters?|siblings?|freres?|soeurs?|aunts?|uncles?|tantes?|oncles?|nieces?|nephews?|neveux?)\b/;
/** Relatives that do not (a cousin, an in-law who is not the spouse's own relative is not named here). */
const NOT_RELATIVE = /\b(cousins?|cousines?|friends?|amie?s?)\b/;

interface Element { en: string; fr: string; points: number }

/** The adaptability elements a question describes, each once (ELIGIBILITY.md §1.2, factor 6). */
function adaptabilityElements(s: Slots, text: string): Element[] {
  const p = FSW_GRID.adaptability.points;
  const out: Element[] = [];
  // Work or study in Canada said as such ("worked one year in Canada", "études au Canada"), not negated ("pas d'emploi au Canada").
  const inCanada = (what: string) => new RegExp(`(?<!\\b(?:no|not|pas|sans|ni|without|never|jamais)\\s+(?:\\w+\\s+){0,2})\\b(?:${what})\\s+(?:\\w+\\s+){0,5}(?:in canada|au canada)\\b|\\b(?:canadian|canadienne?s?)\\s+(?:${what})\\b`).test(text);
  const worked = inCanada("worked|work|working|travaille|travail|experience");
  const studied = inCanada("studied|study|studies|studying|etudie|etudes|school|college|university|programme|program");
  if (s.spouse) {
    if (worked || s.canadianWorkYears !== undefined) out.push({ en: "your spouse's past work in Canada", fr: "le travail passé de l’époux au Canada", points: p.spouseWorkInCanada });
    if (studied || s.canadianEducation) out.push({ en: "your spouse's past study in Canada", fr: "les études de l’époux au Canada", points: p.spouseStudyInCanada });
    if (s.clb !== undefined || s.test) out.push({ en: `your spouse's language (CLB ${FSW_GRID.adaptability.spouseLanguageMinClb}+ in all four)`, fr: `la langue de l’époux (NCLC ${FSW_GRID.adaptability.spouseLanguageMinClb}+ partout)`, points: p.spouseLanguage });
  } else {
    if (worked || (s.canadianWorkYears !== undefined && s.canadianWorkYears >= 1)) out.push({ en: "your past work in Canada (1 year full-time, TEER 0–3)", fr: "votre travail passé au Canada (1 an à temps plein, FEER 0 à 3)", points: p.ownWorkInCanada });
    if (studied || s.canadianEducation) out.push({ en: "your past full-time study in Canada (2+ years)", fr: "vos études à temps plein au Canada (2 ans ou plus)", points: p.ownStudyInCanada });
  }
  if (RELATIVE.test(text) && !NOT_RELATIVE.test(text) && /\b(canada|canadian|canadienne?|citizen|citoyen\w*|pr|rp|permanent|toronto|vancouver|montreal|calgary|ottawa|lives?|vit|habite)\b/.test(text))
    out.push({ en: "a relative 18+ in Canada (citizen or PR)", fr: "un parent de 18 ans ou plus au Canada (citoyen ou RP)", points: p.relativeInCanada });
  if (/\b(job offer|offre d emploi|arranged employment|emploi reserve)\b/.test(text) && !/\b(no|pas d|sans|without)\s+(?:\w+\s+)?(?:job offer|offre)\b/.test(text)) out.push({ en: "arranged employment", fr: "emploi réservé", points: p.arrangedEmployment });
  return out;
}

/** The grid factors a question names, in the order it names them (words, then values). */
export function gridFactorsIn(text: string, s: Slots): GridFactor[] {
  const out = new Set<GridFactor>();
  for (const h of factorWordsIn(text)) {
    if (h.factor === "age") out.add("age");
    else if (h.factor === "education" || h.factor === "canadianStudy") out.add("education");
    else if (h.factor === "firstLanguage" || h.factor === "french") out.add("language");
    else if (h.factor === "secondLanguage") out.add("secondLanguage");
    else if (h.factor === "canadianWork" || h.factor === "foreignWork") out.add("experience");
    else if (h.factor === "jobOffer") out.add("arrangedEmployment");
    else if (h.factor === "sibling") out.add("adaptability");
  }
  if (ADAPTABILITY.test(text)) out.add("adaptability");
  if (/\b(experience|work experience|years of work|annees d experience|experience de travail)\b/.test(text)) out.add("experience");
  if (s.age !== undefined) out.add("age");
  if (s.education) out.add("education");
  if (s.clb !== undefined || s.test) out.add(s.secondLanguage ? "secondLanguage" : "language");
  if (s.foreignWorkYears !== undefined || s.canadianWorkYears !== undefined || s.workMonths !== undefined) out.add("experience");
  return [...out];
}

function levels(s: Slots): Partial<Record<Ability, number>> | undefined {
  if (s.test) {
    const l = levelsOfScores(s.test).levels;
    return Object.keys(l).length ? l : undefined;
  }
  if (s.clbLevels) return s.clbLevels;
  if (s.clb !== undefined) return Object.fromEntries(ABILITIES.map((a) => [a, s.clb!]));
  return undefined;
}

const g = FSW_FACTOR_MAX;

function factorLine(f: GridFactor, s: Slots, text: string, lang: Lang): string {
  switch (f) {
    case "age": {
      if (s.age !== undefined) return inLang(lang, `Age ${s.age}: ${fswAgePoints(s.age)} points (of ${g.age}).`, `Âge ${s.age} ans : ${fswAgePoints(s.age)} points (sur ${g.age}).`);
      const steps = Object.entries(FSW_GRID.age.points).map(([a, p]) => `${a}: ${p}`).join(" · ");
      return inLang(lang, `Age (of ${g.age}): ${FSW_GRID.age.full.from}–${FSW_GRID.age.full.to}: ${FSW_GRID.age.full.points} · ${steps} · 47+: 0 (age on the day the application is received).`, `Âge (sur ${g.age}) : ${FSW_GRID.age.full.from}–${FSW_GRID.age.full.to} ans : ${FSW_GRID.age.full.points} · ${steps} · 47 et + : 0 (âge le jour de la réception de la demande).`);
    }
    case "experience": {
      const years = s.foreignWorkYears ?? s.canadianWorkYears ?? (s.workMonths !== undefined ? Math.floor(s.workMonths / 12) : undefined) ?? Number(/\b(\d{1,2})\s*(?:years?|yrs?|ans?|annees?)\b/.exec(text)?.[1] ?? NaN);
      if (!Number.isNaN(years)) return inLang(lang, `${years} year(s) of skilled work: ${fswExperiencePoints(years)} points (of ${g.experience}).`, `${years} an(s) de travail qualifié : ${fswExperiencePoints(years)} points (sur ${g.experience}).`);
      const rows = [...FSW_GRID.experience.byYears].reverse().map((r, i, all) => `${i === all.length - 1 ? `${r.minYears}+` : r.minYears === (all[i + 1]!.minYears - 1) ? r.minYears : `${r.minYears}–${all[i + 1]!.minYears - 1}`}: ${r.points}`).join(" · ");
      return inLang(lang, `Skilled work experience in years (of ${g.experience}): ${rows}.`, `Expérience de travail qualifié en années (sur ${g.experience}) : ${rows}.`);
    }
    case "education": {
      if (s.education) return inLang(lang, `Education (${crsMessages(lang).education[s.education]}, Canadian or with an ECA): ${fswEducationPoints(s.education, true)} points (of ${g.education}).`, `Études (${crsMessages(lang).education[s.education]}, canadiennes ou avec EDE) : ${fswEducationPoints(s.education, true)} points (sur ${g.education}).`);
      const rows = EDUCATION_LEVELS.filter((e) => e !== "none").map((e) => `${crsMessages(lang).educationShort[e]}: ${FSW_GRID.education.points[e]}`).join(" · ");
      return inLang(lang, `Education (of ${g.education}, Canadian or with an ECA): ${rows}.`, `Études (sur ${g.education}, canadiennes ou avec EDE) : ${rows}.`);
    }
    case "language": {
      const lv = levels(s);
      const table = FSW_GRID.language.firstPerAbility.map((r) => `CLB ${r.minClb === 9 ? "9+" : r.minClb}: ${r.points}`).join(" · ");
      if (!lv) return inLang(lang, `First official language, per ability (of 24): ${table}; below CLB 7 in any ability is not eligible for FSW. A second language adds ${FSW_GRID.language.second.points} with CLB ${FSW_GRID.language.second.minClbAllFour}+ in all four (language at most ${g.language}).`, `Première langue officielle, par compétence (sur 24) : ${table}; sous NCLC 7 dans une compétence, pas d’admissibilité au PTQF. Une seconde langue ajoute ${FSW_GRID.language.second.points} avec NCLC ${FSW_GRID.language.second.minClbAllFour}+ partout (langue au plus ${g.language}).`);
      const vals = ABILITIES.filter((a) => lv[a] !== undefined).map((a) => lv[a]!);
      const total = vals.reduce((sum, l) => sum + fswAbilityPoints(l), 0);
      const below = vals.some((l) => l < FSW_MINIMUMS.language.clbEachAbility);
      return inLang(lang, `First language (${vals.length === 4 && new Set(vals).size === 1 ? `CLB ${vals[0]} in each ability` : vals.map((l) => `CLB ${l}`).join(", ")}): ${total} points (of 24; ${table} per ability)${below ? ` — but FSW needs CLB ${FSW_MINIMUMS.language.clbEachAbility} in every ability` : ""}.`,
        `Première langue (${vals.length === 4 && new Set(vals).size === 1 ? `NCLC ${vals[0]} partout` : vals.map((l) => `NCLC ${l}`).join(", ")}) : ${total} points (sur 24; ${table} par compétence)${below ? ` — mais le PTQF exige NCLC ${FSW_MINIMUMS.language.clbEachAbility} dans chaque compétence` : ""}.`);
    }
    case "secondLanguage": {
      const lv = levels(s);
      const sl = FSW_GRID.language.second;
      if (lv && Object.keys(lv).length === 4) {
        const ok = Object.values(lv).every((l) => l! >= sl.minClbAllFour);
        return inLang(lang, `Second official language: ${ok ? sl.points : 0} points (${sl.points} only with CLB ${sl.minClbAllFour}+ in all four abilities).`, `Seconde langue officielle : ${ok ? sl.points : 0} points (${sl.points} seulement avec NCLC ${sl.minClbAllFour}+ dans les quatre compétences).`);
      }
      return inLang(lang, `Second official language: ${sl.points} points with CLB ${sl.minClbAllFour} or more in all four abilities, otherwise 0.`, `Seconde langue officielle : ${sl.points} points avec NCLC ${sl.minClbAllFour} ou plus dans les quatre compétences, sinon 0.`);
    }
    case "arrangedEmployment":
      if (/\b(no|pas d|sans|without|ni)\s+(?:\w+\s+)?(?:job offers?|offres? d emploi|arranged employment|emploi reserve)\b/.test(text)) return inLang(lang, `Arranged employment: 0 without a valid job offer (${FSW_GRID.arrangedEmployment.points} with one).`, `Emploi réservé : 0 sans offre d’emploi valide (${FSW_GRID.arrangedEmployment.points} avec une offre).`);
      return inLang(lang, `Arranged employment: ${FSW_GRID.arrangedEmployment.points} points (of ${g.arrangedEmployment}) for a valid job offer — one employer, full-time (30+ hours a week), non-seasonal, at least 1 year, TEER 0–3, with an LMIA or an exemption — plus ${FSW_GRID.adaptability.points.arrangedEmployment} adaptability points. These grid points still exist although job offers earn no CRS points since 2025-03-25.`,
        `Emploi réservé : ${FSW_GRID.arrangedEmployment.points} points (sur ${g.arrangedEmployment}) pour une offre d’emploi valide — un employeur, temps plein (30 h ou plus par semaine), non saisonnier, au moins 1 an, FEER 0 à 3, avec EIMT ou dispense — plus ${FSW_GRID.adaptability.points.arrangedEmployment} points d’adaptabilité. Ces points de grille existent toujours, même si une offre ne donne plus de points SCG depuis le 2025-03-25.`);
    case "adaptability": {
      const p = FSW_GRID.adaptability.points;
      const found = adaptabilityElements(s, text);
      if (found.length) {
        const total = Math.min(FSW_GRID.adaptability.cap, found.reduce((sum, e) => sum + e.points, 0));
        return inLang(lang, `Adaptability: ${found.map((e) => `${e.en} ${e.points}`).join(" + ")} → ${total} points (at most ${FSW_GRID.adaptability.cap}).`, `Adaptabilité : ${found.map((e) => `${e.fr} ${e.points}`).join(" + ")} → ${total} points (au plus ${FSW_GRID.adaptability.cap}).`);
      }
      if (NOT_RELATIVE.test(text)) return inLang(lang, `Adaptability: a cousin or a friend does not count — only a parent, grandparent, child, grandchild, sibling, aunt or uncle, niece or nephew (18+, citizen or PR, living in Canada) earns ${p.relativeInCanada}.`, `Adaptabilité : un cousin ou un ami ne compte pas — seuls un parent, grand-parent, enfant, petit-enfant, frère ou soeur, oncle ou tante, neveu ou nièce (18 ans ou plus, citoyen ou RP, vivant au Canada) donnent ${p.relativeInCanada}.`);
      return inLang(lang, `Adaptability (at most ${FSW_GRID.adaptability.cap}): your past work in Canada (1 year full-time, TEER 0–3) ${p.ownWorkInCanada}; your past full-time study in Canada (2+ years) ${p.ownStudyInCanada}; a relative 18+ in Canada (citizen or PR: parent, grandparent, child, grandchild, sibling, aunt/uncle, niece/nephew) ${p.relativeInCanada}; arranged employment ${p.arrangedEmployment}; your spouse's CLB ${FSW_GRID.adaptability.spouseLanguageMinClb}+ in all four ${p.spouseLanguage}, past study in Canada ${p.spouseStudyInCanada}, past work in Canada ${p.spouseWorkInCanada}.`,
        `Adaptabilité (au plus ${FSW_GRID.adaptability.cap}) : votre travail passé au Canada (1 an à temps plein, FEER 0 à 3) ${p.ownWorkInCanada}; vos études à temps plein au Canada (2 ans ou plus) ${p.ownStudyInCanada}; un parent de 18 ans ou plus au Canada (citoyen ou RP : père ou mère, grand-parent, enfant, petit-enfant, frère ou soeur, oncle ou tante, neveu ou nièce) ${p.relativeInCanada}; emploi réservé ${p.arrangedEmployment}; le NCLC ${FSW_GRID.adaptability.spouseLanguageMinClb}+ partout de l’époux ${p.spouseLanguage}, ses études au Canada ${p.spouseStudyInCanada}, son travail au Canada ${p.spouseWorkInCanada}.`);
    }
  }
}

const GRID_NAMES: Record<GridFactor, { en: string; fr: string }> = {
  age: { en: "age", fr: "âge" }, experience: { en: "experience", fr: "expérience" }, education: { en: "education", fr: "études" }, language: { en: "language", fr: "langue" },
  secondLanguage: { en: "second language", fr: "seconde langue" }, arrangedEmployment: { en: "arranged employment", fr: "emploi réservé" }, adaptability: { en: "adaptability", fr: "adaptabilité" },
};

/** Each factor's points when the question gives at least three of age, education, language and experience. */
function gridPoints(s: Slots, text: string): Partial<Record<GridFactor, number>> | undefined {
  const out: Partial<Record<GridFactor, number>> = {};
  if (s.age !== undefined) out.age = fswAgePoints(s.age);
  if (s.education) out.education = fswEducationPoints(s.education, true);
  const lv = levels(s);
  if (lv && Object.keys(lv).length === 4 && !s.secondLanguage) out.language = ABILITIES.reduce((sum, a) => sum + fswAbilityPoints(lv[a]!), 0);
  const years = s.foreignWorkYears ?? s.canadianWorkYears ?? (s.workMonths !== undefined ? Math.floor(s.workMonths / 12) : undefined);
  if (years !== undefined) out.experience = fswExperiencePoints(years);
  if (Object.keys(out).length < 3) return undefined;
  const adapt = adaptabilityElements(s, text);
  out.arrangedEmployment = adapt.some((e) => e.en === "arranged employment") ? FSW_GRID.arrangedEmployment.points : 0;
  out.adaptability = Math.min(FSW_GRID.adaptability.cap, adapt.reduce((sum, e) => sum + e.points, 0));
  return out;
}

/** A total the person says they have on the grid ("I have 62 points", "j'ai 70 sur la grille"), not 67 or 100 themselves. */
function statedTotal(text: string, s: Slots): number | undefined {
  const m = /\b(?:i have|i got|i scored|scored|scoring|my score is|j ai|j obtiens|ma note est|total of|au total)\s+(?:only\s+|seulement\s+|about\s+)?(\d{1,3})\b|\b(\d{1,3})\s*(?:points?|pts)\s+(?:on|in|sur|dans)\s+(?:the|la|le)?\s*(?:fsw|ptqf|grid|grille|67|six|6)/.exec(text);
  const n = Number(m?.[1] ?? m?.[2]);
  if (!m || Number.isNaN(n) || n > 100 || n === s.age) return undefined;
  return n;
}

export function fswGridAnswer(s: Slots, text: string, lang: Lang): Reply {
  const lines: string[] = [];
  const total = statedTotal(text, s);
  const pass = FSW_MINIMUMS.passMark.points;
  if (total !== undefined) lines.push(total >= pass
    ? inLang(lang, `${total} points: that passes (the pass mark is ${pass} of 100), if you also meet every FSW minimum.`, `${total} points : c’est suffisant (la note de passage est ${pass} sur 100), si vous respectez aussi chaque exigence minimale du PTQF.`)
    : inLang(lang, `${total} points: not enough — FSW needs at least ${pass} of 100. You would need ${pass - total} more: better language results, more experience, an ECA'd credential, a valid job offer or adaptability points can add them.`, `${total} points : pas assez — le PTQF exige au moins ${pass} sur 100. Il vous manque ${pass - total} points : de meilleurs résultats de langue, plus d’expérience, un diplôme évalué, une offre d’emploi valide ou des points d’adaptabilité peuvent les apporter.`));
  const factors = gridFactorsIn(text, s);
  for (const f of factors) lines.push(factorLine(f, s, text, lang));
  // Enough of a profile (three of age, education, language, experience): the total, each missing factor counted as 0.
  const points = gridPoints(s, text);
  if (points && total === undefined) {
    const sum = Object.values(points).reduce((a, b) => a + b, 0);
    const parts = Object.entries(points).map(([k, v]) => `${inLang(lang, GRID_NAMES[k as GridFactor].en, GRID_NAMES[k as GridFactor].fr)} ${v}`).join(" + ");
    lines.unshift(sum >= pass
      ? inLang(lang, `Total from what you gave: ${parts} = ${sum} points — that passes the ${pass}-point mark (factors not given count as 0).`, `Total selon ce que vous indiquez : ${parts} = ${sum} points — c’est au-dessus de la barre des ${pass} (les facteurs non indiqués comptent 0).`)
      : inLang(lang, `Total from what you gave: ${parts} = ${sum} points — below the ${pass}-point mark (factors not given count as 0).`, `Total selon ce que vous indiquez : ${parts} = ${sum} points — sous la barre des ${pass} (les facteurs non indiqués comptent 0).`));
  }
  lines.push(inLang(lang,
    `The FSW selection grid: you need at least ${pass} points out of ${FSW_MINIMUMS.passMark.outOf} — language ${g.language}, education ${g.education}, experience ${g.experience}, age ${g.age}, arranged employment ${g.arrangedEmployment}, adaptability ${g.adaptability}. It is a pass mark for FSW eligibility, separate from the CRS score (out of 1,200) that ranks you in the pool.`,
    `La grille de sélection du PTQF : il faut au moins ${pass} points sur ${FSW_MINIMUMS.passMark.outOf} — langue ${g.language}, études ${g.education}, expérience ${g.experience}, âge ${g.age}, emploi réservé ${g.arrangedEmployment}, adaptabilité ${g.adaptability}. C’est une note de passage pour l’admissibilité au PTQF, distincte de la note SCG (sur 1 200) qui vous classe dans le bassin.`));
  const asOf = inLang(lang, `as of ${formatDate(FSW_MINIMUMS.passMark.asOf, lang)}`, `en date du ${formatDate(FSW_MINIMUMS.passMark.asOf, lang)}`);
  return { title: inLang(lang, "FSW selection grid (67 points)", "Grille de sélection du PTQF (67 points)"), lines, links: [officialLink("fsw", lang)], footer: inLang(lang, `Grid ${asOf}`, `Grille ${asOf}`) };
}
