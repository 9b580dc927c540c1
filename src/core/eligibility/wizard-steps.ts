import type { CrsProfile } from "../crs/profile.ts";
import type { Job } from "./profile.ts";

/** The order of the /eligible questions, and the profile their answers make. */

export type Step =
  | "crs" | "eduOrigin" | "noc" | "nocPick" | "country" | "authorized" | "from" | "to" | "hours" | "kind" | "more"
  | "offer" | "offerNoc" | "certNoc" | "authorizedNow" | "funds" | "family" | "study2y" | "relative" | "spouseStudy" | "spouseWork";

export interface Answers {
  eduOrigin?: "canada" | "eca" | "none";
  jobs: Job[];
  /** The job being asked about. */
  draft?: Partial<Job>;
  noWork?: boolean;
  nocChoices?: string[];
  /** Which question a NOC pick answers. */
  nocFor?: "noc" | "offerNoc" | "certNoc";
  moreJobs?: boolean;
  offer?: boolean;
  offerNoc?: string;
  certNoc?: string;
  authorizedNow?: boolean;
  funds?: number | null;
  family?: number;
  study2y?: boolean;
  relative?: boolean;
  spouseStudy?: boolean;
  spouseWork?: boolean;
}

const ORDER: Step[] = [
  "crs", "eduOrigin", "noc", "country", "authorized", "from", "to", "hours", "kind", "more",
  "offer", "offerNoc", "certNoc", "authorizedNow", "funds", "family", "study2y", "relative", "spouseStudy", "spouseWork",
];

const accompanying = (p: CrsProfile) => p.maritalStatus !== "single" && p.spouseAccompanying === true && p.spouseCanadianOrPR !== true;

/** The question after `step`; undefined when all are answered. */
export function nextSteps(step: Step, base: CrsProfile, a: Answers): Step | undefined {
  if (step === "more" && a.moreJobs) return "noc";
  if (step === "nocPick") step = a.nocFor ?? "noc";
  const applies = (s: Step): boolean => {
    switch (s) {
      case "crs": return false;
      case "eduOrigin": return base.education !== "none";
      case "noc": return a.jobs.length === 0;
      case "country": case "from": case "to": case "hours": case "kind": return !a.noWork;
      case "authorized": return !a.noWork && a.draft?.country === "canada";
      case "more": return !a.noWork;
      case "offerNoc": return a.offer === true;
      case "certNoc": return base.certificateOfQualification;
      case "spouseStudy": case "spouseWork": return accompanying(base);
      default: return true;
    }
  };
  for (let i = ORDER.indexOf(step) + 1; i < ORDER.length; i++) if (applies(ORDER[i]!)) return ORDER[i];
  return undefined;
}

const lastDayOf = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** "2024-03-15" or "2024-03" (its first or last day); undefined when not a date. */
export function parseDate(text: string, side: "start" | "end"): string | undefined {
  const m = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?$/.exec(text.trim());
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = m[3] ? Number(m[3]) : side === "start" ? 1 : lastDayOf(y, mo);
  if (mo < 1 || mo > 12 || d < 1 || d > lastDayOf(y, mo) || y < 1950 || y > 2100) return undefined;
  return `${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** The eligibility profile input the answers make, on top of the CRS profile. */
export function toInput(base: CrsProfile, a: Answers, today: string): Record<string, unknown> {
  const offer = a.offer && a.offerNoc ? { jobOffer: a.offerNoc.startsWith("00") ? "teer_major_group_00" : "teer_0_1_2_3", jobOfferNoc: a.offerNoc } : { jobOffer: "none", jobOfferNoc: null };
  return {
    ...base,
    ...offer,
    spouse: base.spouse ? { ...base.spouse, canadianStudyTwoYears: a.spouseStudy ?? false, canadianWorkOneYear: a.spouseWork ?? false } : null,
    asOf: today,
    work: a.jobs,
    educationInCanada: a.eduOrigin === "canada",
    educationCredentialAssessed: a.eduOrigin === "eca",
    canadianStudyTwoYears: a.study2y ?? false,
    relativeInCanada: a.relative ?? base.siblingInCanada,
    certificateOfQualificationNoc: base.certificateOfQualification ? (a.certNoc ?? null) : null,
    authorizedToWorkInCanada: a.authorizedNow ?? false,
    settlementFundsCAD: a.funds ?? null,
    familySize: a.family ?? (base.maritalStatus === "single" ? 1 : 2),
  };
}
