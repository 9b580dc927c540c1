import { eligibilityWizardMessages as words } from "../../content/eligibility/wizard-messages.ts";
import type { CrsProfile } from "../crs/profile.ts";
import * as crs from "../crs/wizard.ts";
import type { Lang } from "../reply.ts";
import { defaultNocSearch } from "./noc-search.ts";
import { validateEligibilityProfile, type EligibilityProfile, type Job } from "./profile.ts";
import { nextSteps, parseDate, toInput, type Answers, type Step } from "./wizard-steps.ts";

/**
 * The /eligible questionnaire, platform-neutral like the /crs one: it starts from the profile of
 * the last /crs (or asks those questions first), then asks each job, the job offer, funds and
 * family. The state is plain JSON the bots keep in the store; Back returns to the previous question.
 */

export interface EligibilityWizardState {
  step: Step;
  /** The CRS questionnaire, while the CRS part is being asked. */
  crs?: crs.WizardState;
  base?: CrsProfile;
  answers: Answers;
  /** Earlier states, for Back. */
  history: Array<Omit<EligibilityWizardState, "history">>;
}

export interface EligibilityPrompt {
  text: string;
  choices?: crs.Choice[];
  position: number;
}

export type EligibilityStepResult =
  | { state: EligibilityWizardState; done: false }
  | { state: EligibilityWizardState; done: true; profile: EligibilityProfile }
  | { error: string };

export function startEligibility(base: CrsProfile | null): EligibilityWizardState {
  if (!base) return { step: "crs", crs: crs.startWizard(), answers: { jobs: [] }, history: [] };
  return { step: nextSteps("crs", base, { jobs: [] })!, base, answers: { jobs: [] }, history: [] };
}

const yesNo = (lang: Lang): crs.Choice[] => [{ label: words(lang).yes, value: "yes" }, { label: words(lang).no, value: "no" }];
const nocLabel = (code: string, lang: Lang) => {
  const found = defaultNocSearch().find(code);
  return found.kind === "code" ? `${code} ${found.unit.title[lang]}` : code;
};

export function eligibilityPrompt(state: EligibilityWizardState, lang: Lang): EligibilityPrompt {
  const m = words(lang);
  const position = state.history.length + 1 + (state.crs?.history.length ?? 0);
  const q = (text: string, choices?: crs.Choice[]): EligibilityPrompt => ({ text, position, ...(choices ? { choices } : {}) });
  const a = state.answers;
  switch (state.step) {
    case "crs": {
      const p = crs.prompt(state.crs!, lang);
      return { text: p.text, position, ...(p.choices ? { choices: p.choices } : {}) };
    }
    case "eduOrigin": return q(m.eduOrigin, [{ label: m.eduCanada, value: "canada" }, { label: m.eduEca, value: "eca" }, { label: m.eduNoEca, value: "none" }]);
    case "noc": return q(m.noc(a.jobs.length), a.jobs.length ? undefined : [{ label: m.noWork, value: "none" }]);
    case "nocPick": return q(m.nocPick, (a.nocChoices ?? []).map((code) => ({ label: nocLabel(code, lang), value: code })));
    case "country": return q(m.country(nocLabel(a.draft?.noc ?? "", lang)), [{ label: m.inCanada, value: "canada" }, { label: m.abroad, value: "foreign" }]);
    case "authorized": return q(m.authorized, yesNo(lang));
    case "from": return q(m.from);
    case "to": return q(m.to, [{ label: m.stillThere, value: "now" }]);
    case "hours": return q(m.hours, ["40", "30", "20"].map((h) => ({ label: h, value: h })));
    case "kind": return q(m.kind, [{ label: m.employee, value: "employee" }, { label: m.selfEmployed, value: "self" }, { label: m.student, value: "student" }]);
    case "more": return q(m.more(a.jobs.length), yesNo(lang));
    case "offer": return q(m.offer, yesNo(lang));
    case "offerNoc": return q(m.offerNoc);
    case "certNoc": return q(m.certNoc);
    case "authorizedNow": return q(m.authorizedNow, yesNo(lang));
    case "funds": return q(m.funds, [{ label: m.skip, value: "skip" }]);
    case "family": return q(m.family, ["1", "2", "3", "4", "5", "6"].map((n) => ({ label: n, value: n })));
    case "study2y": return q(m.study2y, yesNo(lang));
    case "relative": return q(m.relative, yesNo(lang));
    case "spouseStudy": return q(m.spouseStudy, yesNo(lang));
    case "spouseWork": return q(m.spouseWork, yesNo(lang));
  }
}

/** Reads a NOC typed as a code or a title: one code, a short list to pick from, or an error. */
function readNoc(text: string, lang: Lang): { code: string } | { choices: string[] } | { error: string } {
  const found = defaultNocSearch().find(text);
  if (found.kind === "code") return { code: found.unit.code };
  if (found.kind === "matches") return { choices: found.units.map((u) => u.code) };
  return { error: words(lang).nocNone(text.trim().slice(0, 60)) };
}

