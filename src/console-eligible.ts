import type { Core } from "./core/app.ts";
import { eligibilityWizardMessages } from "./content/eligibility/wizard-messages.ts";
import { eligibleReply } from "./core/commands/eligible.ts";
import { calculate } from "./core/crs/calculate.ts";
import type { CrsProfile } from "./core/crs/profile.ts";
import { checkEligibility } from "./core/eligibility/check.ts";
import { eligibilityAnswer, eligibilityBack, eligibilityPrompt, startEligibility, type EligibilityWizardState } from "./core/eligibility/wizard.ts";
import { isoDate } from "./core/ports.ts";
import { replyToText } from "./core/reply.ts";

/** The console's /eligible: the questionnaire as text, choices numbered; "back" and "cancel" work at every step. */

function promptText(state: EligibilityWizardState, intro?: string): string {
  const p = eligibilityPrompt(state, "en");
  const choices = p.choices?.map((c, i) => `  ${i + 1}. ${c.label}`).join("\n");
  return [intro ?? "", eligibilityWizardMessages("en").header(p.position), p.text, choices ?? "", `(type ${p.choices ? "a number or your answer" : "your answer"}, "back" or "cancel")`].filter(Boolean).join("\n");
}

export function startEligibleConsole(base: CrsProfile | undefined): { state: EligibilityWizardState; output: string } {
  const m = eligibilityWizardMessages("en");
  const state = startEligibility(base ?? null);
  return { state, output: promptText(state, base ? m.reuse(calculate(base).total) : m.noProfile) };
}

/** One typed line: the next state (none when finished or cancelled), what to print, and the CRS profile used. */
export function eligibleConsoleLine(core: Core, state: EligibilityWizardState, line: string): { state?: EligibilityWizardState; output: string; base?: CrsProfile } {
  const text = line.trim();
  if (/^cancel$/i.test(text)) return { output: "Cancelled." };
  if (/^back$/i.test(text)) {
    const previous = eligibilityBack(state);
    return { state: previous, output: promptText(previous) };
  }
  const choices = eligibilityPrompt(state, "en").choices;
  const picked = choices?.find((c) => c.value === text)?.value ?? (choices && /^\d$/.test(text) && state.step !== "family" && state.step !== "hours" ? choices[Number(text) - 1]?.value : undefined);
  const result = eligibilityAnswer(state, picked ?? text, "en", isoDate(core.clock));
  if ("error" in result) return { state, output: promptText(state, `! ${result.error}`) };
  if (!result.done) return { state: result.state, output: promptText(result.state) };
  const base = result.state.base!;
  const reply = eligibleReply(checkEligibility(result.profile), { lang: "en", rounds: core.store.all(), lastCrs: calculate(base).total });
  return { output: replyToText(reply), base };
}
