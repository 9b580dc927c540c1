import { crsMessages } from "../../content/crs-messages.ts";
import { inLang, type Lang } from "../reply.ts";
import { languageOf, type LanguageResult } from "./language.ts";
import { validateLanguageResult, type CrsProfile } from "./profile.ts";
import { languageResult, profileFromAnswers, type ProfileAnswers } from "./profile-answers.ts";
import { EDUCATION_LEVELS, type Education } from "./rules.ts";
import { TEST_OPTIONS } from "./test-options.ts";

/**
 * The step-by-step CRS questionnaire, platform-neutral: each step has a question, either choices
 * (buttons) or a typed answer checked on the spot, and Back. The chat bots only render prompts and
 * pass answers in; the state is plain JSON they keep in the store.
 */

export type StepId =
  | "age" | "marital" | "spouseAccompanying" | "spouseCanadian" | "education" | "firstTest" | "firstScores"
  | "secondTest" | "secondScores" | "canadianWork" | "foreignWork" | "certificate" | "spouseEducation"
  | "spouseTest" | "spouseScores" | "spouseWork" | "nomination" | "canadianStudy" | "sibling";

export interface WizardState {
  step: StepId;
  history: StepId[];
  answers: Partial<Answers>;
}

interface Answers {
  age: number;
  marital: "single" | "married" | "common_law";
  spouseAccompanying: boolean;
  spouseCanadian: boolean;
  education: Education;
  firstTest: string;
  firstScores: LanguageResult["scores"];
  secondTest: string;
  secondScores: LanguageResult["scores"];
  canadianWork: number;
  foreignWork: number;
  certificate: boolean;
  spouseEducation: Education;
  spouseTest: string;
  spouseScores: LanguageResult["scores"];
  spouseWork: number;
  nomination: boolean;
  canadianStudy: CrsProfile["canadianStudy"];
  sibling: boolean;
}

export interface Choice {
  label: string;
  value: string;
}

export interface WizardPrompt {
  step: StepId;
  text: string;
  /** Buttons; absent when the answer is typed. */
  choices?: Choice[];
  /** "3 of 15"-style progress (an estimate: later answers can skip steps). */
  position: number;
  total: number;
}

export type WizardResult = { state: WizardState; done: false } | { state: WizardState; done: true; profile: CrsProfile } | { error: string };

const t = inLang;
const yesNo = (lang: Lang): Choice[] => [{ label: t(lang, "Yes", "Oui"), value: "yes" }, { label: t(lang, "No", "Non"), value: "no" }];
const years = (max: number, lang: Lang): Choice[] =>
  Array.from({ length: max + 1 }, (_, i) => ({ label: i === max ? `${i}+` : i === 0 ? t(lang, "None", "Aucune") : String(i), value: String(i) }));

const educationChoices = (lang: Lang): Choice[] => EDUCATION_LEVELS.map((e) => ({ label: crsMessages(lang).educationShort[e], value: e }));

/** Test choices: "ielts", …, and "clb:en" / "clb:fr" for levels given directly. */
const testChoices = (lang: Lang, only?: "en" | "fr"): Choice[] =>
  TEST_OPTIONS.filter((x) => !only || x.lang === only).map((x) => ({ label: x.button ?? x.label[lang], value: x.value }));

const partnered = (a: Partial<Answers>) => a.marital === "married" || a.marital === "common_law";
const withSpouse = (a: Partial<Answers>) => partnered(a) && a.spouseAccompanying === true && a.spouseCanadian !== true;

/** The step after `step`, given the answers so far; undefined when the questionnaire is complete. */
function nextStep(step: StepId, a: Partial<Answers>): StepId | undefined {
  const order: StepId[] = [
    "age", "marital", "spouseAccompanying", "spouseCanadian", "education", "firstTest", "firstScores", "secondTest", "secondScores",
    "canadianWork", "foreignWork", "certificate", "spouseEducation", "spouseTest", "spouseScores", "spouseWork", "nomination", "canadianStudy", "sibling",
  ];
  const applies = (s: StepId): boolean => {
    switch (s) {
      case "spouseAccompanying": return partnered(a);
      case "spouseCanadian": return partnered(a) && a.spouseAccompanying === true;
      case "secondScores": return !!a.secondTest && a.secondTest !== "none";
      case "spouseEducation": case "spouseTest": case "spouseWork": return withSpouse(a);
      case "spouseScores": return withSpouse(a) && !!a.spouseTest && a.spouseTest !== "none";
      case "canadianStudy": return EDUCATION_LEVELS.indexOf(a.education ?? "none") >= EDUCATION_LEVELS.indexOf("one_year");
      default: return true;
    }
  };
  for (let i = order.indexOf(step) + 1; i < order.length; i++) if (applies(order[i]!)) return order[i];
  return undefined;
}

const TOTAL_ESTIMATE = (a: Partial<Answers>) => 13 + (partnered(a) ? 2 : 0) + (withSpouse(a) ? 4 : 0);