/** Applies an answer (a choice's value or typed text); `today` is the day of the check. */
export function eligibilityAnswer(state: EligibilityWizardState, input: string, lang: Lang, today: string): EligibilityStepResult {
  const m = words(lang);
  const value = input.trim();
  const { history: _history, ...snapshot } = state;
  const history = [...state.history, snapshot];
  if (state.step === "crs") {
    const r = crs.answer(state.crs!, value, lang);
    if ("error" in r) return r;
    if (!r.done) return { state: { ...state, crs: r.state }, done: false };
    return advance({ ...state, base: r.profile, crs: undefined, history }, "crs", today);
  }
  const p = eligibilityPrompt(state, lang);
  if (p.choices && !(state.step === "to" || state.step === "hours" || state.step === "family" || state.step === "funds" || state.step === "noc") && !p.choices.some((c) => c.value === value))
    return { error: m.choose(p.choices.map((c) => c.label).join(", ")) };
  const a: Answers = { ...state.answers, jobs: [...state.answers.jobs], draft: state.answers.draft ? { ...state.answers.draft } : undefined };
  const draft = (a.draft ??= {}) as Partial<Job>;
  const yes = value === "yes";
  switch (state.step) {
    case "eduOrigin": a.eduOrigin = value as Answers["eduOrigin"]; break;
    case "noc":
    case "nocPick":
    case "offerNoc":
    case "certNoc": {
      if (state.step === "noc" && value === "none") { a.draft = undefined; a.noWork = true; break; }
      const found = state.step === "nocPick" ? { code: value } : readNoc(value, lang);
      if ("error" in found) return found;
      if ("choices" in found) return { state: { ...state, step: "nocPick", answers: { ...a, nocChoices: found.choices, nocFor: state.step === "nocPick" ? a.nocFor : state.step }, history }, done: false };
      const target = state.step === "nocPick" ? a.nocFor ?? "noc" : state.step;
      if (target === "offerNoc") {
        if (Number(found.code[1]) > 3) return { error: m.offerTeer };
        a.offerNoc = found.code;
      } else if (target === "certNoc") a.certNoc = found.code;
      else draft.noc = found.code;
      a.nocChoices = undefined;
      return advance({ ...state, answers: a, history }, target, today);
    }
    case "country": draft.country = value as Job["country"]; break;
    case "authorized": draft.authorized = yes; break;
    case "from": {
      const from = parseDate(value, "start");
      if (!from) return { error: m.badDate };
      draft.from = from;
      break;
    }
    case "to": {
      const to = value === "now" ? null : parseDate(value, "end");
      if (to === undefined) return { error: m.badDate };
      if (to !== null && to < draft.from!) return { error: m.toBeforeFrom(draft.from!) };
      draft.to = to;
      break;
    }
    case "hours": {
      const h = Number(value.replace(",", "."));
      if (!Number.isFinite(h) || h <= 0 || h > 168) return { error: m.badHours };
      draft.hoursPerWeek = h;
      break;
    }
    case "kind": {
      draft.selfEmployed = value === "self";
      draft.whileFullTimeStudent = value === "student";
      a.jobs.push(draft as Job);
      a.draft = undefined;
      break;
    }
    case "more": a.moreJobs = yes; break;
    case "offer": a.offer = yes; break;
    case "authorizedNow": a.authorizedNow = yes; break;
    case "funds": {
      if (value === "skip") { a.funds = null; break; }
      const n = Number(value.replace(/[\s,$]|CAD/gi, ""));
      if (!Number.isFinite(n) || n < 0) return { error: m.badAmount };
      a.funds = n;
      break;
    }
    case "family": {
      if (!/^\d{1,2}$/.test(value) || Number(value) < 1) return { error: m.badFamily };
      a.family = Number(value);
      break;
    }
    case "study2y": a.study2y = yes; break;
    case "relative": a.relative = yes; break;
    case "spouseStudy": a.spouseStudy = yes; break;
    case "spouseWork": a.spouseWork = yes; break;
  }
  return advance({ ...state, answers: a, history }, state.step, today);
}

function advance(state: EligibilityWizardState, from: Step, today: string): EligibilityStepResult {
  const next = nextSteps(from, state.base!, state.answers);
  if (next) return { state: { ...state, step: next }, done: false };
  const check = validateEligibilityProfile(toInput(state.base!, state.answers, today), today);
  if (!check.ok) return { error: check.errors.map((e) => `${e.field}: ${e.message}`).join("\n") };
  return { state, done: true, profile: check.profile };
}

/** Back one question (inside the CRS part, the CRS questionnaire's own Back). */
export function eligibilityBack(state: EligibilityWizardState): EligibilityWizardState {
  if (state.step === "crs" && state.crs && state.crs.history.length) return { ...state, crs: crs.back(state.crs) };
  const previous = state.history[state.history.length - 1];
  return previous ? { ...previous, history: state.history.slice(0, -1) } : state;
}
