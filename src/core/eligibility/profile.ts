import { z } from "zod";
import { crsShape, fieldErrors, PROFILE_ERROR, refineCrs, SPOUSE_ERROR, spouseShape, type CrsProfile, type FieldError, type SpouseProfile } from "../crs/profile.ts";
import { parseIsoDate } from "../draws/date-text.ts";
import { nocCatalogue, type NocCatalogue } from "./noc-catalogue.ts";

/**
 * The eligibility profile (shared/domain/ELIGIBILITY-PROFILE.md): the CRS profile plus work
 * history, study, funds and family. Parsed once here; an invalid profile gets one message per
 * wrong field (`work.0.noc`, `work.2.to`, …) saying what it accepts.
 */

export interface Job {
  noc: string;
  country: "canada" | "foreign";
  from: string;
  /** Last day worked (inclusive); null = ongoing. */
  to: string | null;
  hoursPerWeek: number;
  selfEmployed: boolean;
  whileFullTimeStudent: boolean;
  /** Canadian work only: with a work permit or other authorization. */
  authorized: boolean;
}

export interface EligibilityProfile extends Omit<CrsProfile, "spouse"> {
  asOf: string;
  work: Job[];
  educationInCanada: boolean;
  educationCredentialAssessed: boolean;
  canadianStudyTwoYears: boolean;
  relativeInCanada: boolean;
  jobOfferNoc: string | null;
  certificateOfQualificationNoc: string | null;
  authorizedToWorkInCanada: boolean;
  settlementFundsCAD: number | null;
  familySize: number;
  spouse: (SpouseProfile & { canadianStudyTwoYears: boolean; canadianWorkOneYear: boolean }) | null;
}

const date = (what: string) =>
  z.string({ error: (i) => (i.input === undefined ? `is required: ${what} (YYYY-MM-DD)` : "must be a date written YYYY-MM-DD") })
    .refine((d) => /^\d{4}-\d{2}-\d{2}$/.test(d) && parseIsoDate(d) !== null, { error: "must be a real date written YYYY-MM-DD" });
const flag = (what: string) => z.boolean({ error: `must be true or false (${what})` });
const nocCode = (noc: NocCatalogue) =>
  z.string({ error: "must be a 5-digit NOC 2021 code as a string, e.g. \"21231\"" })
    .regex(/^\d{5}$/, { error: "must be a 5-digit NOC 2021 code as a string, e.g. \"21231\"" })
    .refine((c) => noc.get(c) !== undefined, { error: "is not a NOC 2021 unit group (look it up with ee-bot noc TITLE)" });

function jobSchema(noc: NocCatalogue) {
  return z
    .object(
      {
        noc: nocCode(noc),
        country: z.enum(["canada", "foreign"], { error: 'must be "canada" or "foreign"' }),
        from: date("the first day worked"),
        to: date("the last day worked").nullable().default(null),
        hoursPerWeek: z
          .number({ error: (i) => (i.input === undefined ? "is required: average paid hours a week" : "must be a number of hours a week") })
          .gt(0, { error: "must be more than 0 and at most 168 hours a week" })
          .max(168, { error: "must be more than 0 and at most 168 hours a week" }),
        selfEmployed: flag("self-employed").default(false),
        whileFullTimeStudent: flag("worked while a full-time student").default(false),
        authorized: flag("authorized to work in Canada").optional(),
      },
      { error: "must be a job: { noc, country, from, to, hoursPerWeek, selfEmployed, whileFullTimeStudent, authorized }" },
    )
    .strict()
    .superRefine((j, ctx) => {
      if (j.to !== null && j.to < j.from) ctx.addIssue({ code: "custom", path: ["to"], message: `must be on or after "from" (${j.from}), or null for a job you still hold` });
      if (j.country === "canada" && j.authorized === undefined)
        ctx.addIssue({ code: "custom", path: ["authorized"], message: "is required for work in Canada: true if you had a work permit or other authorization, else false" });
    });
}