function scoresHelp(test: string, lang: Lang): string {
  const example: Record<string, string> = { ielts: "7 7.5 6.5 7", celpip: "9 8 9 10", pte_core: "65 70 72 68", tef_canada: "450 480 430 460", tcf_canada: "500 510 12 11", "clb:en": "9 9 8 9", "clb:fr": "7 8 7 7" };
  const tef = test === "tef_canada" ? t(lang, " (TEF Canada's scale since 2023-12-10)", " (échelle du TEF Canada depuis le 10 décembre 2023)") : "";
  return t(lang, `Type the four scores in this order: listening, reading, writing, speaking — e.g. “${example[test]}”${tef}.`, `Tapez les quatre notes dans cet ordre : compréhension de l’oral, de l’écrit, expression écrite, orale — p. ex. « ${example[test]} »${tef}.`);
}

export function startWizard(): WizardState {
  return { step: "age", history: [], answers: {} };
}

export function prompt(state: WizardState, lang: Lang): WizardPrompt {
  const a = state.answers;
  const base = { step: state.step, position: state.history.length + 1, total: Math.max(TOTAL_ESTIMATE(a), state.history.length + 1) };
  const q = (text: string, choices?: Choice[]): WizardPrompt => ({ ...base, text, ...(choices ? { choices } : {}) });
  switch (state.step) {
    case "age": return q(t(lang, "How old are you? Type your age in years.", "Quel âge avez-vous ? Tapez votre âge en années."));
    case "marital": return q(t(lang, "Your marital status?", "Votre état matrimonial ?"), [
      { label: t(lang, "Single", "Célibataire"), value: "single" }, { label: t(lang, "Married", "Marié(e)"), value: "married" }, { label: t(lang, "Common-law", "Union de fait"), value: "common_law" },
    ]);
    case "spouseAccompanying": return q(t(lang, "Is your spouse or partner coming with you to Canada?", "Votre époux ou conjoint vous accompagnera-t-il au Canada ?"), yesNo(lang));
    case "spouseCanadian": return q(t(lang, "Is your spouse or partner a Canadian citizen or permanent resident?", "Votre époux ou conjoint est-il citoyen canadien ou résident permanent ?"), yesNo(lang));
    case "education": return q(t(lang, "Your highest level of education (with an ECA if it is from outside Canada)?", "Votre plus haut niveau d’études (avec une EDE s’il est étranger) ?"), educationChoices(lang));
    case "firstTest": return q(t(lang, "Your first official language test?", "Votre test de première langue officielle ?"), testChoices(lang));
    case "firstScores": return q(scoresHelp(a.firstTest ?? "ielts", lang));
    case "secondTest": {
      const other = languageOf(languageResult(a.firstTest ?? "ielts", { listening: 0, reading: 0, writing: 0, speaking: 0 })) === "en" ? "fr" : "en";
      return q(t(lang, `A test in your second official language (${other === "fr" ? "French" : "English"})?`, `Un test dans votre seconde langue officielle (${other === "fr" ? "français" : "anglais"}) ?`), [
        { label: t(lang, "None", "Aucun"), value: "none" }, ...testChoices(lang, other),
      ]);
    }
    case "secondScores": return q(scoresHelp(a.secondTest ?? "tef_canada", lang));
    case "canadianWork": return q(t(lang, "Years of skilled work in Canada (TEER 0–3, last 10 years)?", "Années de travail qualifié au Canada (FEER 0 à 3, 10 dernières années) ?"), years(5, lang));
    case "foreignWork": return q(t(lang, "Years of skilled work outside Canada (last 10 years)?", "Années de travail qualifié hors du Canada (10 dernières années) ?"), years(3, lang));
    case "certificate": return q(t(lang, "Do you have a provincial or territorial certificate of qualification in a trade?", "Avez-vous un certificat de compétence provincial ou territorial dans un métier ?"), yesNo(lang));
    case "spouseEducation": return q(t(lang, "Your spouse's or partner's highest education?", "Le plus haut niveau d’études de votre époux ou conjoint ?"), educationChoices(lang));
    case "spouseTest": return q(t(lang, "Your spouse's or partner's language test?", "Le test de langue de votre époux ou conjoint ?"), [{ label: t(lang, "None", "Aucun"), value: "none" }, ...testChoices(lang)]);
    case "spouseScores": return q(scoresHelp(a.spouseTest ?? "ielts", lang));
    case "spouseWork": return q(t(lang, "Your spouse's or partner's years of skilled work in Canada?", "Années de travail qualifié au Canada de votre époux ou conjoint ?"), years(5, lang));
    case "nomination": return q(t(lang, "Do you have a provincial or territorial nomination?", "Avez-vous une nomination provinciale ou territoriale ?"), yesNo(lang));
    case "canadianStudy": {
      const three = EDUCATION_LEVELS.indexOf(a.education ?? "none") >= EDUCATION_LEVELS.indexOf("bachelors");
      return q(t(lang, "Did you earn a post-secondary credential in Canada?", "Avez-vous obtenu un diplôme postsecondaire au Canada ?"), [
        { label: t(lang, "No", "Non"), value: "none" },
        { label: t(lang, "1 or 2 years", "1 ou 2 ans"), value: "one_or_two_year" },
        ...(three ? [{ label: t(lang, "3 years or more", "3 ans ou plus"), value: "three_year_plus" }] : []),
      ]);
    }
    case "sibling": return q(t(lang, "Do you (or your spouse) have a brother or sister in Canada who is a citizen or PR, 18 or older?", "Vous (ou votre époux) avez-vous un frère ou une sœur au Canada, citoyen ou RP, de 18 ans ou plus ?"), yesNo(lang));
  }
}

