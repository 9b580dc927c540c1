import { checkEligibility } from "../../../src/core/eligibility/check.ts";
import { validateEligibilityProfile } from "../../../src/core/eligibility/profile.ts";
import type { EligibilityResult } from "../../../src/core/eligibility/result.ts";
import { toJson } from "../../../src/core/eligibility/wording.ts";
import { clb } from "../../helpers/profiles.ts";

/** Eligibility profiles for tests: a strong single candidate with nothing else, plus overrides. */

export const AS_OF = "2026-11-01";

export type Input = Record<string, unknown>;

export const job = (noc: string, from: string, to: string | null, hoursPerWeek = 30, more: Input = {}): Input => ({
  noc, country: "canada", from, to, hoursPerWeek, authorized: true, ...more,
});
export const foreignJob = (noc: string, from: string, to: string | null, hoursPerWeek = 30, more: Input = {}): Input => ({
  noc, country: "foreign", from, to, hoursPerWeek, ...more,
});

export function base(overrides: Input = {}): Input {
  return {
    age: 29, maritalStatus: "single", education: "masters", educationCredentialAssessed: true, firstLanguage: clb(9),
    asOf: AS_OF, settlementFundsCAD: 20_000, work: [], ...overrides,
  };
}

export function check(input: Input): EligibilityResult {
  const parsed = validateEligibilityProfile(input, AS_OF);
  if (!parsed.ok) throw new Error(`invalid test profile: ${JSON.stringify(parsed.errors)}`);
  return checkEligibility(parsed.profile);
}

export const json = (input: Input) => toJson(check(input));

export const category = (r: EligibilityResult, key: string) => r.categories.find((c) => c.key === key)!;