function buildSchema(noc: NocCatalogue) {
  const spouse = z
    .object(
      {
        ...spouseShape,
        canadianStudyTwoYears: flag("the spouse studied full-time in Canada for 2+ academic years").default(false),
        canadianWorkOneYear: flag("the spouse did 1+ year of full-time authorized work in Canada").default(false),
      },
      { error: SPOUSE_ERROR },
    )
    .strict();
  return z
    .object(
      {
        ...crsShape,
        spouse: spouse.nullable().default(null),
        asOf: date("the day of the check").optional(),
        work: z.array(jobSchema(noc), { error: "must be a list of jobs" }).default([]),
        educationInCanada: flag("the credential was earned in Canada").default(false),
        educationCredentialAssessed: flag("a foreign credential has an ECA report").default(false),
        canadianStudyTwoYears: flag("2+ academic years of full-time study in Canada").default(false),
        relativeInCanada: flag("a relative 18+ in Canada who is a citizen or PR").optional(),
        jobOfferNoc: nocCode(noc).nullable().default(null),
        certificateOfQualificationNoc: nocCode(noc).nullable().default(null),
        authorizedToWorkInCanada: flag("authorized to work in Canada today").default(false),
        settlementFundsCAD: z.number({ error: "must be a number of Canadian dollars, or null" }).min(0, { error: "must be 0 or more (CAD)" }).nullable().default(null),
        familySize: z.number({ error: "must be a whole number, 1 or more" }).int({ error: "must be a whole number, 1 or more" }).min(1, { error: "must be 1 or more (you count)" }).optional(),
      },
      { error: PROFILE_ERROR },
    )
    .strict()
    .superRefine((p, ctx) => {
      refineCrs({ ...p, spouse: p.spouse }, ctx);
      const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
      if (p.jobOfferNoc !== null) {
        const teer = noc.teerOf(p.jobOfferNoc);
        if (p.jobOffer === "none") issue("jobOfferNoc", 'must be null when jobOffer is "none"');
        else if (teer !== undefined && teer > 3) issue("jobOfferNoc", `is a TEER ${teer} occupation: a qualifying job offer is TEER 0, 1, 2 or 3`);
        else if (p.jobOfferNoc.startsWith("00") && p.jobOffer !== "teer_major_group_00") issue("jobOfferNoc", 'is in Major Group 00: jobOffer must then be "teer_major_group_00"');
        else if (!p.jobOfferNoc.startsWith("00") && p.jobOffer !== "teer_0_1_2_3") issue("jobOfferNoc", 'is not in Major Group 00: jobOffer must then be "teer_0_1_2_3"');
      }
      if (p.certificateOfQualificationNoc !== null && !p.certificateOfQualification)
        issue("certificateOfQualificationNoc", "must be null when certificateOfQualification is false");
    });
}

const schemas = new WeakMap<NocCatalogue, ReturnType<typeof buildSchema>>();
function eligibilitySchema(noc: NocCatalogue) {
  let schema = schemas.get(noc);
  if (!schema) schemas.set(noc, (schema = buildSchema(noc)));
  return schema;
}

export type EligibilityCheck = { ok: true; profile: EligibilityProfile } | { ok: false; errors: FieldError[] };

/** Parses one eligibility profile; `today` is the default `asOf`. */
export function validateEligibilityProfile(input: unknown, today: string, noc: NocCatalogue = nocCatalogue()): EligibilityCheck {
  const result = eligibilitySchema(noc).safeParse(input);
  if (!result.success) return { ok: false, errors: fieldErrors(result.error) };
  const p = result.data;
  const profile: EligibilityProfile = {
    ...(p as Omit<EligibilityProfile, "relativeInCanada" | "familySize" | "work" | "asOf">),
    asOf: p.asOf ?? today,
    relativeInCanada: p.relativeInCanada ?? p.siblingInCanada,
    familySize: p.familySize ?? (p.maritalStatus === "single" ? 1 : 2),
    work: p.work.map((j) => ({ ...j, authorized: j.country === "foreign" ? true : j.authorized === true })),
  };
  return { ok: true, profile };
}