function parseScores(input: string, test: string, lang: Lang): LanguageResult["scores"] | string {
  const parts = input.replace(/,(?=\d)/g, ".").trim().split(/[\s;/|]+/).filter(Boolean);
  if (parts.length !== 4 || parts.some((p) => !/^\d+(\.\d+)?$/.test(p)))
    return t(lang, `Please type exactly four numbers. ${scoresHelp(test, "en")}`, `Tapez exactement quatre nombres. ${scoresHelp(test, "fr")}`);
  const [listening, reading, writing, speaking] = parts.map(Number) as [number, number, number, number];
  const scores = { listening, reading, writing, speaking };
  const errors = validateLanguageResult(languageResult(test, scores));
  if (errors.length) return errors.map((e) => `${e.field.replace(/^scores\./, "")}: ${e.message}`).join("\n");
  return scores;
}

/** Applies an answer (a choice's value or typed text) to the current step. */
export function answer(state: WizardState, input: string, lang: Lang): WizardResult {
  const step = state.step;
  const current = prompt(state, lang);
  const value = input.trim();
  let parsed: unknown;
  if (current.choices) {
    if (!current.choices.some((c) => c.value === value))
      return { error: t(lang, `Please choose one of: ${current.choices.map((c) => c.label).join(", ")}.`, `Choisissez parmi : ${current.choices.map((c) => c.label).join(", ")}.`) };
    parsed = value === "yes" ? true : value === "no" ? false : /^\d+$/.test(value) ? Number(value) : value;
  } else if (step === "age") {
    if (!/^\d{1,3}$/.test(value) || Number(value) < 17 || Number(value) > 99)
      return { error: t(lang, "Please type your age as a whole number from 17 to 99.", "Tapez votre âge en nombre entier, de 17 à 99.") };
    parsed = Number(value);
  } else {
    const test = step === "firstScores" ? state.answers.firstTest : step === "secondScores" ? state.answers.secondTest : state.answers.spouseTest;
    const scores = parseScores(value, test ?? "ielts", lang);
    if (typeof scores === "string") return { error: scores };
    parsed = scores;
  }
  const answers = { ...state.answers, [step]: parsed } as Partial<Answers>;
  const next = nextStep(step, answers);
  const history = [...state.history, step];
  if (next) return { state: { step: next, history, answers }, done: false };
  const check = profileFromAnswers(toProfileAnswers({ history }, answers));
  if (!check.ok) return { error: check.errors.map((e) => `${e.field}: ${e.message}`).join("\n") };
  return { state: { step, history, answers }, done: true, profile: check.profile };
}

/** Goes back one step (the earlier answer is kept and can be changed). */
export function back(state: WizardState): WizardState {
  const previous = state.history[state.history.length - 1];
  if (!previous) return state;
  return { step: previous, history: state.history.slice(0, -1), answers: state.answers };
}

/** The answers of the steps on the current path (an answer left behind by going back does not count). */
function toProfileAnswers(state: { history: StepId[] }, a: Partial<Answers>): ProfileAnswers {
  const on = new Set(state.history);
  const v = <K extends keyof Answers>(k: K): Answers[K] | undefined => (on.has(k) ? a[k] : undefined);
  const lang = (test: string | undefined, scores: LanguageResult["scores"] | undefined) => (test && test !== "none" && scores ? languageResult(test, scores) : null);
  return {
    age: v("age"),
    marital: v("marital"),
    spouseComing: v("spouseAccompanying"),
    spouseCanadian: v("spouseCanadian"),
    education: v("education"),
    canadianStudy: v("canadianStudy"),
    firstLanguage: lang(v("firstTest"), v("firstScores")),
    secondLanguage: lang(v("secondTest"), v("secondScores")),
    canadianWork: v("canadianWork"),
    foreignWork: v("foreignWork"),
    certificate: v("certificate"),
    spouseEducation: v("spouseEducation"),
    spouseLanguage: lang(v("spouseTest"), v("spouseScores")),
    spouseWork: v("spouseWork"),
    nomination: v("nomination"),
    sibling: v("sibling"),
  };
}
