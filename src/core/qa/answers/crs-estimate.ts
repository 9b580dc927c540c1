import { calculate } from "../../crs/calculate.ts";
import type { CrsProfile } from "../../crs/profile.ts";
import { ABILITIES } from "../../crs/language.ts";
import { CURRENT_RULES } from "../../crs/rules.ts";
import { officialLink } from "../../links.ts";
import { inLang, type Lang, type Reply } from "../../reply.ts";
import type { Slots } from "../understand/slots.ts";
import { levelsOfScores } from "./language-levels.ts";

/**
 * "I'm 30, master's, IELTS 8 in all, 2 years Canadian experience: what's my CRS?" — the calculator's own total from
 * what the message gives, with every assumption said (single, no second language, nothing else). Undefined when the
 * message lacks the age, the education or the language results.
 */
export function crsEstimate(s: Slots, lang: Lang): { reply: Reply; assumedSpouse: boolean } | undefined {
  if (s.age === undefined || !s.education || (!s.test && s.clb === undefined) || s.spouse) return undefined;
  const levels = s.test ? levelsOfScores(s.test).levels : Object.fromEntries(ABILITIES.map((a) => [a, s.clb!]));
  if (ABILITIES.some((a) => levels[a] === undefined)) return undefined;
  const profile: CrsProfile = {
    age: s.age,
    maritalStatus: "single",
    spouseAccompanying: null,
    spouseCanadianOrPR: null,
    education: s.education,
    canadianStudy: "none",
    firstLanguage: { test: "clb", language: s.test?.test === "tef_canada" || s.test?.test === "tcf_canada" ? "fr" : "en", scores: { listening: levels.listening!, reading: levels.reading!, writing: levels.writing!, speaking: levels.speaking! } },
    secondLanguage: null,
    canadianWorkYears: Math.min(5, s.canadianWorkYears ?? 0),
    foreignWorkYears: Math.min(3, s.foreignWorkYears ?? 0),
    certificateOfQualification: false,
    spouse: null,
    provincialNomination: false,
    siblingInCanada: false,
    jobOffer: "none",
  };
  const r = calculate(profile);
  const b = r.breakdown;
  const assumed = [
    s.married === undefined ? inLang(lang, "single (or a spouse not coming)", "célibataire (ou époux qui ne vient pas)") : "",
    inLang(lang, "no second official language, Canadian study, sibling or nomination", "pas de seconde langue officielle, d’études au Canada, de frère ou soeur ni de nomination"),
    s.foreignWorkYears === undefined ? inLang(lang, "no foreign work", "pas de travail à l’étranger") : "",
    s.canadianWorkYears === undefined ? inLang(lang, "no Canadian work", "pas de travail au Canada") : "",
  ].filter(Boolean);
  const lines = [
    inLang(lang, `Estimated CRS: ${r.total} — core ${b.core.total} (age ${b.core.age}, education ${b.core.education}, language ${b.core.firstLanguage}, Canadian work ${b.core.canadianWork}), skill transferability ${b.transferability.total}.`,
      `SCG estimé : ${r.total} — base ${b.core.total} (âge ${b.core.age}, études ${b.core.education}, langue ${b.core.firstLanguage}, travail au Canada ${b.core.canadianWork}), transférabilité ${b.transferability.total}.`),
    inLang(lang, `Assumed: ${assumed.join("; ")}. For the exact score, answer every question of /crs.`, `Hypothèses : ${assumed.join("; ")}. Pour la note exacte, répondez à toutes les questions de /crs.`),
  ];
  if (s.married) lines.unshift(inLang(lang, "Your spouse's details were not given, so this is scored as single: with an accompanying spouse, your own points are lower and the spouse's add up to 40.", "Les renseignements de l’époux manquent : calcul comme célibataire. Avec un époux qui vous accompagne, vos points sont plus bas et ceux de l’époux ajoutent jusqu’à 40."));
  return {
    reply: { title: inLang(lang, "CRS estimate", "Estimation du SCG"), lines, links: [officialLink("crsCriteria", lang), officialLink("crsTool", lang)], footer: inLang(lang, `CRS rules in force since ${CURRENT_RULES.effective}.`, `Règles du SCG en vigueur depuis le ${CURRENT_RULES.effective}.`) },
    assumedSpouse: s.married === true,
  };
}
