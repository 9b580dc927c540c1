import { crsMessages } from "../../content/crs-messages.ts";
import { WIZARD_WORDS } from "../../content/wizard-words.ts";
import type { Lang } from "../reply.ts";
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

const yesNo = (lang: Lang): Choice[] => [{ label: WIZARD_WORDS[lang].yes, value: "yes" }, { label: WIZARD_WORDS[lang].no, value: "no" }];
const years = (max: number, lang: Lang): Choice[] =>
  Array.from({ length: max + 1 }, (_, i) => ({ label: i === max ? `${i}+` : i === 0 ? WIZARD_WORDS[lang].noneYears : String(i), value: String(i) }));

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
  const w = WIZARD_WORDS[lang];
  return w.scores(example[test] ?? "", test === "tef_canada" ? w.tefScale : "");
}

export function startWizard(): WizardState {
  return { step: "age", history: [], answers: {} };
}

export function prompt(state: WizardState, lang: Lang): WizardPrompt {
  const a = state.answers;
  const base = { step: state.step, position: state.history.length + 1, total: Math.max(TOTAL_ESTIMATE(a), state.history.length + 1) };
  const q = (text: string, choices?: Choice[]): WizardPrompt => ({ ...base, text, ...(choices ? { choices } : {}) });
  const w = WIZARD_WORDS[lang];
  switch (state.step) {
    case "age": return q(w.age);
    case "marital": return q(w.marital, [
      { label: w.single, value: "single" }, { label: w.married, value: "married" }, { label: w.commonLaw, value: "common_law" },
    ]);
    case "spouseAccompanying": return q(w.spouseAccompanying, yesNo(lang));
    case "spouseCanadian": return q(w.spouseCanadian, yesNo(lang));
    case "education": return q(w.education, educationChoices(lang));
    case "firstTest": return q(w.firstTest, testChoices(lang));
    case "firstScores": return q(scoresHelp(a.firstTest ?? "ielts", lang));
    case "secondTest": {
      const other = languageOf(languageResult(a.firstTest ?? "ielts", { listening: 0, reading: 0, writing: 0, speaking: 0 })) === "en" ? "fr" : "en";
      return q(w.secondTest(other), [
        { label: w.noneTest, value: "none" }, ...testChoices(lang, other),
      ]);
    }
    case "secondScores": return q(scoresHelp(a.secondTest ?? "tef_canada", lang));
    case "canadianWork": return q(w.canadianWork, years(5, lang));
    case "foreignWork": return q(w.foreignWork, years(3, lang));
    case "certificate": return q(w.certificate, yesNo(lang));
    case "spouseEducation": return q(w.spouseEducation, educationChoices(lang));
    case "spouseTest": return q(w.spouseTest, [{ label: w.noneTest, value: "none" }, ...testChoices(lang)]);
    case "spouseScores": return q(scoresHelp(a.spouseTest ?? "ielts", lang));
    case "spouseWork": return q(w.spouseWork, years(5, lang));
    case "nomination": return q(w.nomination, yesNo(lang));
    case "canadianStudy": {
      const three = EDUCATION_LEVELS.indexOf(a.education ?? "none") >= EDUCATION_LEVELS.indexOf("bachelors");
      return q(w.canadianStudy, [
        { label: w.studyNo, value: "none" },
        { label: w.studyOneOrTwo, value: "one_or_two_year" },
        ...(three ? [{ label: w.studyThreePlus, value: "three_year_plus" }] : []),
      ]);
    }
    case "sibling": return q(w.sibling, yesNo(lang));
  }
}

function parseScores(input: string, test: string, lang: Lang): LanguageResult["scores"] | string {
  const parts = input.replace(/,(?=\d)/g, ".").trim().split(/[\s;/|]+/).filter(Boolean);
  if (parts.length !== 4 || parts.some((p) => !/^\d+(\.\d+)?$/.test(p)))
    return WIZARD_WORDS[lang].fourNumbers(scoresHelp(test, lang));
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
      return { error: WIZARD_WORDS[lang].chooseOne(current.choices.map((c) => c.label).join(", ")) };
    parsed = value === "yes" ? true : value === "no" ? false : /^\d+$/.test(value) ? Number(value) : value;
  } else if (step === "age") {
    if (!/^\d{1,3}$/.test(value) || Number(value) < 17 || Number(value) > 99)
      return { error: WIZARD_WORDS[lang].ageRange };
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
