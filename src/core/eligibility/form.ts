import type { FieldError } from "../crs/profile.ts";
import type { CrsProfile } from "../crs/profile.ts";
import type { Lang } from "../reply.ts";
import { defaultNocSearch } from "./noc-search.ts";
import { validateEligibilityProfile, type EligibilityProfile } from "./profile.ts";
import { parseDate } from "./wizard-steps.ts";

/**
 * The /eligible form (one occupation and its months, and the rest) → an eligibility profile on top
 * of the saved /crs profile. Mistakes come back under the option names the user filled in.
 */

export interface EligibleFormValues {
  occupation: string;
  months: number;
  where: string;
  hours?: number;
  ended?: string;
  self_employed?: boolean;
  student?: boolean;
  unauthorized?: boolean;
  education_assessed?: boolean;
  job_offer?: string;
  certificate_trade?: string;
  authorized_now?: boolean;
  funds?: number;
  family_size?: number;
  study_canada?: boolean;
  relative?: boolean;
}

const say = (lang: Lang, en: string, fr: string) => (lang === "fr" ? fr : en);

/** A NOC from a code or a title: exactly one unit group, else a message naming the candidates. */
export function resolveNoc(text: string, lang: Lang): { code: string } | { error: string } {
  const found = defaultNocSearch().find(text);
  if (found.kind === "code") return { code: found.unit.code };
  if (found.kind === "none") return { error: say(lang, `no NOC 2021 occupation matches "${text.slice(0, 60)}"`, `aucune profession de la CNP 2021 ne correspond à « ${text.slice(0, 60)} »`) };
  const list = found.units.map((u) => `${u.code} ${u.title[lang]}`).join("; ");
  return { error: say(lang, `several occupations match; give the code of one: ${list}`, `plusieurs professions correspondent ; donnez le code de l’une : ${list}`) };
}

/** `months` calendar months ending on `end` (inclusive): the first day. */
function monthsBefore(end: string, months: number): string {
  const d = new Date(`${end}T00:00:00Z`);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

export function eligibilityFromForm(base: CrsProfile, o: EligibleFormValues, today: string, lang: Lang): { ok: true; profile: EligibilityProfile } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const noc = resolveNoc(o.occupation, lang);
  if ("error" in noc) errors.push({ field: "occupation", message: noc.error });
  const offer = o.job_offer ? resolveNoc(o.job_offer, lang) : undefined;
  if (offer && "error" in offer) errors.push({ field: "job_offer", message: offer.error });
  const trade = o.certificate_trade ? resolveNoc(o.certificate_trade, lang) : undefined;
  if (trade && "error" in trade) errors.push({ field: "certificate_trade", message: trade.error });
  if (trade && !base.certificateOfQualification) errors.push({ field: "certificate_trade", message: say(lang, "your /crs profile has no certificate of qualification: run /crs again with certificate", "votre profil /scg n’a pas de certificat de compétence : relancez /scg avec certificat") });
  const end = o.ended ? parseDate(o.ended, "end") : today;
  if (!end) errors.push({ field: "ended", message: say(lang, "must be a date written YYYY-MM-DD", "doit être une date AAAA-MM-JJ") });
  if (errors.length || "error" in noc || !end) return { ok: false, errors };
  const offerCode = offer && "code" in offer ? offer.code : null;
  if (offerCode && Number(offerCode[1]) > 3) return { ok: false, errors: [{ field: "job_offer", message: say(lang, "a TEER 4 or 5 job offer does not qualify", "une offre FEER 4 ou 5 ne compte pas") }] };
  const input = {
    ...base,
    asOf: today,
    work: [{
      noc: noc.code, country: o.where, from: monthsBefore(end, o.months), to: o.ended ? end : null, hoursPerWeek: o.hours ?? 40,
      selfEmployed: o.self_employed ?? false, whileFullTimeStudent: o.student ?? false, authorized: !o.unauthorized,
    }],
    educationInCanada: false,
    educationCredentialAssessed: o.education_assessed ?? false,
    canadianStudyTwoYears: o.study_canada ?? false,
    relativeInCanada: o.relative ?? base.siblingInCanada,
    jobOffer: offerCode ? (offerCode.startsWith("00") ? "teer_major_group_00" : "teer_0_1_2_3") : "none",
    jobOfferNoc: offerCode,
    certificateOfQualificationNoc: trade && "code" in trade ? trade.code : null,
    authorizedToWorkInCanada: o.authorized_now ?? false,
    settlementFundsCAD: o.funds ?? null,
    ...(o.family_size ? { familySize: o.family_size } : {}),
  };
  const check = validateEligibilityProfile(input, today);
  return check.ok ? check : { ok: false, errors: check.errors };
}
